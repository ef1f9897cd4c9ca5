package dev.newspipe.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.Entities;
import dev.newspipe.avro.Figure;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.registry.RestSchemaRegistry;
import dev.newspipe.serde.AvroSerde;
import dev.newspipe.testkit.EmbeddedStackExtension;
import dev.newspipe.testkit.TestNames;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.TopicSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The indexer against a real broker and a real Elasticsearch node. */
@ExtendWith(EmbeddedStackExtension.class)
@Timeout(120)
class IndexerIT {

    @TempDir
    Path state;

    private DevStack stack;
    private Config config;
    private TopicNames topics;
    private IndexNames indices;
    private IndexerService indexer;
    private Thread indexerThread;
    private KafkaProducer<String, EnrichedArticle> producer;
    private ElasticsearchClient es;

    @BeforeEach
    void start(DevStack stack) throws Exception {
        this.stack = stack;
        TestNames names = TestNames.unique("indexer");
        config = names.config(stack, state);
        topics = TopicNames.from(config);
        indices = ElasticsearchClients.indexNames(config);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            TopicSetup.ensure(admin, topics, 1, (short) 1);
        }
        indexer = new IndexerService(config, new SimpleMeterRegistry());
        es = indexer.client();
        indexerThread = new Thread(indexer::run, "indexer-under-test");
        indexerThread.start();
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers()), new StringSerializer(),
                AvroSerde.forValues(EnrichedArticle.class, new RestSchemaRegistry(stack.schemaRegistryUrl(), Optional.empty())).serializer());
    }

    @AfterEach
    void stop() throws Exception {
        indexer.stop();
        indexerThread.join(20_000);
        indexer.close();
        producer.close();
    }

    @Test
    void shouldApplyTemplatesAndWriteAliasesIdempotently() throws Exception {
        assertThat(es.indices().existsIndexTemplate(t -> t.name(indices.articles())).value()).isTrue();
        assertThat(es.indices().getAlias(a -> a.name(indices.articles())).result()).containsOnlyKeys(IndexNames.firstIndex(indices.articles()));
        var mapping = es.indices().getMapping(m -> m.index(indices.articles())).result().values().iterator().next().mappings();
        assertThat(mapping.properties().get("title").text().fields()).containsKey("keyword");
        assertThat(mapping.properties().get("issue_date").isDate()).isTrue();
        assertThat(mapping.properties().get("category").isKeyword()).isTrue();

        List<String> again = new IndexSetup(es, indices).apply();
        assertThat(again).contains("alias " + indices.articles() + " exists", "alias " + indices.figures() + " exists");
        assertThat(es.indices().get(g -> g.index(indices.articles() + "-*")).result()).hasSize(1);
    }

    @Test
    void shouldWriteRedeliveredRecordsOnce() throws Exception {
        EnrichedArticle a = article("a", "1", 1, 1, 10, "标题", 3);
        send(a);
        send(a);
        send(a);
        awaitCounts(1, 3);
        awaitCommitted(3);
        assertThat(articleCount()).isEqualTo(1);
        assertThat(figureCount()).isEqualTo(3);
    }

    @Test
    void shouldNotLetAnOlderRevisionOverwriteANewerOne() throws Exception {
        send(article("a", "1", 1, 1, 20, "新标题", 2));
        send(article("a", "1", 1, 1, 10, "旧标题", 5));
        awaitCommitted(2);
        refresh();
        assertThat(title("a")).isEqualTo("新标题");
        assertThat(figureCount()).isEqualTo(2);
    }

    @Test
    void shouldDeleteFiguresAReEnrichedArticleNoLongerHas() throws Exception {
        send(article("a", "1", 1, 1, 10, "标题", 4));
        awaitCounts(1, 4);
        send(article("a", "1", 1, 1, 10, "标题", 1));
        awaitCommitted(2);
        awaitCounts(1, 1);
    }

    @Test
    void shouldRetireArticlesACorrectedPageNoLongerHasAndDeleteOnTombstones() throws Exception {
        send(article("p-1", "7", 1, 2, 10, "第一篇", 1));
        send(article("p-2", "7", 2, 2, 10, "第二篇", 2));
        awaitCounts(2, 3);
        send(article("p-1", "7", 1, 1, 20, "更正后的第一篇", 1));
        awaitCounts(1, 1);
        assertThat(title("p-1")).isEqualTo("更正后的第一篇");

        producer.send(new ProducerRecord<>(topics.enriched(), "p-1", null)).get();
        awaitCounts(0, 0);
    }

    @Test
    void shouldRetryWhileTheIndexIsWriteBlockedAndCatchUpWhenLifted() throws Exception {
        String index = IndexNames.firstIndex(indices.articles());
        es.indices().putSettings(s -> s.index(index).settings(x -> x.blocks(b -> b.write(true))));
        try {
            send(article("b", "2", 1, 1, 10, "被阻塞的文章", 1));
            Thread.sleep(3000);
            refresh();
            assertThat(articleCount()).isZero();
            assertThat(committed()).isZero();
        } finally {
            es.indices().putSettings(s -> s.index(index).settings(x -> x.blocks(b -> b.write(false))));
        }
        awaitCounts(1, 1);
        awaitCommitted(1);
    }

    @Test
    void shouldSendADocumentThatFailsMappingToTheDeadLetterTopicAndGoOn() throws Exception {
        EnrichedArticle bad = article("bad", "3", 1, 2, 10, "坏数据", 1);
        bad.getFigures().get(0).setValue(Double.NaN);
        send(bad);
        send(article("good", "3", 2, 2, 10, "好数据", 1));
        awaitCommitted(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            refresh();
            return exists("good");
        });
        ConsumerRecord<byte[], byte[]> letter = readDeadLetter();
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("bad");
        assertThat(header(letter, BulkIndexer.HEADER_REASON)).contains("parsing");
        assertThat(header(letter, BulkIndexer.HEADER_TOPIC)).isEqualTo(topics.enriched());
        assertThat(header(letter, BulkIndexer.HEADER_OFFSET)).isEqualTo("0");
    }

    @Test
    void shouldSendUnreadableRecordsToTheDeadLetterTopic() throws Exception {
        try (KafkaProducer<String, String> raw = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            raw.send(new ProducerRecord<>(topics.enriched(), "junk", "not avro")).get();
        }
        send(article("after", "4", 1, 1, 10, "之后", 0));
        awaitCounts(1, 0);
        ConsumerRecord<byte[], byte[]> letter = readDeadLetter();
        assertThat(header(letter, BulkIndexer.HEADER_STAGE)).isEqualTo("indexer.deserialize");
        assertThat(header(letter, BulkIndexer.HEADER_REASON)).contains("magic byte");
    }

    private void send(EnrichedArticle article) throws Exception {
        producer.send(new ProducerRecord<>(topics.enriched(), article.getArticle().getId(), article)).get();
    }

    private void awaitCounts(long articles, long figures) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            refresh();
            assertThat(articleCount()).isEqualTo(articles);
            assertThat(figureCount()).isEqualTo(figures);
        });
    }

    private void awaitCommitted(long offset) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> committed() >= offset);
    }

    private long committed() throws Exception {
        return committed(stack, config);
    }

    /** The offsets the indexer's group committed, summed over partitions. */
    static long committed(DevStack stack, Config config) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            var offsets = admin.listConsumerGroupOffsets(config.get(IndexerConfig.GROUP_ID)).partitionsToOffsetAndMetadata().get();
            return offsets.values().stream().filter(java.util.Objects::nonNull).mapToLong(o -> o.offset()).sum();
        }
    }

    private ConsumerRecord<byte[], byte[]> readDeadLetter() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", stack.bootstrapServers(),
                "group.id", "dlq-reader-" + System.nanoTime(), "auto.offset.reset", "earliest"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topics.dlq()));
            List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
                return !letters.isEmpty();
            });
            return letters.get(0);
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void refresh() throws Exception {
        es.indices().refresh(r -> r.index(indices.articles(), indices.figures()));
    }

    private long articleCount() throws Exception {
        return es.count(c -> c.index(indices.articles())).count();
    }

    private long figureCount() throws Exception {
        return es.count(c -> c.index(indices.figures())).count();
    }

    private boolean exists(String id) throws Exception {
        return es.exists(e -> e.index(indices.articles()).id(id)).value();
    }

    @SuppressWarnings("rawtypes")
    private String title(String id) throws Exception {
        return (String) es.get(g -> g.index(indices.articles()).id(id), Map.class).source().get("title");
    }

    static EnrichedArticle article(String id, String page, int seq, int pageCount, long revision, String title, int figures) {
        RawArticle raw = RawArticle.newBuilder().setId(id).setPaper("大同日报").setIssueDate(LocalDate.of(2026, 1, 23)).setPage(page)
                .setSeq(seq).setPageArticleCount(pageCount).setTitle(title).setParagraphs(List.of("全年地区生产总值完成1686亿元。"))
                .setSourceFile(page + ".txt").setContentHash(id + revision + figures).setRevision(revision)
                .setIngestedAt(Instant.now()).build();
        List<Figure> list = new ArrayList<>();
        IntStream.range(0, figures).forEach(i -> list.add(Figure.newBuilder().setText((i + 1) + "亿元").setValue((i + 1) * 1e8)
                .setUnit("元").setMetric("地区生产总值").setKind("level").setYear(2025).setSentence("全年地区生产总值完成1686亿元。").build()));
        return EnrichedArticle.newBuilder().setArticle(raw).setCategory("work_report").setConfidence(0.9).setCues(List.of("test"))
                .setFigures(list).setEntities(new Entities(List.of(), List.of(), List.of("大同"))).setEnrichedAt(Instant.now()).build();
    }
}
