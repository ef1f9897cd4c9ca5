package dev.newspipe.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Where a service's settings come from, in order: explicit overrides (command-line options), environment
 * variables, the properties file named by {@code NEWSPIPE_CONFIG} (or {@code --config}), then defaults.
 *
 * <p>Kafka client properties pass through as they are: {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL} in the
 * environment or {@code kafka.security.protocol=SASL_SSL} in the file becomes {@code security.protocol}
 * for every producer, consumer and admin client.
 */
public final class Config {

    public static final String CONFIG_FILE_ENV = "NEWSPIPE_CONFIG";

    private static final Set<String> KAFKA_CLIENT_KEYS = kafkaClientKeys();

    private final Map<String, String> overrides;
    private final Map<String, String> env;
    private final Map<String, String> file;

    private Config(Map<String, String> overrides, Map<String, String> env, Map<String, String> file) {
        this.overrides = Map.copyOf(overrides);
        this.env = Map.copyOf(env);
        this.file = Map.copyOf(file);
    }

    /** Environment of this process, plus the file named by {@code configFile} or {@code NEWSPIPE_CONFIG}. */
    public static Config load(Path configFile) {
        Map<String, String> env = System.getenv();
        Path path = configFile != null ? configFile
                : env.containsKey(CONFIG_FILE_ENV) ? Path.of(env.get(CONFIG_FILE_ENV)) : null;
        return new Config(Map.of(), env, path == null ? Map.of() : readProperties(path));
    }

    public static Config of(Map<String, String> env, Map<String, String> file) {
        return new Config(Map.of(), env, file);
    }

    /** A copy where the given keys win over everything else. */
    public Config withOverrides(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(overrides);
        merged.putAll(more);
        return new Config(merged, env, file);
    }

    public <T> T get(Setting<T> setting) {
        String raw = raw(setting);
        if (raw == null) {
            return null;
        }
        try {
            return setting.parser().apply(raw);
        } catch (RuntimeException e) {
            String shown = setting.secret() ? "(secret)" : "'" + raw + "'";
            throw new ConfigException("Invalid value " + shown + " for " + setting.key() + " (env " + setting.envName() + "): "
                    + e.getMessage(), e);
        }
    }

    public <T> T require(Setting<T> setting) {
        T value = get(setting);
        if (value == null) {
            throw new ConfigException("Missing required setting " + setting.key() + " (env " + setting.envName() + ")");
        }
        return value;
    }

    private String raw(Setting<?> setting) {
        String value = overrides.get(setting.key());
        if (value == null) {
            value = env.get(setting.envName());
        }
        if (value == null) {
            value = file.get(setting.key());
        }
        if (value == null || value.isBlank()) {
            value = setting.defaultValue();
        }
        return value;
    }

    /** Kafka client properties given by {@code KAFKA_*} variables or {@code kafka.*} file keys. */
    public Map<String, Object> kafkaClientProperties() {
        Map<String, Object> props = new LinkedHashMap<>();
        file.forEach((k, v) -> {
            if (k.startsWith("kafka.") && KAFKA_CLIENT_KEYS.contains(k.substring(6))) {
                props.put(k.substring(6), v);
            }
        });
        env.forEach((k, v) -> {
            if (k.startsWith("KAFKA_")) {
                String key = k.substring(6).toLowerCase(Locale.ROOT).replace('_', '.');
                if (KAFKA_CLIENT_KEYS.contains(key)) {
                    props.put(key, v);
                }
            }
        });
        overrides.forEach((k, v) -> {
            if (k.startsWith("kafka.") && KAFKA_CLIENT_KEYS.contains(k.substring(6))) {
                props.put(k.substring(6), v);
            }
        });
        return props;
    }

    /** Everything a Kafka client of the pipeline needs: the bootstrap servers and every passed-through property. */
    public Map<String, Object> kafkaClients() {
        Map<String, Object> props = kafkaClientProperties();
        props.put("bootstrap.servers", require(CommonSettings.KAFKA_BOOTSTRAP_SERVERS));
        return props;
    }

    /** The effective settings as text for a startup log line, with secrets masked. */
    public String describe(List<Setting<?>> settings) {
        StringBuilder out = new StringBuilder();
        for (Setting<?> s : settings) {
            String raw = raw(s);
            String shown = raw == null ? "(unset)" : s.secret() ? "******" : raw;
            out.append("\n  ").append(s.key()).append(" = ").append(shown);
        }
        return out.toString();
    }

    private static Map<String, String> readProperties(Path path) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new ConfigException("Cannot read configuration file " + path + ": " + e.getMessage(), e);
        }
        Map<String, String> map = new HashMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return map;
    }

    private static Set<String> kafkaClientKeys() {
        Set<String> keys = new TreeSet<>();
        keys.addAll(ProducerConfig.configNames());
        keys.addAll(ConsumerConfig.configNames());
        keys.addAll(AdminClientConfig.configNames());
        return Set.copyOf(keys);
    }
}
