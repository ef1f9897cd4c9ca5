package dev.newspipe.ops;

import dev.newspipe.config.Config;
import dev.newspipe.config.Setting;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of a long-running service, the same for all three: serve health and metrics at once (live, not yet
 * ready), wait for broker, registry and Elasticsearch with one warning per interval, start, run until the JVM is
 * asked to stop or the service fails, close cleanly before the JVM exits. The exit code tells an orchestrator
 * whether to restart.
 */
public final class ServiceRunner {

    private static final Logger log = LoggerFactory.getLogger(ServiceRunner.class);

    /** How long a service waits between attempts to reach what it needs. */
    public static final Duration RETRY_INTERVAL = Duration.ofSeconds(10);

    /** A started service. */
    public interface Running {
        /** Blocks until {@link #stop()} (then 0) or until the service failed (then non-zero). */
        int run() throws Exception;

        /** Asks {@link #run()} to return; called from the shutdown hook. */
        void stop();

        /** Releases what the service holds; called once, after {@link #run()} returned. */
        void close();
    }

    private ServiceRunner() {}

    /**
     * @param service name for logs and the metrics' {@code service} tag
     * @param port setting of the health and metrics port
     * @param needs what must answer before the service starts; also readiness checks
     * @param start builds and starts the service with the registry, adding its own readiness checks
     * @return the process exit code
     */
    public static int run(String service, Config config, Setting<Integer> port, List<Dependency> needs,
            BiFunction<MeterRegistry, Readiness, Running> start) throws Exception {
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Running> current = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.countDown();
            Running running = current.get();
            if (running != null) {
                running.stop();
            }
            try {
                closed.await(40, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, service + "-shutdown"));
        try {
            return run(service, config, port, needs, start, stopping, current);
        } finally {
            closed.countDown();
        }
    }

    /**
     * The same without a shutdown hook: {@code stopping} is counted down to stop, {@code current} holds the started
     * service (for whoever counts down to stop it).
     */
    public static int run(String service, Config config, Setting<Integer> port, List<Dependency> needs,
            BiFunction<MeterRegistry, Readiness, Running> start, CountDownLatch stopping, AtomicReference<Running> current)
            throws Exception {
        PrometheusMeterRegistry metrics = Telemetry.registry(service);
        Readiness readiness = new Readiness();
        needs.forEach(readiness::add);
        try (OpsServer ops = OpsServer.start(config.require(port), port.key(), metrics, readiness::report)) {
            if (!Reachability.await(needs, RETRY_INTERVAL, log, stopping)) {
                return 0;
            }
            Running running = start.apply(metrics, readiness);
            current.set(running);
            if (stopping.getCount() == 0) {
                running.stop();
            }
            try {
                int code = running.run();
                if (code != 0) {
                    log.error("The {} failed; exiting with {} so that it is restarted", service, code);
                }
                return code;
            } finally {
                running.close();
            }
        } finally {
            metrics.close();
        }
    }
}
