package dev.newspipe.registry;

import org.apache.avro.Schema;

/**
 * The subset of a Confluent-compatible schema registry that the serde needs.
 *
 * <p>Implementations cache both directions: a schema registered once under a subject is not registered
 * again, and a schema fetched by id is never fetched twice.
 */
public interface SchemaRegistry extends AutoCloseable {

    /** Registers {@code schema} under {@code subject} (or finds it there) and returns its global id. */
    int register(String subject, Schema schema);

    /** The writer schema with this global id; {@link SchemaRegistryException} if the registry does not know it. */
    Schema schemaById(int id);

    @Override
    default void close() {}
}
