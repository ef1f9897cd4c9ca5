package dev.newspipe.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Option;

/**
 * Where the embedded stack keeps its data and which ports it listens on: shared by {@code dev} and {@code stack},
 * so services started against {@code newspipe stack} find the same broker, node and registry as under {@code dev}. Like
 * every picocli class it never names the embedded stack ({@link StackSession} does), so the production image, which has
 * no embedded stack, still loads every command.
 */
public final class StackOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = ".newspipe",
            description = "State of broker, node, registry and enricher (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--elasticsearch-port", defaultValue = "9200", description = "Elasticsearch HTTP port (default: ${DEFAULT-VALUE}).")
    int elasticsearchPort;

    @Option(names = "--registry-port", defaultValue = "8081", description = "Schema registry port (default: ${DEFAULT-VALUE}).")
    int registryPort;

    /**
     * Blocks until Ctrl-C (or any JVM shutdown); the shutdown then waits up to a minute for {@code closed}, so broker,
     * node and services are closed cleanly before the JVM ends.
     */
    static void serveUntilShutdown(CountDownLatch closed, String name) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                closed.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name + "-shutdown"));
        stop.await();
    }
}
