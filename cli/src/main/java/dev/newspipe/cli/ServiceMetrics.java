package dev.newspipe.cli;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.logging.LoggingMeterRegistry;
import io.micrometer.core.instrument.logging.LoggingRegistryConfig;
import java.time.Duration;

/**
 * Metrics of a long-running service: its counters (pages, articles, rejections, dead letters, retries) and JVM
 * memory, logged once a minute through SLF4J, so they show in the service's log without any extra system.
 */
final class ServiceMetrics {

    private ServiceMetrics() {}

    static MeterRegistry registry() {
        LoggingMeterRegistry registry = new LoggingMeterRegistry(new LoggingRegistryConfig() {
            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public Duration step() {
                return Duration.ofMinutes(1);
            }
        }, io.micrometer.core.instrument.Clock.SYSTEM);
        new JvmMemoryMetrics().bindTo(registry);
        return registry;
    }
}
