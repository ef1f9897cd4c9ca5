package dev.newspipe.cli;

import dev.newspipe.enrich.EnricherService;
import dev.newspipe.index.IndexerService;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
            CountDownLatch stopped = new CountDownLatch(1);
            try (EnricherService service = new EnricherService(configOption.load())) {
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                service.start();
                stopped.await();
            }
            return 0;
        }
    }

    @Command(name = "indexer", mixinStandardHelpOptions = true, description = "Run the indexer until stopped; drains on shutdown.")
    static final class Indexer implements Callable<Integer> {
        @Mixin
        ConfigOption configOption;

        @Override
        public Integer call() throws InterruptedException {
            IndexerService service = new IndexerService(configOption.load(), ServiceMetrics.registry());
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                service.stop();
                try {
                    main.join(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            try {
                service.run();
            } finally {
                service.close();
            }
            return 0;
        }
    }
}
