package dev.newspipe.index;

import dev.newspipe.config.Config;
import dev.newspipe.ops.Endpoints;
import dev.newspipe.ops.ServiceRunner;
import java.nio.file.Path;
import java.util.List;

/**
 * The indexer service: indexes until stopped, then drains the poll at hand. Configuration: environment, then the
 * properties file given as the only argument (or {@code NEWSPIPE_CONFIG}), then defaults.
 */
public final class IndexerMain {

    private IndexerMain() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(Config.load(args.length > 0 ? Path.of(args[0]) : null)));
    }

    /** Indexes until the JVM shuts down, serving health and metrics on {@code indexer.ops.port}; returns the exit code. */
    public static int run(Config config) throws Exception {
        return ServiceRunner.run("indexer", config, IndexerConfig.OPS_PORT,
                List.of(Endpoints.kafka(config), Endpoints.registry(config), ElasticsearchClients.dependency(config)),
                (metrics, readiness) -> {
                    IndexerService service = new IndexerService(config, metrics);
                    readiness.add("partitions", service::notReady);
                    return new ServiceRunner.Running() {
                        @Override
                        public int run() {
                            service.run();
                            return 0;
                        }

                        @Override
                        public void stop() {
                            service.stop();
                        }

                        @Override
                        public void close() {
                            service.close();
                        }
                    };
                });
    }
}
