package dev.newspipe.enrich.topology;

import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.topics.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the enricher from producing a record it cannot send. A page full of figures can enrich to several
 * times its size; over the broker's limit the send fails, and under exactly-once the whole transaction with
 * it, on every restart. So an article keeps at most {@link EnrichmentTopology.Limits#maxFigures()} figures, and
 * an enriched record still over {@link EnrichmentTopology.Limits#maxRecordBytes()} serialized is not sent: its
 * raw record goes to the dead-letter topic with the reason, and the enricher goes on.
 */
final class RecordSizeGuard {

    private static final Logger log = LoggerFactory.getLogger(RecordSizeGuard.class);

    private final EnrichmentTopology.Limits limits;
    private final String enrichedTopic;
    private final Serializer<EnrichedArticle> enriched;

    RecordSizeGuard(EnrichmentTopology.Limits limits, String enrichedTopic, Serializer<EnrichedArticle> enriched) {
        this.limits = limits;
        this.enrichedTopic = enrichedTopic;
        this.enriched = enriched;
    }

    /** The article with its first {@code maxFigures} figures. */
    EnrichedArticle capFigures(EnrichedArticle article) {
        if (article.getFigures().size() <= limits.maxFigures()) {
            return article;
        }
        log.warn("Article {} has {} figures; keeping the first {}", article.getArticle().getId(), article.getFigures().size(),
                limits.maxFigures());
        return EnrichedArticle.newBuilder(article).setFigures(article.getFigures().subList(0, limits.maxFigures())).build();
    }

    int size(EnrichedArticle article) {
        return enriched.serialize(enrichedTopic, article).length;
    }

    boolean fits(EnrichedArticle article) {
        return size(article) <= limits.maxRecordBytes();
    }

    /** Turns an enriched article that does not fit into the dead letter of its raw record. */
    static final class DeadLetters extends ContextualProcessor<String, EnrichedArticle, byte[], byte[]> {

        private final RecordSizeGuard guard;
        private final String rawTopic;
        private final Serializer<RawArticle> raw;

        DeadLetters(RecordSizeGuard guard, String rawTopic, Serializer<RawArticle> raw) {
            this.guard = guard;
            this.rawTopic = rawTopic;
            this.raw = raw;
        }

        @Override
        public void process(Record<String, EnrichedArticle> record) {
            EnrichedArticle article = record.value();
            String reason = "enriched record of " + guard.size(article) + " bytes (" + article.getFigures().size()
                    + " figures) is over enricher.max.record.kib (" + guard.limits.maxRecordBytes() + " bytes)";
            RecordHeaders headers = new RecordHeaders();
            headers.add(DeadLetterHeaders.STAGE, bytes("enricher.size"));
            headers.add(DeadLetterHeaders.REASON, bytes(reason));
            context().recordMetadata().ifPresent((RecordMetadata m) -> {
                headers.add(DeadLetterHeaders.TOPIC, bytes(m.topic()));
                headers.add(DeadLetterHeaders.PARTITION, bytes(Integer.toString(m.partition())));
                headers.add(DeadLetterHeaders.OFFSET, bytes(Long.toString(m.offset())));
            });
            log.warn("Dead-lettered article {}: {}", record.key(), reason);
            context().forward(new Record<>(bytes(record.key()), raw.serialize(rawTopic, article.getArticle()), record.timestamp(),
                    headers));
        }

        private static byte[] bytes(String s) {
            return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
        }
    }
}
