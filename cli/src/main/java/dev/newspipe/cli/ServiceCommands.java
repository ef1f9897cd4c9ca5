package dev.newspipe.cli;

import dev.newspipe.enrich.EnricherMain;
import dev.newspipe.index.IndexerMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The long-running services, as docker-compose starts them. */
final class ServiceCommands {

    private ServiceCommands() {}

    @Command(name = "enricher", mixinStandardHelpOptions = true, description = {"Run the enricher (Kafka Streams) until stopped;"
            + " exits 1 when Kafka Streams fails, so that an orchestrator restarts it.", "Health and metrics on enricher.ops.port (default 9402)."})
    static final class Enricher implements Callable<Integer> {
        @Mixin
        ConfigOption configOption;

        @Override
        public Integer call() throws Exception {
            return EnricherMain.run(configOption.load());
        }
    }

    @Command(name = "indexer", mixinStandardHelpOptions = true, description = {"Run the indexer until stopped; drains on shutdown.",
            "Health and metrics on indexer.ops.port (default 9403)."})
    static final class Indexer implements Callable<Integer> {
        @Mixin
        ConfigOption configOption;

        @Override
        public Integer call() throws Exception {
            return IndexerMain.run(configOption.load());
        }
    }
}
