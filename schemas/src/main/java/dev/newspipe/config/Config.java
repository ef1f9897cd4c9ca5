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

    /** Which Kafka client a set of properties is for: prefixed keys ({@code producer.linger.ms}) go to their client only. */
    public enum KafkaClient {
        PRODUCER("producer."), CONSUMER("consumer."), ADMIN("admin."),
        /** Kafka Streams takes every prefix itself ({@code producer.}, {@code main.consumer.}, …) and its own keys. */
        STREAMS(null);

        private final String prefix;

        KafkaClient(String prefix) {
            this.prefix = prefix;
        }
    }

    /** Prefixes Kafka Streams (and, for the first three, the plain clients) understand in front of a client key. */
    private static final List<String> CLIENT_PREFIXES = List.of("producer.", "consumer.", "admin.", "main.consumer.", "restore.consumer.",
            "global.consumer.", "topic.");

    /**
     * Kafka client properties given by {@code KAFKA_*} variables or {@code kafka.*} file keys: any producer, consumer
     * or admin key, the same with a client prefix ({@code KAFKA_PRODUCER_LINGER_MS}), and {@code extraKeys} (the
     * enricher passes Kafka Streams' own keys).
     */
    public Map<String, Object> kafkaClientProperties(Set<String> extraKeys) {
        Map<String, Object> props = new LinkedHashMap<>();
        file.forEach((k, v) -> {
            if (k.startsWith("kafka.") && passesThrough(k.substring(6), extraKeys)) {
                props.put(k.substring(6), v);
            }
        });
        env.forEach((k, v) -> {
            if (k.startsWith("KAFKA_")) {
                String key = envToKafkaKey(k.substring(6), extraKeys);
                if (key != null) {
                    props.put(key, v);
                }
            }
        });
        overrides.forEach((k, v) -> {
            if (k.startsWith("kafka.") && passesThrough(k.substring(6), extraKeys)) {
                props.put(k.substring(6), v);
            }
        });
        return props;
    }

    /** Kafka client properties without client prefixes: what every producer, consumer and admin client gets. */
    public Map<String, Object> kafkaClientProperties() {
        Map<String, Object> props = kafkaClientProperties(Set.of());
        props.keySet().removeIf(Config::prefixed);
        return props;
    }

    /** Everything a Kafka client of the pipeline needs: the bootstrap servers and every passed-through property. */
    public Map<String, Object> kafkaClients() {
        Map<String, Object> props = kafkaClientProperties();
        props.put("bootstrap.servers", require(CommonSettings.KAFKA_BOOTSTRAP_SERVERS));
        return props;
    }

    /**
     * The properties of one kind of client: the common ones, then that client's prefixed ones without their prefix
     * (winning over the common ones); for Kafka Streams every key as given, {@code extraKeys} included.
     */
    public Map<String, Object> kafkaClients(KafkaClient client, Set<String> extraKeys) {
        Map<String, Object> all = kafkaClientProperties(extraKeys);
        Map<String, Object> props = new LinkedHashMap<>();
        if (client == KafkaClient.STREAMS) {
            props.putAll(all);
        } else {
            all.forEach((k, v) -> {
                if (!prefixed(k)) {
                    props.put(k, v);
                }
            });
            all.forEach((k, v) -> {
                if (k.startsWith(client.prefix)) {
                    props.put(k.substring(client.prefix.length()), v);
                }
            });
        }
        props.put("bootstrap.servers", require(CommonSettings.KAFKA_BOOTSTRAP_SERVERS));
        return props;
    }

    public Map<String, Object> kafkaClients(KafkaClient client) {
        return kafkaClients(client, Set.of());
    }

    /** What passes through to the Kafka clients, for a startup log line: secrets (passwords, JAAS, keys) masked. */
    public String describeKafkaClients(Set<String> extraKeys) {
        Map<String, Object> props = new java.util.TreeMap<>(kafkaClientProperties(extraKeys));
        if (props.isEmpty()) {
            return " (none)";
        }
        StringBuilder out = new StringBuilder();
        props.forEach((k, v) -> out.append("\n  ").append(k).append(" = ").append(secretKafkaKey(k) ? "******" : v));
        return out.toString();
    }

    static boolean secretKafkaKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("jaas") || k.contains("secret") || k.endsWith(".key") || k.contains("keystore.key")
                || k.contains("credentials") || k.contains("token");
    }

    private static boolean prefixed(String key) {
        return CLIENT_PREFIXES.stream().anyMatch(key::startsWith);
    }

    private static boolean passesThrough(String key, Set<String> extraKeys) {
        if (KAFKA_CLIENT_KEYS.contains(key) || extraKeys.contains(key)) {
            return true;
        }
        for (String prefix : CLIENT_PREFIXES) {
            if (key.startsWith(prefix) && (KAFKA_CLIENT_KEYS.contains(key.substring(prefix.length()))
                    || (prefix.equals("topic.") && !key.substring(prefix.length()).isEmpty()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Kafka key of an environment variable's name after {@code KAFKA_}: underscores become dots, so
     * {@code PRODUCER_LINGER_MS} is {@code producer.linger.ms}; null when it is no key a client knows.
     */
    private static String envToKafkaKey(String name, Set<String> extraKeys) {
        String key = name.toLowerCase(Locale.ROOT).replace('_', '.');
        return passesThrough(key, extraKeys) ? key : null;
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
