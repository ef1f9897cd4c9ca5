package dev.newspipe.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newspipe.config.Config;
import dev.newspipe.topics.DeadLetterHeaders;
import dev.newspipe.topics.TopicNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the pipeline holds at the end of a run, compared with what it was given: the article ids in
 * Elasticsearch, figures whose article is missing, and every dead letter with its reason. The chaos suite's
 * assertions and its table ({@code ./bench chaos}) both come from here.
 */
public record PipelineAudit(Set<String> indexed, long orphanFigures, List<DeadLetter> deadLetters) {

    /** A record on the dead-letter topic: its key and why it is there. */
    public record DeadLetter(String key, String stage, String reason) {}

    /** Expected ids missing from the index. */
    public Set<String> lost(Set<String> expected) {
        Set<String> lost = new TreeSet<>(expected);
        lost.removeAll(indexed);
        return lost;
    }

    /** Indexed ids nobody expected: the same article under a second id, or a record indexed twice. */
    public Set<String> duplicated(Set<String> expected) {
        Set<String> extra = new TreeSet<>(indexed);
        extra.removeAll(expected);
        return extra;
    }

    /** Reads the index and the whole dead-letter topic named by {@code config}. */
    public static PipelineAudit of(Config config) throws IOException {
        IndexNames names = ElasticsearchClients.indexNames(config);
        ElasticsearchClient es = ElasticsearchClients.create(config);
        try {
            es.indices().refresh(r -> r.index(names.articles(), names.figures()));
            Set<String> ids = new LinkedHashSet<>();
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<Void> page = es.search(s -> {
                    s.index(names.articles()).size(5000).source(src -> src.fetch(false)).sort(o -> o.field(f -> f.field("id")));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, Void.class);
                List<Hit<Void>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    break;
                }
                hits.forEach(h -> ids.add(h.id()));
                after = hits.get(hits.size() - 1).sort();
            }
            List<FieldValue> known = ids.stream().map(FieldValue::of).toList();
            long orphans = es.count(c -> c.index(names.figures()).query(q -> q.bool(b -> b.mustNot(m -> m.terms(t -> t.field("article_id")
                    .terms(v -> v.value(known))))))).count();
            return new PipelineAudit(ids, orphans, deadLetters(config));
        } finally {
            es._transport().close();
        }
    }

    private static List<DeadLetter> deadLetters(Config config) {
        String topic = TopicNames.from(config).dlq();
        Map<String, Object> props = new HashMap<>(config.kafkaClients());
        props.put("group.id", "newspipe-audit-" + System.nanoTime());
        props.put("enable.auto.commit", false);
        props.put("isolation.level", "read_committed");
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                return letters;
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    letters.add(new DeadLetter(r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
                            header(r, DeadLetterHeaders.STAGE, "enricher.streams"),
                            header(r, DeadLetterHeaders.REASON, header(r, "__streams.errors.message", "unknown"))));
                }
            }
        }
        return letters;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name, String fallback) {
        var h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? fallback : new String(h.value(), StandardCharsets.UTF_8);
    }
}
