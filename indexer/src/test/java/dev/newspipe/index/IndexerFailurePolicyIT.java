package dev.newspipe.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.registry.RestSchemaRegistry;
import dev.newspipe.serde.AvroSerde;
import dev.newspipe.testkit.EmbeddedStackExtension;
import dev.newspipe.testkit.TestNames;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.TopicSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexer's failure policy on the real broker and node: transient failures are retried while the consumer
 * stays in its group, a record that can never be indexed is dead-lettered, a refused request stops the service.
 */
@ExtendWith(EmbeddedStackExtension.class)
@Timeout(120)
class IndexerFailurePolicyIT {

    @TempDir
    Path state;

    private DevStack stack;
    private Config config;
    private TopicNames topics;
    private KafkaProducer<String, EnrichedArticle> producer;
    private final List<AutoCloseable> running = new ArrayList<>();

    @BeforeEach
    void start(DevStack stack) throws Exception {
        this.stack = stack;
        config = TestNames.unique("policy").config(stack, state);
        topics = TopicNames.from(config);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            TopicSetup.ensure(admin, topics, 1, (short) 1);
        }
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers()), new StringSerializer(),
                AvroSerde.forValues(EnrichedArticle.class, new RestSchemaRegistry(stack.schemaRegistryUrl(), Optional.empty())).serializer());
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : running) {
            c.close();
        }
        producer.close();
    }

    /** An indexer service on its own thread; closing stops and joins it. */
    private record Running(IndexerService service, Thread thread, SimpleMeterRegistry metrics) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            service.stop();
            thread.join(30_000);
            service.close();
        }

        double retried() {
            return metrics.counter("newspipe.index.retried").count();
        }
    }

    private Running indexer(Config withConfig) {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        IndexerService service = new IndexerService(withConfig, metrics);
        Thread thread = new Thread(service::run, "indexer-under-test");
        thread.start();
        Running r = new Running(service, thread, metrics);
        running.add(0, r);
        return r;
    }

    @Test
    void shouldDeadLetterRevisionsBelowOneAndIndexWhatFollows() throws Exception {
        Running indexer = indexer(config);
        send(IndexerIT.article("minus-one", "1", 1, 3, -1, "一九六九年的文件", 1));
        send(IndexerIT.article("minus-five", "1", 2, 3, -5, "更早的文件", 1));
        send(IndexerIT.article("after", "1", 3, 3, 10, "之后的文章", 2));
        awaitCommitted(3);
        ElasticsearchClient es = indexer.service().client();
        IndexNames names = ElasticsearchClients.indexNames(config);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            es.indices().refresh(r -> r.index(names.articles()));
            return es.exists(e -> e.index(names.articles()).id("after")).value();
        });
        List<ConsumerRecord<byte[], byte[]>> letters = deadLetters(2);
        assertThat(letters).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).containsExactly("minus-one", "minus-five");
        assertThat(letters).allSatisfy(r -> assertThat(header(r, BulkIndexer.HEADER_REASON)).startsWith("invalid version"));
        assertThat(indexer.thread().isAlive()).isTrue();
    }

    @Test
    void shouldStayInTheGroupWhileElasticsearchIsWriteBlockedLongerThanTheMaxPollInterval() throws Exception {
        Config shortPoll = config.withOverrides(Map.of("kafka.max.poll.interval.ms", "2000", "kafka.session.timeout.ms", "6000"));
        Running indexer = indexer(shortPoll);
        ElasticsearchClient es = indexer.service().client();
        IndexNames names = ElasticsearchClients.indexNames(config);
        String index = IndexNames.firstIndex(names.articles());
        es.indices().putSettings(s -> s.index(index).settings(x -> x.blocks(b -> b.write(true))));
        try {
            send(IndexerIT.article("blocked", "2", 1, 1, 10, "被阻塞的文章", 1));
            // backoff 100 ms doubling: seven retries span more than three max.poll.interval.ms
            await().atMost(Duration.ofSeconds(60)).until(() -> indexer.retried() >= 7);
            assertThat(committed()).isZero();
        } finally {
            es.indices().putSettings(s -> s.index(index).settings(x -> x.blocks(b -> b.write(false))));
        }
        awaitCommitted(1);
        es.indices().refresh(r -> r.index(names.articles()));
        assertThat(es.exists(e -> e.index(names.articles()).id("blocked")).value()).isTrue();
        assertThat(indexer.thread().isAlive()).isTrue();
        send(IndexerIT.article("next", "2", 2, 2, 11, "之后", 0));
        awaitCommitted(2);
    }

    @Test
    void shouldNotDeadLetterAGoodRecordWhileTheSchemaRegistryIsUnreachable() throws Exception {
        send(IndexerIT.article("good", "3", 1, 1, 10, "好文章", 1));
        Running blind = indexer(config.withOverrides(Map.of("schema.registry.url", "http://127.0.0.1:1")));
        await().atMost(Duration.ofSeconds(60)).until(() -> blind.retried() >= 2);
        assertThat(committed()).isZero();
        running.remove(blind);
        blind.close();
        assertThat(blind.thread().isAlive()).isFalse();

        Running seeing = indexer(config);
        awaitCommitted(1);
        ElasticsearchClient es = seeing.service().client();
        IndexNames names = ElasticsearchClients.indexNames(config);
        es.indices().refresh(r -> r.index(names.articles()));
        assertThat(es.exists(e -> e.index(names.articles()).id("good")).value()).isTrue();
        assertThat(deadLettersNow()).isEmpty();
    }

    @Test
    void shouldStopWithAClearMessageWhenElasticsearchRefusesTheCredentials() throws Exception {
        // the embedded node runs without security, so a 401 comes from a stand-in that refuses every request
        HttpServer refusing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        refusing.createContext("/", exchange -> {
            byte[] body = ("{\"error\":{\"type\":\"security_exception\",\"reason\":\"unable to authenticate user [newspipe]\"},"
                    + "\"status\":401}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-elastic-product", "Elasticsearch");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        refusing.start();
        try {
            send(IndexerIT.article("refused", "4", 1, 1, 10, "拒绝", 1));
            Config refused = config.withOverrides(Map.of("elasticsearch.url", "http://127.0.0.1:" + refusing.getAddress().getPort()));
            Map<String, Object> consumerProps = new HashMap<>(config.kafkaClients());
            consumerProps.put("group.id", config.get(IndexerConfig.GROUP_ID));
            consumerProps.put("enable.auto.commit", false);
            consumerProps.put("auto.offset.reset", "earliest");
            ElasticsearchClient client = ElasticsearchClients.create(refused);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer());
                    KafkaProducer<byte[], byte[]> dlq = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers()),
                            new ByteArraySerializer(), new ByteArraySerializer())) {
                consumer.subscribe(List.of(topics.enriched()));
                BulkIndexer indexer = new BulkIndexer(consumer, client, dlq, AvroSerde.forValues(EnrichedArticle.class,
                        new RestSchemaRegistry(stack.schemaRegistryUrl(), Optional.empty())).deserializer(), topics.dlq(),
                        ElasticsearchClients.indexNames(config), BulkIndexer.Settings.defaults(), new SimpleMeterRegistry());
                assertThatThrownBy(() -> {
                    while (true) {
                        indexer.pollOnce();
                    }
                }).isInstanceOf(BulkIndexer.IndexerStoppedException.class).hasMessageContaining("401").hasMessageContaining(
                        "credentials");
                indexer.close();
            }
            assertThat(committed()).isZero();
            assertThat(deadLettersNow()).isEmpty();
        } finally {
            refusing.stop(0);
        }
    }

    private void send(EnrichedArticle article) throws Exception {
        producer.send(new ProducerRecord<>(topics.enriched(), article.getArticle().getId(), article)).get();
    }

    private void awaitCommitted(long offset) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> committed() >= offset);
    }

    private long committed() throws Exception {
        return IndexerIT.committed(stack, config);
    }

    private List<ConsumerRecord<byte[], byte[]>> deadLetters(int atLeast) {
        List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = dlqReader()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
                return letters.size() >= atLeast;
            });
        }
        return letters;
    }

    /** Everything on the dead-letter topic up to its current end. */
    private List<ConsumerRecord<byte[], byte[]>> deadLettersNow() {
        List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = dlqReader()) {
            var partitions = consumer.partitionsFor(topics.dlq()).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.unsubscribe();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(letters::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return letters;
    }

    private KafkaConsumer<byte[], byte[]> dlqReader() {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", stack.bootstrapServers(),
                "group.id", "dlq-reader-" + System.nanoTime(), "auto.offset.reset", "earliest"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics.dlq()));
        return consumer;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
