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
        return new StackSession(spec.commandLine().getOut(), configOption, stackOptions).run();
    }
}
