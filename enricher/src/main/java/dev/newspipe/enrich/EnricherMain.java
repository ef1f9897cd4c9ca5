package dev.newspipe.enrich;

import dev.newspipe.config.Config;
import dev.newspipe.ops.Endpoints;
import dev.newspipe.ops.ServiceRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The enricher service: runs the Kafka Streams application until stopped, or exits with 1 when Kafka Streams
 * reaches ERROR. Configuration: environment, then the properties file given as the only argument (or
 * {@code NEWSPIPE_CONFIG}), then defaults.
 */
public final class EnricherMain {

    private EnricherMain() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(Config.load(args.length > 0 ? Path.of(args[0]) : null)));
    }

    /** Runs until the JVM shuts down (0) or Kafka Streams fails (1), serving health and metrics on {@code enricher.ops.port}. */
    public static int run(Config config) throws Exception {
        return ServiceRunner.run("enricher", config, EnricherConfig.OPS_PORT, List.of(Endpoints.kafka(config), Endpoints.registry(config)),
                (metrics, readiness) -> {
                    EnricherService service = new EnricherService(config, metrics);
                    readiness.add("streams", service::notReady);
                    return running(service);
                });
    }

    /** The started application, as the service runner drives it. */
    static ServiceRunner.Running running(EnricherService service) {
        CountDownLatch stop = new CountDownLatch(1);
        service.start();
        return new ServiceRunner.Running() {
            @Override
            public int run() throws InterruptedException {
                while (!stop.await(500, TimeUnit.MILLISECONDS)) {
                    if (service.failed()) {
                        return 1;
                    }
                }
                return 0;
            }

            @Override
            public void stop() {
                stop.countDown();
            }

            @Override
            public void close() {
                service.close();
            }
        };
    }
}
