package dev.newspipe.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    void shouldGivePrefixedKafkaPropertiesToTheirClientAndStreamsKeysOnlyToStreams() {
        Config config = Config.of(Map.of("KAFKA_PRODUCER_LINGER_MS", "50", "KAFKA_CONSUMER_MAX_POLL_RECORDS", "100",
                        "KAFKA_NUM_STANDBY_REPLICAS", "1", "KAFKA_SASL_JAAS_CONFIG", "ScramLoginModule required password=\"hunter2\";"),
                Map.of("kafka.bootstrap.servers", "b:9092", "kafka.main.consumer.fetch.max.bytes", "1048576", "kafka.linger.ms", "5"));
        Map<String, Object> producer = config.kafkaClients(Config.KafkaClient.PRODUCER);
        assertThat(producer).containsEntry("linger.ms", "50").doesNotContainKeys("producer.linger.ms", "max.poll.records",
                "consumer.max.poll.records", "num.standby.replicas", "main.consumer.fetch.max.bytes");
        assertThat(config.kafkaClients(Config.KafkaClient.CONSUMER)).containsEntry("max.poll.records", "100").containsEntry("linger.ms", "5")
                .doesNotContainKey("producer.linger.ms");
        Set<String> streamsKeys = Set.of("num.standby.replicas");
        assertThat(config.kafkaClients(Config.KafkaClient.STREAMS, streamsKeys)).containsEntry("producer.linger.ms", "50")
                .containsEntry("consumer.max.poll.records", "100").containsEntry("main.consumer.fetch.max.bytes", "1048576")
                .containsEntry("num.standby.replicas", "1");
        assertThat(config.kafkaClients()).doesNotContainKeys("num.standby.replicas", "producer.linger.ms");

        String logged = config.describeKafkaClients(streamsKeys);
        assertThat(logged).contains("producer.linger.ms = 50", "num.standby.replicas = 1", "sasl.jaas.config = ******")
                .doesNotContain("hunter2");
    }

    @Test
    void shouldReadDurationsInCommonForms() {
        assertThat(Setting.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Setting.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Setting.parseDuration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Setting.parseDuration("250")).isEqualTo(Duration.ofMillis(250));
    }
}
