package dev.newspipe.index;

import dev.newspipe.config.Config;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The indexer service: indexes until stopped, then drains the poll at hand. Configuration: environment, then the
 * properties file given as the only argument (or {@code NEWSPIPE_CONFIG}), then defaults.
 */
public final class IndexerMain {

    private IndexerMain() {}

    public static void main(String[] args) {
        run(Config.load(args.length > 0 ? Path.of(args[0]) : null), new SimpleMeterRegistry());
    }

    /** Indexes until the JVM shuts down; the shutdown waits for the drain and the close. */
    public static void run(Config config, MeterRegistry metrics) {
        IndexerService service = new IndexerService(config, metrics);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop();
            try {
                closed.await(40, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "indexer-shutdown"));
        try {
            service.run();
        } finally {
            service.close();
            closed.countDown();
        }
    }
}
