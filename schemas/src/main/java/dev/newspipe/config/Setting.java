package dev.newspipe.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One configuration key, declared once with its documentation, default and parser.
 *
 * <p>The key is looked up as an environment variable ({@code kafka.bootstrap.servers} →
 * {@code KAFKA_BOOTSTRAP_SERVERS}), then in the properties file, then falls back to the default.
 *
 * @param defaultValue the default as text, or {@code null} when the setting is optional
 * @param secret whether the value must never be printed or logged
 */
public record Setting<T>(String key, String doc, String defaultValue, Function<String, T> parser, boolean secret) {

    public Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(parser, "parser");
    }

    public static Setting<String> string(String key, String defaultValue, String doc) {
        return new Setting<>(key, doc, defaultValue, String::trim, false);
    }

    public static Setting<String> secret(String key, String doc) {
        return new Setting<>(key, doc, null, String::trim, true);
    }

    public static Setting<Integer> integer(String key, int defaultValue, int min, int max, String doc) {
        return new Setting<>(key, doc, Integer.toString(defaultValue), text -> {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new IllegalArgumentException("must be between " + min + " and " + max);
            }
            return value;
        }, false);
    }

    public static Setting<Duration> duration(String key, Duration defaultValue, String doc) {
        return new Setting<>(key, doc, defaultValue.toMillis() + "ms", Setting::parseDuration, false);
    }

    public static Setting<Path> path(String key, String defaultValue, String doc) {
        return new Setting<>(key, doc, defaultValue, text -> Path.of(text.trim()), false);
    }

    public static Setting<Boolean> flag(String key, boolean defaultValue, String doc) {
        return new Setting<>(key, doc, Boolean.toString(defaultValue), text -> switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        }, false);
    }

    /** The environment variable that overrides this setting. */
    public String envName() {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Accepts {@code 500ms}, {@code 30s}, {@code 5m} or a plain number of milliseconds. */
    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        } else if (t.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        } else if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.ofMillis(Long.parseLong(t));
    }
}
