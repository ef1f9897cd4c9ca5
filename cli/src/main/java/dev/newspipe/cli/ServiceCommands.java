package dev.newspipe.cli;

import dev.newspipe.enrich.EnricherMain;
import dev.newspipe.index.IndexerMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The long-running services, as docker-compose starts them. */
final class ServiceCommands {

    private ServiceCommands() {}

    @Command(name = "enricher", mixinStandardHelpOptions = true, description = "Run the enricher (Kafka Streams) until stopped.")
    static final class Enricher implements Callable<Integer> {
        @Mixin
        ConfigOption configOption;

        @Override
        public Integer call() throws InterruptedException {
            EnricherMain.run(configOption.load());
            return 0;
        }
    }

    @Command(name = "indexer", mixinStandardHelpOptions = true, description = "Run the indexer until stopped; drains on shutdown.")
    static final class Indexer implements Callable<Integer> {
        @Mixin
        ConfigOption configOption;

        @Override
        public Integer call() {
            IndexerMain.run(configOption.load(), ServiceMetrics.registry());
            return 0;
        }
    }
}
