package dev.newspipe.cli;

import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.index.ElasticsearchClients;
import dev.newspipe.index.IndexSetup;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.TopicSetup;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;

/**
 * One run of {@code newspipe stack}: the embedded broker, node and registry with topics and templates set up, until
 * Ctrl-C. The embedded stack is referenced only here (not in the picocli command), as in {@link DevSession}.
 */
final class StackSession {

    private final PrintWriter out;
    private final ConfigOption configOption;
    private final StackOptions options;
    private final CountDownLatch closed = new CountDownLatch(1);

    StackSession(PrintWriter out, ConfigOption configOption, StackOptions options) {
        this.out = out;
        this.configOption = configOption;
        this.options = options;
    }

    int run() throws Exception {
        out.println("Starting Kafka, Elasticsearch and the schema registry (data in " + options.dataDir.toAbsolutePath() + ") ...");
        out.flush();
        try (DevStack stack = DevStack.start(new DevStack.Options(options.dataDir, options.kafkaPort, options.elasticsearchPort,
                options.registryPort))) {
            Config config = configOption.load().withOverrides(clientSettings(stack));
            try (Admin admin = Admin.create(config.kafkaClients())) {
                TopicSetup.ensure(admin, TopicNames.from(config), 1, (short) 1);
            }
            var client = ElasticsearchClients.create(config);
            try {
                new IndexSetup(client, ElasticsearchClients.indexNames(config)).apply();
            } finally {
                client._transport().close();
            }
            out.println("newspipe stack: ready");
            out.println("  KAFKA_BOOTSTRAP_SERVERS=" + stack.bootstrapServers());
            out.println("  SCHEMA_REGISTRY_URL=" + stack.schemaRegistryUrl());
            out.println("  ELASTICSEARCH_URL=" + stack.elasticsearchUrl());
            out.println("Serving until Ctrl-C.");
            out.flush();
            StackOptions.serveUntilShutdown(closed, "stack");
            return 0;
        } finally {
            closed.countDown();
        }
    }

    /** The settings that point every service at {@code stack}. */
    static Map<String, String> clientSettings(DevStack stack) {
        return Map.of("kafka.bootstrap.servers", stack.bootstrapServers(), "schema.registry.url", stack.schemaRegistryUrl(),
                "elasticsearch.url", stack.elasticsearchUrl());
    }
}
