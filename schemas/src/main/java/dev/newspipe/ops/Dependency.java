package dev.newspipe.ops;

import java.time.Duration;
import java.util.Objects;

/**
 * Something a command or service needs to reach (broker, registry, Elasticsearch, Kibana), with the setting an
 * operator changes when it cannot be reached, so every failure message can say what to check.
 *
 * @param name what it is, e.g. {@code Kafka}
 * @param endpoint where it was looked for, e.g. {@code 127.0.0.1:9092}
 * @param setting the configuration key that names it, e.g. {@code kafka.bootstrap.servers}
 * @param probe answers normally when the endpoint is usable, throws with the reason otherwise
 */
public record Dependency(String name, String endpoint, String setting, Probe probe) {

    /** One attempt to reach the endpoint within the timeout. */
    @FunctionalInterface
    public interface Probe {
        void check(Duration timeout) throws Exception;
    }

    public Dependency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(probe, "probe");
    }

    /** The environment variable of the setting, as the README's configuration table derives it. */
    public String envName() {
        return setting.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** What an operator reads when this endpoint fails: where, why, and which setting to check. */
    public String failure(String reason) {
        return name + " at " + endpoint + " cannot be reached (" + reason + "); check " + setting + " (env " + envName() + ")";
    }
}
