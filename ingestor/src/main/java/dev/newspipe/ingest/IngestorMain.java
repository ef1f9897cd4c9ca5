package dev.newspipe.ingest;

import dev.newspipe.config.Config;
import dev.newspipe.ops.Endpoints;
import dev.newspipe.ops.ServiceRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The ingestor service: watches the configured inbox until stopped. Configuration: environment, then the
 * properties file given as the only argument (or {@code NEWSPIPE_CONFIG}), then defaults.
 * {@code newspipe watch} runs the same service with a command line around it.
 */
public final class IngestorMain {

    private IngestorMain() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(Config.load(args.length > 0 ? Path.of(args[0]) : null)));
    }

    /** Watches until the JVM shuts down, serving health and metrics on {@code ingest.ops.port}; returns the exit code. */
    public static int run(Config config) throws Exception {
        return ServiceRunner.run("ingestor", config, IngestorConfig.OPS_PORT, List.of(Endpoints.kafka(config), Endpoints.registry(config)),
                (metrics, readiness) -> {
                    IngestorService service = new IngestorService(config, metrics);
                    AtomicBoolean closed = new AtomicBoolean();
                    return new ServiceRunner.Running() {
                        @Override
                        public int run() {
                            service.watch();
                            return 0;
                        }

                        @Override
                        public void stop() {
                            close();
                        }

                        @Override
                        public void close() {
                            if (closed.compareAndSet(false, true)) {
                                service.close();
                            }
                        }
                    };
                });
    }
}
