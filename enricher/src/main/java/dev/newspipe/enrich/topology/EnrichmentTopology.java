package dev.newspipe.enrich.topology;

import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.serde.ArticleRecords;
import dev.newspipe.enrich.alerts.AlertRule;
import dev.newspipe.enrich.continuation.ContinuationLinker;
import dev.newspipe.topics.Topics;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The enricher, top to bottom:
 *
 * <pre>
 * news.raw ──enrich──size guard──┬── has a continuation marker? ──by issue──▶ link continuations ──┐
 *                   │               ├── otherwise ─────────────────────────────────────────────────────┴──▶ news.enriched
 *                   │               └── match alert rules (file + news.alert-rules global store) ──────────▶ news.alerts
 *                   └── too large even with capped figures: raw record + reason ─────────────────────────▶ news.dlq
 * </pre>
 *
 * Records that cannot be read or enriched go to the dead-letter topic through Kafka Streams' own handlers
 * (configured in {@link dev.newspipe.enrich.EnricherConfig}), with the error in the record headers; the application keeps
 * running. A tombstone on news.raw (an article a corrected page no longer has) passes through as a
 * tombstone, so the indexer deletes it.
 */
public final class EnrichmentTopology {

    private EnrichmentTopology() {}

    /**
     * How large what the enricher sends may get.
     *
     * @param maxRecordBytes largest serialized enriched record sent; larger ones are dead-lettered. Must stay below
     *     the producer's {@code max.request.size} and the topic's {@code max.message.bytes} (1 MiB by default).
     * @param maxFigures figures kept per article; a table of numbers is not a thousand statements
     */
    public record Limits(int maxRecordBytes, int maxFigures) {
        public static Limits defaults() {
            return new Limits(900 * 1024, 500);
        }
    }

    public static Topology build(Topics topics, Newsdesk newsdesk, List<AlertRule> fileRules, Clock clock) {
        return build(topics, newsdesk, fileRules, clock, Limits.defaults());
    }

    public static Topology build(Topics topics, Newsdesk newsdesk, List<AlertRule> fileRules, Clock clock, Limits limits) {
        StreamsBuilder builder = new StreamsBuilder();
        RecordSizeGuard guard = new RecordSizeGuard(limits, topics.enriched().name(), topics.enriched().valueSerde().serializer());

        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(AlertMatcher.RULES_STORE), Serdes.String(), Serdes.String())
                        .withLoggingDisabled(),
                topics.alertRules().name(),
                Consumed.with(topics.alertRules().keySerde(), topics.alertRules().valueSerde()).withName("alert-rules-source"),
                () -> new ContextualProcessor<String, String, Void, Void>() {
                    @Override
                    public void process(Record<String, String> rule) {
                        KeyValueStore<String, String> store = context().getStateStore(AlertMatcher.RULES_STORE);
                        if (rule.value() == null) {
                            store.delete(rule.key());
                        } else {
                            store.put(rule.key(), rule.value());
                        }
                    }
                });
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AlertMatcher.SENT_STORE), Serdes.String(),
                Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ContinuationLinker.STORE), Serdes.String(),
                topics.enriched().valueSerde()));

        KStream<String, RawArticle> raw = builder.stream(topics.raw().name(),
                Consumed.with(topics.raw().keySerde(), topics.raw().valueSerde()).withName("raw-articles"));

        KStream<String, EnrichedArticle> retired = raw.filter((id, article) -> article == null, Named.as("retired-articles"))
                .mapValues(article -> (EnrichedArticle) null, Named.as("retired-tombstones"));
        retired.to(topics.enriched().name(), Produced.with(topics.enriched().keySerde(), topics.enriched().valueSerde()));

        Map<String, KStream<String, EnrichedArticle>> sized = raw
                .filter((id, article) -> article != null, Named.as("current-articles"))
                .mapValues(article -> guard.capFigures(ArticleRecords.toEnriched(article, newsdesk.enrich(ArticleRecords.fromRaw(article), ArticleRecords.pageEvidence(article)),
                        clock.instant())), Named.as("enrich"))
                .split(Named.as("size-"))
                .branch((id, article) -> guard.fits(article), Branched.as("fits"))
                .defaultBranch(Branched.as("too-large"));
        sized.get("size-too-large")
                .process(() -> new RecordSizeGuard.DeadLetters(guard, topics.raw().name(), topics.raw().valueSerde().serializer()),
                        Named.as("too-large-dead-letters"))
                .to(topics.dlq().name(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("too-large-to-dlq"));
        KStream<String, EnrichedArticle> enriched = sized.get("size-fits");

        enriched.process(() -> new AlertMatcher(fileRules, clock), Named.as("match-alert-rules"), AlertMatcher.SENT_STORE)
                .to(topics.alerts().name(), Produced.with(topics.alerts().keySerde(), topics.alerts().valueSerde()).withName("alerts"));

        enriched.split(Named.as("continuation-"))
                .branch((id, article) -> ContinuationLinker.linkable(article), Branched.withConsumer(linkable -> linkable
                        .selectKey((id, article) -> ContinuationLinker.issueKey(article), Named.as("by-issue"))
                        .repartition(Repartitioned.with(Serdes.String(), topics.enriched().valueSerde()).withName("continuations-by-issue"))
                        .process(ContinuationLinker::new, Named.as("link-continuations"), ContinuationLinker.STORE)
                        .to(topics.enriched().name(), Produced.with(topics.enriched().keySerde(), topics.enriched().valueSerde())
                                .withName("linked-articles")), "linked"))
                .defaultBranch(Branched.withConsumer(plain -> plain.to(topics.enriched().name(),
                        Produced.with(topics.enriched().keySerde(), topics.enriched().valueSerde()).withName("enriched-articles")), "plain"));

        return builder.build();
    }
}
