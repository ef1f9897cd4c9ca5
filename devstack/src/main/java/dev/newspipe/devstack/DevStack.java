package dev.newspipe.devstack;

import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Broker, Elasticsearch node and schema registry in this JVM, with their state under one folder.
 * Closing stops what it started, in reverse order.
 */
public final class DevStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);

    /**
     * Where the stack keeps its state and which ports it binds; a port of 0 picks a free one.
     */
    public record Options(Path dataDir, int kafkaPort, int elasticsearchPort, int registryPort) {
        public Options {
            Objects.requireNonNull(dataDir, "dataDir");
        }

        /** Free ports, for tests that must not clash with a running dev stack. */
        public static Options ephemeral(Path dataDir) {
            return new Options(dataDir, 0, 0, 0);
        }
    }

    private final EmbeddedKafka kafka;
    private final SchemaRegistryServer registry;
    private final EmbeddedElasticsearch elasticsearch;

    private DevStack(EmbeddedKafka kafka, SchemaRegistryServer registry, EmbeddedElasticsearch elasticsearch) {
        this.kafka = kafka;
        this.registry = registry;
        this.elasticsearch = elasticsearch;
    }

    public static DevStack start(Options options) {
        long started = System.nanoTime();
        EmbeddedKafka kafka = EmbeddedKafka.start(options.dataDir().resolve("kafka"), options.kafkaPort());
        SchemaRegistryServer registry = null;
        try {
            registry = SchemaRegistryServer.start(kafka.bootstrapServers(), options.registryPort());
            EmbeddedElasticsearch elasticsearch = EmbeddedElasticsearch.start(options.dataDir().resolve("elasticsearch"),
                    options.elasticsearchPort());
            log.info("Dev stack up in {} ms", (System.nanoTime() - started) / 1_000_000);
            return new DevStack(kafka, registry, elasticsearch);
        } catch (RuntimeException e) {
            if (registry != null) {
                registry.close();
            }
            kafka.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return registry.url();
    }

    public String elasticsearchUrl() {
        return elasticsearch.httpUrl();
    }

    @Override
    public void close() {
        try {
            elasticsearch.close();
        } finally {
            try {
                registry.close();
            } finally {
                kafka.close();
            }
        }
    }
}
