package dev.newspipe.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    private static final Setting<String> URL = Setting.string("schema.registry.url", "http://default", "doc");
    private static final Setting<String> PASSWORD = Setting.secret("elasticsearch.password", "doc");
    private static final Setting<Integer> THREADS = Setting.integer("enricher.threads", 1, 1, 8, "doc");
    private static final Setting<Duration> POLL = Setting.duration("ingest.poll.interval", Duration.ofSeconds(1), "doc");

    @Test
    void shouldPreferOverridesThenEnvironmentThenFileThenDefault() {
        Config config = Config.of(Map.of("SCHEMA_REGISTRY_URL", "http://env"), Map.of("schema.registry.url", "http://file",
                "enricher.threads", "4"));
        assertThat(config.get(URL)).isEqualTo("http://env");
        assertThat(config.get(THREADS)).isEqualTo(4);
        assertThat(config.get(POLL)).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.withOverrides(Map.of("schema.registry.url", "http://cli")).get(URL)).isEqualTo("http://cli");
        assertThat(Config.of(Map.of(), Map.of()).get(URL)).isEqualTo("http://default");
    }

    @Test
    void shouldNameTheKeyOfAnInvalidValueButNeverShowASecret() {
        assertThatThrownBy(() -> Config.of(Map.of("ENRICHER_THREADS", "99"), Map.of()).get(THREADS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("enricher.threads").hasMessageContaining("ENRICHER_THREADS")
                .hasMessageContaining("between 1 and 8");
        Config withSecret = Config.of(Map.of("ELASTICSEARCH_PASSWORD", "hunter2"), Map.of());
        assertThat(withSecret.describe(List.of(URL, PASSWORD))).contains("******").doesNotContain("hunter2");
    }

    @Test
    void shouldPassKafkaClientPropertiesThrough() {
        Config config = Config.of(Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_HOME", "/opt/kafka"),
                Map.of("kafka.sasl.mechanism", "SCRAM-SHA-512", "kafka.not.a.client.key", "x"));
        assertThat(config.kafkaClientProperties()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512").doesNotContainKeys("home", "not.a.client.key");
    }

    @Test
    void shouldReadDurationsInCommonForms() {
        assertThat(Setting.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Setting.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Setting.parseDuration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Setting.parseDuration("250")).isEqualTo(Duration.ofMillis(250));
    }
}
