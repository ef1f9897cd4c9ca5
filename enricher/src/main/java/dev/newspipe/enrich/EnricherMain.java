package dev.newspipe.enrich;

import dev.newspipe.config.Config;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The enricher service: runs the Kafka Streams application until stopped. Configuration: environment, then the
 * properties file given as the only argument (or {@code NEWSPIPE_CONFIG}), then defaults.
 */
public final class EnricherMain {

    private EnricherMain() {}

    public static void main(String[] args) throws InterruptedException {
        run(Config.load(args.length > 0 ? Path.of(args[0]) : null));
    }

    /** Runs until the JVM shuts down, then closes the application. */
    public static void run(Config config) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (EnricherService service = new EnricherService(config)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "enricher-shutdown"));
            service.start();
            stopped.await();
        }
    }
}
