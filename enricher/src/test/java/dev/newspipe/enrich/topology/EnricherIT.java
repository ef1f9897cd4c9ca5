package dev.newspipe.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newspipe.avro.Alert;
import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.enrich.EnricherService;
import dev.newspipe.registry.RestSchemaRegistry;
import dev.newspipe.serde.AvroSerde;
import dev.newspipe.testkit.EmbeddedStackExtension;
import dev.newspipe.testkit.TestNames;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.TopicSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The enricher as a real Kafka Streams application on the embedded broker. */
@ExtendWith(EmbeddedStackExtension.class)
@Timeout(180)
class EnricherIT {

    @TempDir
    Path state;

    @Test
    void shouldDeadLetterPoisonRecordsKeepRunningAndAlertFromRulesPutOnTheTopic(DevStack stack) throws Exception {
        Config config = TestNames.unique("enricher").config(stack, state);
        TopicNames topics = TopicNames.from(config);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            TopicSetup.ensure(admin, topics, 1, (short) 1);
        }
        RestSchemaRegistry registry = new RestSchemaRegistry(stack.schemaRegistryUrl(), Optional.empty());
        try (EnricherService enricher = new EnricherService(config);
                KafkaProducer<String, String> text = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers()),
                        new StringSerializer(), new StringSerializer());
                KafkaProducer<String, RawArticle> raw = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers()),
                        new StringSerializer(), AvroSerde.forValues(RawArticle.class, registry).serializer())) {
            enricher.start();
            text.send(new ProducerRecord<>(topics.alertRules(), "gdp",
                    "{\"id\": \"gdp\", \"description\": \"GDP above 100 billion\", \"categories\": [\"work_report\"],"
                            + " \"figures\": [{\"metric_contains\": \"地区生产总值\", \"unit\": \"元\", \"min\": 1e11}]}")).get();
            await().atMost(Duration.ofSeconds(60)).until(() -> enricher.state() == KafkaStreams.State.RUNNING);

            try (KafkaProducer<byte[], byte[]> bytes = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers()),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                bytes.send(new ProducerRecord<>(topics.raw(), "poison".getBytes(StandardCharsets.UTF_8),
                        "this is not avro".getBytes(StandardCharsets.UTF_8))).get();
            }
            RawArticle report = EnrichmentTopologyTest.article("r1", "1", "政府工作报告", null, null,
                    List.of("各位代表：", "全年地区生产总值完成1686亿元，同比增长7.5%。"));
            raw.send(new ProducerRecord<>(topics.raw(), "r1", report)).get();

            List<ConsumerRecord<byte[], byte[]>> letters = read(stack, topics.dlq(), 1, new ByteArrayDeserializer());
            ConsumerRecord<byte[], byte[]> letter = letters.get(0);
            assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("poison");
            assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("this is not avro");
            assertThat(header(letter, "__streams.errors.message")).contains("magic byte");
            assertThat(header(letter, "__streams.errors.topic")).isEqualTo(topics.raw());

            var enrichedSerde = AvroSerde.forValues(EnrichedArticle.class, registry);
            List<ConsumerRecord<byte[], byte[]>> enriched = read(stack, topics.enriched(), 1, new ByteArrayDeserializer());
            EnrichedArticle article = enrichedSerde.deserialize(topics.enriched(), enriched.get(0).value());
            assertThat(article.getArticle().getId()).isEqualTo("r1");
            assertThat(article.getCategory()).isEqualTo("work_report");
            assertThat(enricher.state()).isEqualTo(KafkaStreams.State.RUNNING);

            var alertSerde = AvroSerde.forValues(Alert.class, registry);
            List<ConsumerRecord<byte[], byte[]>> alerts = read(stack, topics.alerts(), 1, new ByteArrayDeserializer());
            Alert alert = alertSerde.deserialize(topics.alerts(), alerts.get(0).value());
            assertThat(alert.getRuleId()).isEqualTo("gdp");
            assertThat(alert.getArticleId()).isEqualTo("r1");
            assertThat(alert.getMatched()).contains("figure 地区生产总值 1686亿元");
            assertThat(new String(alerts.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("gdp|r1");
        }
    }

    private static <V> List<ConsumerRecord<byte[], V>> read(DevStack stack, String topic, int atLeast,
            org.apache.kafka.common.serialization.Deserializer<V> values) {
        List<ConsumerRecord<byte[], V>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], V> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", stack.bootstrapServers(),
                "group.id", "reader-" + System.nanoTime(), "auto.offset.reset", "earliest", "isolation.level", "read_committed"),
                new ByteArrayDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= atLeast;
            });
        }
        return records;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
