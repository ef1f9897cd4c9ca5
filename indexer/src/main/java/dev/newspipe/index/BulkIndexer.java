package dev.newspipe.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.BackoffPolicy;
import co.elastic.clients.transport.TransportException;
import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.registry.SchemaRegistryException;
import dev.newspipe.topics.DeadLetterHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes enriched articles and their figures to Elasticsearch through the client's {@link BulkIngester}.
 *
 * <ul>
 *   <li>Document id = article id; figures are {@code <article id>-<ordinal>}. The Elasticsearch version is the
 *       page's revision ({@code external_gte}), so redelivery is idempotent and a stale version never
 *       overwrites a newer one; a re-enrichment of the same revision replaces it.</li>
 *   <li>Figures an article no longer has are deleted: the article's previous figure count is read (real-time
 *       multi-get) before its new version is written.</li>
 *   <li>Offsets are committed only after Elasticsearch acknowledged every operation of a poll.</li>
 *   <li>The failure policy, in one place ({@link #itemVerdict}, {@link #requestVerdict}, {@link
 *       #registryUnavailable}): rejections (429), unavailability (5xx), a write block, lost connections and an
 *       unreachable schema registry are {@linkplain Verdict#RETRY retried} with capped exponential backoff for as
 *       long as it takes, while the consumer keeps polling with its partitions paused so it never leaves its
 *       group; a record that can never be indexed (unreadable, unknown schema, a revision below 1, a document
 *       Elasticsearch refuses) is {@linkplain Verdict#DEAD_LETTER dead-lettered} with the reason in its headers
 *       and the rest goes on; a failure of the whole request that no retry can cure (400, 401, 403, 413)
 *       {@linkplain Verdict#STOP stops} the indexer with {@link IndexerStoppedException}, without committing,
 *       so the service exits non-zero with a clear message.</li>
 *   <li>{@link #close()} drains: the current poll is finished and committed before the consumer closes.</li>
 * </ul>
 */
public final class BulkIndexer implements AutoCloseable {

    public static final String HEADER_REASON = DeadLetterHeaders.REASON;
    public static final String HEADER_STAGE = DeadLetterHeaders.STAGE;
    public static final String HEADER_TOPIC = DeadLetterHeaders.TOPIC;
    public static final String HEADER_PARTITION = DeadLetterHeaders.PARTITION;
    public static final String HEADER_OFFSET = DeadLetterHeaders.OFFSET;

    private static final Logger log = LoggerFactory.getLogger(BulkIndexer.class);
    private static final Set<String> RETRIABLE_TYPES = Set.of("cluster_block_exception", "es_rejected_execution_exception",
            "unavailable_shards_exception", "no_shard_available_action_exception", "index_not_found_exception",
            "process_cluster_event_timeout_exception", "circuit_breaking_exception");
    private static final long MAX_BACKOFF_MS = 10_000;

    /** What a failure means for the record or for the service. */
    enum Verdict {
        /** An infrastructure dependency is down or busy: try again, never dead-letter. */
        RETRY,
        /** This record can never be indexed: to the dead-letter topic with the reason. */
        DEAD_LETTER,
        /** Nothing this service sends can succeed (credentials, a malformed request): stop with a message. */
        STOP
    }

    /** Thrown out of a retry when the indexer is asked to stop; nothing of the poll is committed. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("stopped while retrying", null, false, false);
        }
    }

    /** The indexer stopped on a failure no retry can cure; its message says what an operator must fix. */
    public static final class IndexerStoppedException extends RuntimeException {
        IndexerStoppedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Tuning of the bulk requests; see the README's configuration table. */
    public record Settings(int maxOperations, long maxBytes, Duration flushInterval, Duration pollTimeout) {
        public Settings {
            if (maxOperations < 1 || maxBytes < 1024 || flushInterval.isNegative() || flushInterval.isZero()) {
                throw new IllegalArgumentException("bulk settings out of range: " + maxOperations + " ops, " + maxBytes + " bytes, "
                        + flushInterval);
            }
        }

        public static Settings defaults() {
            return new Settings(1000, 5L * 1024 * 1024, Duration.ofSeconds(1), Duration.ofMillis(500));
        }
    }

    private final Consumer<byte[], byte[]> consumer;
    private final ElasticsearchClient client;
    private final Producer<byte[], byte[]> deadLetters;
    private final Deserializer<EnrichedArticle> deserializer;
    private final String dlqTopic;
    private final IndexNames names;
    private final Settings settings;
    private final BulkIngester<Operation> ingester;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bulk-indexer-retries");
        t.setDaemon(true);
        return t;
    });
    private final Counter articlesIndexed;
    private final Counter figuresIndexed;
    private final Counter stale;
    private final Counter deadLettered;
    private final Counter retried;
    private volatile boolean running = true;
    /** Set by the bulk listener when a request failed for good; the polling thread stops on it. */
    private volatile IndexerStoppedException stopped;

    /** One bulk operation on behalf of one Kafka record of a poll. */
    record Operation(Batch batch, int record, BulkOperation operation, int attempt) {}

    /** The operations of one poll, and what went wrong with which record. */
    static final class Batch {
        private int pending;
        private final Map<Integer, String> failures = new ConcurrentHashMap<>();
        /** Pages written in this poll with their article counts, and the newest revision of each. */
        private final Map<PageVersion, Long> pages = new HashMap<>();

        synchronized void expect(int operations) {
            pending += operations;
        }

        synchronized void done() {
            pending--;
            notifyAll();
        }

        void fail(int record, String reason) {
            failures.putIfAbsent(record, reason);
            done();
        }

        /** Whether every operation finished within {@code timeout}. */
        synchronized boolean await(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }
    }

    public BulkIndexer(Consumer<byte[], byte[]> consumer, ElasticsearchClient client, Producer<byte[], byte[]> deadLetters,
            Deserializer<EnrichedArticle> deserializer, String dlqTopic, IndexNames names, Settings settings, MeterRegistry metrics) {
        this.consumer = consumer;
        this.client = client;
        this.deadLetters = deadLetters;
        this.deserializer = deserializer;
        this.dlqTopic = dlqTopic;
        this.names = names;
        this.settings = settings;
        this.articlesIndexed = metrics.counter("newspipe.index.articles");
        this.figuresIndexed = metrics.counter("newspipe.index.figures");
        this.stale = metrics.counter("newspipe.index.stale");
        this.deadLettered = metrics.counter("newspipe.index.dead.lettered");
        this.retried = metrics.counter("newspipe.index.retried");
        this.ingester = BulkIngester.of(b -> b
                .client(client)
                .maxOperations(settings.maxOperations())
                .maxSize(settings.maxBytes())
                .maxConcurrentRequests(1)
                .flushInterval(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .backoffPolicy(BackoffPolicy.exponentialBackoff(100L, 6))
                .listener(new Listener()));
    }

    /** Consumes until {@link #close()}; then finishes the poll at hand before returning. */
    public void run() {
        try {
            while (running) {
                pollOnce();
            }
        } catch (WakeupException | Abandoned e) {
            if (running) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One poll: index everything it returned, send refused records to the dead-letter topic, commit. */
    public int pollOnce() throws InterruptedException {
        ConsumerRecords<byte[], byte[]> polled = consumer.poll(settings.pollTimeout());
        if (polled.isEmpty()) {
            return 0;
        }
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        polled.forEach(records::add);
        Batch batch = new Batch();
        List<Operation> operations = plan(records, batch);
        batch.expect(operations.size());
        operations.forEach(op -> ingester.add(op.operation(), op));
        ingester.flush();
        while (!batch.await(settings.pollTimeout())) {
            keepMembership();
        }
        resumePaused();
        if (stopped != null) {
            throw stopped;
        }
        batch.failures.forEach((index, reason) -> deadLetter(records.get(index), "index", reason));
        retireVanished(batch);
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            offsets.merge(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        try {
            consumer.commitSync(offsets);
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // the partitions moved while Elasticsearch was retried: their new owner redoes these records,
            // which the external versions make idempotent
            log.warn("Offsets not committed after a rebalance; the records will be indexed again: {}", e.toString());
        }
        return records.size();
    }

    /**
     * Called while a poll's records are retried: pauses every assigned partition and polls, so the consumer stays
     * in its group however long Elasticsearch is down. A rebalance inside that poll can assign partitions that
     * were not paused; whatever they returned is given back by seeking to it.
     */
    private void keepMembership() {
        if (!running) {
            // stopping while a dependency is down: leave the poll uncommitted, it is redone after the restart
            throw new Abandoned();
        }
        consumer.pause(consumer.assignment());
        ConsumerRecords<byte[], byte[]> stray = consumer.poll(Duration.ZERO);
        for (TopicPartition tp : stray.partitions()) {
            consumer.seek(tp, stray.records(tp).get(0).offset());
        }
    }

    private void resumePaused() {
        Set<TopicPartition> paused = consumer.paused();
        if (!paused.isEmpty()) {
            consumer.resume(paused);
        }
    }

    /** Waits {@code millis} while keeping the consumer in its group. */
    private void pause(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        for (long left = millis; left > 0; left = deadline - System.currentTimeMillis()) {
            keepMembership();
            Thread.sleep(Math.min(left, settings.pollTimeout().toMillis()));
        }
        resumePaused();
    }

    /**
     * The bulk operations for a poll's records, in order. Reads the stored revision and figure count of every
     * article first, retrying until Elasticsearch answers, so nothing is planned on a guess.
     */
    private List<Operation> plan(List<ConsumerRecord<byte[], byte[]>> records, Batch batch) throws InterruptedException {
        List<EnrichedArticle> articles = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            EnrichedArticle article = null;
            if (r.value() != null) {
                try {
                    article = read(r);
                } catch (Abandoned e) {
                    throw e;
                } catch (RuntimeException e) {
                    deadLetter(r, "deserialize", e.getMessage());
                }
            }
            articles.add(article);
            String id = article != null ? article.getArticle().getId() : key(r);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        Map<String, Stored> stored = storedState(ids);
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<byte[], byte[]> r = records.get(i);
            EnrichedArticle article = articles.get(i);
            if (article == null && r.value() != null) {
                continue; // could not be read: already dead-lettered
            }
            String id = article != null ? article.getArticle().getId() : key(r);
            if (id == null) {
                deadLetter(r, "index", "tombstone without a key");
                continue;
            }
            Stored before = stored.getOrDefault(id, Stored.NONE);
            if (article == null) {
                ops.add(new Operation(batch, i, BulkOperation.of(b -> b.delete(d -> d.index(names.articles()).id(id))), 0));
                for (int f = 0; f < before.figureCount(); f++) {
                    String figureId = IndexDocuments.figureId(id, f);
                    ops.add(new Operation(batch, i, BulkOperation.of(b -> b.delete(d -> d.index(names.figures()).id(figureId))), 0));
                }
                stored.put(id, Stored.NONE);
                continue;
            }
            long revision = article.getArticle().getRevision();
            if (revision < 1) {
                // Elasticsearch refuses the whole bulk request for one such version: keep it out of the request
                deadLetter(r, "index", "invalid version: revision " + revision + " is below 1");
                continue;
            }
            if (before.revision() > revision) {
                stale.increment();
                continue;
            }
            ops.add(new Operation(batch, i, BulkOperation.of(b -> b.index(x -> x.index(names.articles()).id(id)
                    .versionType(VersionType.ExternalGte).version(revision).document(IndexDocuments.article(article)))), 0));
            List<Map<String, Object>> figures = IndexDocuments.figures(article);
            for (int f = 0; f < figures.size(); f++) {
                String figureId = IndexDocuments.figureId(id, f);
                Map<String, Object> doc = figures.get(f);
                ops.add(new Operation(batch, i, BulkOperation.of(b -> b.index(x -> x.index(names.figures()).id(figureId)
                        .versionType(VersionType.ExternalGte).version(revision).document(doc))), 0));
            }
            for (int f = figures.size(); f < before.figureCount(); f++) {
                String figureId = IndexDocuments.figureId(id, f);
                ops.add(new Operation(batch, i, BulkOperation.of(b -> b.delete(d -> d.index(names.figures()).id(figureId)
                        .versionType(VersionType.ExternalGte).version(revision))), 0));
            }
            articlesIndexed.increment();
            figuresIndexed.increment(figures.size());
            stored.put(id, new Stored(revision, figures.size()));
            batch.pages.merge(PageVersion.of(article), revision, Math::max);
        }
        return ops;
    }

    /** A page as one revision of it had it: how many articles it held. */
    record PageVersion(String paper, String issueDate, String page, int articleCount) {
        static PageVersion of(EnrichedArticle a) {
            return new PageVersion(a.getArticle().getPaper(), a.getArticle().getIssueDate().toString(), a.getArticle().getPage(),
                    a.getArticle().getPageArticleCount());
        }
    }

    /**
     * A corrected page with fewer articles replaces the old version: articles of an older revision of the same
     * page at positions the new version no longer has are deleted, with their figures.
     */
    @SuppressWarnings("rawtypes")
    private void retireVanished(Batch batch) throws InterruptedException {
        if (batch.pages.isEmpty()) {
            return;
        }
        List<co.elastic.clients.elasticsearch._types.query_dsl.Query> pages = new ArrayList<>();
        batch.pages.forEach((page, revision) -> pages.add(co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("paper").value(page.paper())))
                .filter(f -> f.term(t -> t.field("issue_date").value(page.issueDate())))
                .filter(f -> f.term(t -> t.field("page").value(page.page())))
                .filter(f -> f.range(r -> r.number(n -> n.field("seq").gt((double) page.articleCount()))))
                .filter(f -> f.range(r -> r.number(n -> n.field("revision").lt((double) revision))))))));
        untilAnswered("retire vanished articles", () -> {
                var found = client.search(s -> s.index(names.articles()).size(1000)
                        .query(q -> q.bool(b -> b.should(pages).minimumShouldMatch("1")))
                        .source(src -> src.filter(f -> f.includes("figure_count"))), Map.class);
                if (found.hits().hits().isEmpty()) {
                    return null;
                }
                List<BulkOperation> deletes = new ArrayList<>();
                for (var hit : found.hits().hits()) {
                    deletes.add(BulkOperation.of(b -> b.delete(d -> d.index(names.articles()).id(hit.id()))));
                    int figures = hit.source() == null ? 0 : ((Number) hit.source().getOrDefault("figure_count", 0)).intValue();
                    for (int f = 0; f < figures; f++) {
                        String figureId = IndexDocuments.figureId(hit.id(), f);
                        deletes.add(BulkOperation.of(b -> b.delete(d -> d.index(names.figures()).id(figureId))));
                    }
                }
                BulkResponse response = client.bulk(b -> b.operations(deletes));
                if (response.errors()) {
                    throw new IOException("retiring articles failed for some items");
                }
                log.info("Retired {} articles that corrected pages no longer have", found.hits().hits().size());
                return null;
        });
    }

    /** A call to Elasticsearch that is worth repeating until it answers. */
    @FunctionalInterface
    private interface Call<T> {
        T call() throws IOException;
    }

    /**
     * Repeats {@code call} with capped backoff until it succeeds (without its answer nothing can be planned), or
     * stops the indexer when the failure is one no retry can cure.
     */
    private <T> T untilAnswered(String what, Call<T> call) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return call.call();
            } catch (IOException | RuntimeException e) {
                if (requestVerdict(e) == Verdict.STOP) {
                    throw stop("Cannot " + what, e);
                }
                retried.increment();
                long delay = backoff(attempt);
                log.warn("Cannot {} ({}), retrying in {} ms", what, e.toString(), delay);
                pause(delay);
            }
        }
    }

    /** Reads a record, waiting for the schema registry while it is unreachable: a good record is never dead-lettered for it. */
    private EnrichedArticle read(ConsumerRecord<byte[], byte[]> r) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return deserializer.deserialize(r.topic(), r.value());
            } catch (RuntimeException e) {
                if (!registryUnavailable(e)) {
                    throw e;
                }
                retried.increment();
                long delay = backoff(attempt);
                log.warn("Schema registry unavailable ({}), retrying in {} ms", e.getMessage(), delay);
                pause(delay);
            }
        }
    }

    /** Whether a deserialization failed only because the schema registry did not answer (or answered 5xx). */
    static boolean registryUnavailable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SchemaRegistryException registry) {
                return registry.retriable();
            }
        }
        return false;
    }

    /**
     * The verdict on a failed request as a whole (bulk, multi-get, search): only answers that mean every request
     * would fail the same way stop the service; no answer, 408, 429 and 5xx are retried.
     */
    static Verdict requestVerdict(Throwable failure) {
        int status = status(failure);
        return status == 400 || status == 401 || status == 403 || status == 413 ? Verdict.STOP : Verdict.RETRY;
    }

    /** The HTTP status Elasticsearch answered with, or -1 when it did not answer. */
    private static int status(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ElasticsearchException es) {
                return es.status();
            } else if (c instanceof TransportException transport) {
                return transport.statusCode();
            }
        }
        return -1;
    }

    /** The verdict on one operation of a bulk response. */
    static Verdict itemVerdict(int status, ErrorCause error) {
        return retriable(status, error) ? Verdict.RETRY : Verdict.DEAD_LETTER;
    }

    private IndexerStoppedException stop(String what, Throwable failure) {
        IndexerStoppedException e = new IndexerStoppedException(what + ": Elasticsearch answered " + status(failure) + ": "
                + failure.getMessage()
                + ". Not retried: check elasticsearch.url and the credentials (elasticsearch.api.key, elasticsearch.username,"
                + " elasticsearch.password); nothing was committed past the last indexed record.", failure);
        stopped = e;
        return e;
    }

    private record Stored(long revision, int figureCount) {
        static final Stored NONE = new Stored(-1, 0);
    }

    @SuppressWarnings("rawtypes")
    private Map<String, Stored> storedState(List<String> ids) throws InterruptedException {
        Map<String, Stored> state = new HashMap<>();
        if (ids.isEmpty()) {
            return state;
        }
        MgetResponse<Map> response = untilAnswered("read stored articles", () -> client.mget(m -> m.index(names.articles()).ids(ids)
                .sourceIncludes("revision", "figure_count").realtime(true), Map.class));
        for (MultiGetResponseItem<Map> item : response.docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                Map source = item.result().source();
                state.put(item.result().id(), new Stored(((Number) source.get("revision")).longValue(),
                        ((Number) source.get("figure_count")).intValue()));
            }
        }
        return state;
    }

    /** Which item errors are worth trying again. */
    static boolean retriable(int status, ErrorCause error) {
        if (status == 429 || status == 408 || status >= 500) {
            return true;
        }
        return error != null && RETRIABLE_TYPES.contains(error.type());
    }

    private void retry(Operation op) {
        if (stopped != null) {
            op.batch().done();
            return;
        }
        retried.increment();
        long delay = backoff(op.attempt());
        if (op.attempt() > 0 && op.attempt() % 5 == 0) {
            log.warn("Still retrying a bulk operation after {} attempts", op.attempt());
        }
        Operation next = new Operation(op.batch(), op.record(), op.operation(), op.attempt() + 1);
        retries.schedule(() -> {
            ingester.add(next.operation(), next);
            ingester.flush();
        }, delay, TimeUnit.MILLISECONDS);
    }

    private static long backoff(int attempt) {
        return Math.min(MAX_BACKOFF_MS, 100L << Math.min(attempt, 10));
    }

    private final class Listener implements BulkListener<Operation> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Operation> contexts) {}

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Operation> contexts, BulkResponse response) {
            for (int i = 0; i < contexts.size(); i++) {
                Operation op = contexts.get(i);
                BulkResponseItem item = response.items().get(i);
                if (item.error() == null || item.status() == 409) {
                    // 409: the index already holds this or a newer revision
                    op.batch().done();
                } else if (itemVerdict(item.status(), item.error()) == Verdict.RETRY) {
                    retry(op);
                } else {
                    op.batch().fail(op.record(), item.error().type() + ": " + item.error().reason());
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Operation> contexts, Throwable failure) {
            if (requestVerdict(failure) == Verdict.STOP) {
                IndexerStoppedException e = stop("A bulk request of " + contexts.size() + " operations was refused", failure);
                log.error(e.getMessage());
                contexts.forEach(op -> op.batch().done());
                return;
            }
            log.warn("Bulk request of {} operations did not get through: {}", contexts.size(), failure.toString());
            contexts.forEach(BulkIndexer.this::retry);
        }
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, String stage, String reason) {
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(dlqTopic, null, record.key(), record.value());
        letter.headers().add(HEADER_STAGE, bytes("indexer." + stage));
        letter.headers().add(HEADER_REASON, bytes(reason == null ? "unknown" : reason));
        letter.headers().add(HEADER_TOPIC, bytes(record.topic()));
        letter.headers().add(HEADER_PARTITION, bytes(Integer.toString(record.partition())));
        letter.headers().add(HEADER_OFFSET, bytes(Long.toString(record.offset())));
        try {
            deadLetters.send(letter).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // losing the record is worse than stopping: without the dead letter, do not commit past it
            throw new IllegalStateException("Cannot write to dead-letter topic " + dlqTopic + ": " + e, e);
        }
        deadLettered.increment();
        log.warn("Dead-lettered {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
    }

    private static String key(ConsumerRecord<byte[], byte[]> r) {
        return r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Stops after the poll at hand has been indexed and committed. Call from another thread. */
    public void stop() {
        running = false;
    }

    @Override
    public void close() {
        running = false;
        ingester.close();
        retries.shutdownNow();
    }
}
