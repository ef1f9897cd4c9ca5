package dev.newspipe.cli;

import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.index.ElasticsearchClients;
import dev.newspipe.index.IndexSetup;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.TopicSetup;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stack", mixinStandardHelpOptions = true,
        description = {"Run only the embedded Kafka broker, Elasticsearch node and schema registry, on the same ports and data dir as"
                + " `dev`, with topics, index templates and aliases set up, until Ctrl-C.",
                "Then run the services as separate processes against it, as in production: `newspipe watch`, `newspipe enricher`,"
                + " `newspipe indexer` (the defaults of kafka.bootstrap.servers, schema.registry.url and elasticsearch.url already"
                + " point at the default ports)."})
final class StackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption;

    @Mixin
    StackOptions stackOptions;

    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Starting Kafka, Elasticsearch and the schema registry (data in " + stackOptions.dataDir.toAbsolutePath() + ") ...");
        out.flush();
        try (DevStack stack = stackOptions.start()) {
            Config config = configOption.load().withOverrides(StackOptions.clientSettings(stack));
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
}
