package dev.newspipe.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * A registry that lives in one JVM: for {@code TopologyTestDriver} tests and offline tools, where no
 * records leave the process. Ids are global across subjects, as in Confluent's registry.
 */
public final class InMemorySchemaRegistry implements SchemaRegistry {

    private final List<Schema> byId = new ArrayList<>();
    private final Map<String, Map<Schema, Integer>> bySubject = new HashMap<>();

    @Override
    public synchronized int register(String subject, Schema schema) {
        Map<Schema, Integer> versions = bySubject.computeIfAbsent(subject, s -> new HashMap<>());
        Integer known = versions.get(schema);
        if (known != null) {
            return known;
        }
        int id = byId.indexOf(schema);
        if (id < 0) {
            byId.add(schema);
            id = byId.size() - 1;
        }
        versions.put(schema, id + 1);
        return id + 1;
    }

    @Override
    public synchronized Schema schemaById(int id) {
        if (id < 1 || id > byId.size()) {
            throw new SchemaRegistryException("Schema " + id + " not found in the in-memory registry", 404);
        }
        return byId.get(id - 1);
    }
}
