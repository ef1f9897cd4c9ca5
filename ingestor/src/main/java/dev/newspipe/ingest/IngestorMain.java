package dev.newspipe.ingest;

import dev.newspipe.config.Config;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;

/**
 * The ingestor service: watches the configured inbox until stopped. Configuration: environment, then the
 * properties file given as the only argument (or {@code NEWSPIPE_CONFIG}), then defaults.
 * {@code newspipe watch} runs the same service with a command line around it.
 */
public final class IngestorMain {

    private IngestorMain() {}

    public static void main(String[] args) {
        run(Config.load(args.length > 0 ? Path.of(args[0]) : null), new SimpleMeterRegistry());
    }

    /** Watches until the JVM shuts down. */
    public static void run(Config config, MeterRegistry metrics) {
        IngestorService service = new IngestorService(config, metrics);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "ingestor-shutdown"));
        service.watch();
    }
}
