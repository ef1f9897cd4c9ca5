package dev.newspipe.index;

import dev.newspipe.config.Config;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;

/**
 * The indexer service: indexes until stopped, then drains the poll at hand. Configuration: environment, then the
 * properties file given as the only argument (or {@code NEWSPIPE_CONFIG}), then defaults.
 */
public final class IndexerMain {

    private IndexerMain() {}

    public static void main(String[] args) {
        run(Config.load(args.length > 0 ? Path.of(args[0]) : null), new SimpleMeterRegistry());
    }

    /** Indexes until the JVM shuts down; the shutdown waits for the drain. */
    public static void run(Config config, MeterRegistry metrics) {
        IndexerService service = new IndexerService(config, metrics);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop();
            try {
                main.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "indexer-shutdown"));
        try {
            service.run();
        } finally {
            service.close();
        }
    }
}
