package dev.newspipe.enrich;

import dev.newspipe.config.Config;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The enricher service: runs the Kafka Streams application until stopped. Configuration: environment, then the
 * properties file given as the only argument (or {@code NEWSPIPE_CONFIG}), then defaults.
 */
public final class EnricherMain {

    private EnricherMain() {}

    public static void main(String[] args) throws InterruptedException {
        run(Config.load(args.length > 0 ? Path.of(args[0]) : null));
    }

    /** Runs until the JVM shuts down; the shutdown waits until the application is closed. */
    public static void run(Config config) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            await(closed);
        }, "enricher-shutdown"));
        try (EnricherService service = new EnricherService(config)) {
            service.start();
            while (!stopped.await(1, TimeUnit.SECONDS)) {
                KafkaStreams.State state = service.state();
                if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
                    // never a process that looks up while enriching nothing: exit non-zero for the supervisor to see
                    throw new IllegalStateException("The enricher's Kafka Streams application stopped in state " + state
                            + "; see the log above for the cause");
                }
            }
        } finally {
            closed.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(40, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
