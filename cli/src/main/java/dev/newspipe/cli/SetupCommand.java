package dev.newspipe.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newspipe.config.Config;
import dev.newspipe.index.ElasticsearchClients;
import dev.newspipe.index.IndexSetup;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.TopicSetup;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Create topics, index templates and aliases, and import the Kibana objects when kibana.url (KIBANA_URL) is set."
                + " Idempotent: running it twice changes nothing.")
final class SetupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of new topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1", description = "Replication factor of new topics (default: ${DEFAULT-VALUE}).")
    short replicationFactor;

    @Option(names = "--kibana-only", description = "Only import the Kibana objects (kibana.url required): the pipeline does not wait"
            + " for Kibana, docker-compose runs this as its own one-shot once Kibana is up.")
    boolean kibanaOnly;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Config config = configOption.load();
        boolean kibana = config.get(KibanaObjects.URL) != null;
        if (kibanaOnly) {
            Preflight.require(config, Preflight.Need.KIBANA);
            out.println(KibanaObjects.importInto(config));
            out.flush();
            return Newspipe.OK;
        }
        if (kibana) {
            Preflight.require(config, Preflight.Need.KAFKA, Preflight.Need.ELASTICSEARCH, Preflight.Need.KIBANA);
        } else {
            Preflight.require(config, Preflight.Need.KAFKA, Preflight.Need.ELASTICSEARCH);
        }
        try (Admin kafka = Admin.create(config.kafkaClients())) {
            TopicSetup.ensure(kafka, TopicNames.from(config), partitions, replicationFactor).forEach(out::println);
        }
        ElasticsearchClient client = ElasticsearchClients.create(config);
        try {
            new IndexSetup(client, ElasticsearchClients.indexNames(config)).apply().forEach(out::println);
        } finally {
            client._transport().close();
        }
        if (kibana) {
            out.println(KibanaObjects.importInto(config));
        }
        out.flush();
        return 0;
    }
}
