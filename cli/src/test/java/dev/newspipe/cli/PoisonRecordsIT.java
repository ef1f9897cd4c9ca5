package dev.newspipe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.index.PipelineAudit;
import dev.newspipe.registry.RestSchemaRegistry;
import dev.newspipe.serde.AvroSerde;
import dev.newspipe.testkit.EmbeddedStackExtension;
import dev.newspipe.testkit.TestData;
import dev.newspipe.testkit.TestNames;
import dev.newspipe.topics.TopicNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chaos suite's fast part for records: poison on news.raw between good pages. Every good article ends up
 * searchable exactly once, every bad record in news.dlq with its reason, no figure without its article, and
 * both services still run.
 */
@ExtendWith(EmbeddedStackExtension.class)
class PoisonRecordsIT {

    @TempDir
    Path state;

    @Test
    @Timeout(240)
    void shouldDeadLetterEveryPoisonRecordWithItsReasonAndIndexEveryGoodArticleOnce(DevStack stack) throws Exception {
        Config config = TestNames.unique("poison").config(stack, state).withOverrides(Map.of("enricher.max.record.kib", "64"));
        String raw = TopicNames.from(config).raw();
        var serde = AvroSerde.forValues(RawArticle.class, new RestSchemaRegistry(stack.schemaRegistryUrl(), Optional.empty()));
        try (LocalPipeline pipeline = new LocalPipeline(config);
                KafkaProducer<byte[], byte[]> bytes = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers()),
                        new ByteArraySerializer(), new ByteArraySerializer())) {
            List<String> expected = new ArrayList<>(pipeline.ingest(TestData.sampleFiles().subList(0, 2), o -> {}).articleIds());

            byte[] valid = serde.serialize(raw, article("truncated", List.of("全年地区生产总值完成1686亿元。")));
            byte[] wrongSchema = valid.clone();
            wrongSchema[1] = 0x7F; // schema id 0x7F000001: never registered
            send(bytes, raw, "garbage", "this is not avro".getBytes(StandardCharsets.UTF_8));
            send(bytes, raw, "wrong-schema", wrongSchema);
            send(bytes, raw, "truncated", Arrays.copyOf(valid, valid.length / 2));
            send(bytes, raw, "oversized", serde.serialize(raw, article("oversized", figureParagraphs(4000))));
            RawArticle empty = RawArticle.newBuilder(article("empty", List.of())).setTitle("").setKicker("").setByline("").build();
            send(bytes, raw, "empty", serde.serialize(raw, empty));
            expected.add("empty");

            expected.addAll(pipeline.ingest(TestData.sampleFiles().subList(2, TestData.sampleFiles().size()), o -> {}).articleIds());
            assertThat(pipeline.awaitSearchable(expected, Duration.ofSeconds(120))).isTrue();
            Set<String> poison = Set.of("garbage", "wrong-schema", "truncated", "oversized");
            await().atMost(Duration.ofSeconds(60)).until(() -> PipelineAudit.of(config).deadLetters().size() >= poison.size());

            PipelineAudit audit = PipelineAudit.of(config);
            Set<String> wanted = new HashSet<>(expected);
            assertThat(audit.lost(wanted)).isEmpty();
            assertThat(audit.duplicated(wanted)).isEmpty();
            assertThat(audit.orphanFigures()).isZero();
            assertThat(audit.deadLetters()).extracting(PipelineAudit.DeadLetter::key).containsExactlyInAnyOrderElementsOf(poison);
            assertThat(audit.deadLetters()).allSatisfy(l -> assertThat(l.reason()).isNotBlank());
            assertThat(audit.deadLetters()).filteredOn(l -> l.key().equals("oversized")).singleElement()
                    .satisfies(l -> assertThat(l.reason()).contains("enricher.max.record.kib"));
            assertThat(pipeline.running()).isTrue();
        }
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get();
    }

    private static RawArticle article(String id, List<String> paragraphs) {
        return RawArticle.newBuilder().setId(id).setPaper("大同日报").setIssueDate(LocalDate.of(2026, 1, 23)).setPage("9").setSeq(1)
                .setPageArticleCount(1).setTitle("测试").setParagraphs(paragraphs).setSourceFile("9.txt").setContentHash("h-" + id)
                .setRevision(1L).setIngestedAt(Instant.now()).build();
    }

    /** Paragraphs that are mostly figures, each one different. */
    private static List<String> figureParagraphs(int count) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            paragraphs.add("第" + i + "项工程完成投资" + (i % 97 + 1) + "亿元，增长" + (i % 9 + 1) + "." + (i % 10) + "%。");
        }
        return paragraphs;
    }
}
