package dev.newspipe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.index.ElasticsearchClients;
import dev.newspipe.index.IndexNames;
import dev.newspipe.ops.OpsServer;
import dev.newspipe.testkit.EmbeddedStackExtension;
import dev.newspipe.testkit.TestData;
import dev.newspipe.testkit.TestNames;
import dev.newspipe.topics.TopicNames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator does with a running pipeline, on the real embedded stack: health and metrics, status, the DLQ,
 * re-enriching the archive and rolling a mapping out. One pipeline over the samples for all of them, in order.
 */
@ExtendWith(EmbeddedStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(240)
class OperationsIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private Path state;
    private Path configFile;
    private Config config;
    private LocalPipeline pipeline;
    private OpsServer ops;
    private List<String> articleIds;

    @BeforeAll
    void startPipeline(DevStack stack) throws Exception {
        state = Files.createTempDirectory("newspipe-ops-it-");
        Map<String, String> settings = TestNames.unique("ops").settings(stack, state);
        config = Config.of(Map.of(), Map.of()).withOverrides(settings);
        pipeline = new LocalPipeline(config);
        ops = OpsServer.start(0, "--http-port", pipeline.metrics(), pipeline.readiness()::report);
        settings.put("status.services", "dev=" + ops.url() + ",indexer=http://127.0.0.1:1");
        configFile = state.resolve("newspipe.properties");
        Files.writeString(configFile, settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n")),
                StandardCharsets.UTF_8);
        LocalPipeline.Ingested ingested = pipeline.ingest(TestData.sampleFiles(), outcome -> {});
        articleIds = ingested.articleIds();
        assertThat(pipeline.awaitSearchable(articleIds, Duration.ofSeconds(120))).isTrue();
    }

    @AfterAll
    void stopPipeline() throws Exception {
        if (ops != null) {
            ops.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void shouldServeReadinessAndPrometheusMetricsOfEveryStage() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/health/ready").statusCode() == 200);
        assertThat(get("/health/ready").body()).contains("\"Kafka\":\"UP\"", "\"Schema registry\":\"UP\"", "\"Elasticsearch\":\"UP\"",
                "\"enricher\":\"UP\"", "\"indexer\":\"UP\"");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        String metrics = get("/metrics").body();
        assertThat(counter(metrics, "newspipe_ingest_pages_total")).isEqualTo(TestData.sampleFiles().size());
        assertThat(counter(metrics, "newspipe_index_articles_total")).isEqualTo(articleIds.size());
        assertThat(metrics).contains("newspipe_consumer_lag_records{service=\"dev\",stage=\"enricher\"}",
                "newspipe_consumer_lag_records{service=\"dev\",stage=\"indexer\"}",
                "kafka_consumer_fetch_manager_records_consumed_total", "kafka_producer_record_send_total", "kafka_stream_thread_",
                "jvm_memory_used_bytes");
    }

    @Test
    @Order(2)
    void shouldShowStagesDeadLettersIndicesAndServicesInStatus() throws Exception {
        TopicNames topics = TopicNames.from(config);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config.kafkaClients(), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.raw(), "broken".getBytes(StandardCharsets.UTF_8),
                    "not avro".getBytes(StandardCharsets.UTF_8))).get();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> run("status").contains("enricher  SerializationException"));
        String status = run("status");
        String alias = ElasticsearchClients.indexNames(config).articles();
        assertThat(status).containsPattern("enricher +" + topics.raw().replace(".", "\\.") + " +\\d+ +0  enricher-")
                .contains(alias + " -> " + alias + "-000001").containsPattern(alias + "-000001 +" + articleIds.size() + "\n")
                .contains("dev       " + ops.url()).containsPattern("dev +\\S+ +ready").containsPattern("indexer +\\S+ +not reachable");
    }

    @Test
    @Order(3)
    void shouldListDeadLettersWithTheirReasonAndReplayThemToTheirSourceTopic() throws Exception {
        TopicNames topics = TopicNames.from(config);
        String list = run("dlq", "list", "--stage", "enricher");
        assertThat(list.lines().toList()).singleElement().asString().contains("\"key\":\"broken\"", "\"stage\":\"enricher\"",
                "\"reason\":\"SerializationException\"", "\"source_topic\":\"" + topics.raw() + "\"");
        String id = list.replaceAll("(?s).*\"id\":\"([0-9]+:[0-9]+)\".*", "$1");
        long before = endOffset(topics.raw());
        assertThat(run("dlq", "replay", "--id", id)).contains("replayed " + id + " (enricher, SerializationException) to " + topics.raw());
        assertThat(endOffset(topics.raw())).isEqualTo(before + 1);
        // still not Avro, so it comes back, now marked as replayed
        await().atMost(Duration.ofSeconds(60)).until(() -> run("dlq", "list").lines().count() == 2);
    }

    @Test
    @Order(4)
    void shouldReEnrichTheWholeArchiveWithoutDuplicatesOrRepeatedAlerts() throws Exception {
        TopicNames topics = TopicNames.from(config);
        long alertsBefore = endOffset(topics.alerts());
        long started = System.currentTimeMillis();
        assertThat(run("reprocess", "--application-id", "reprocess-it")).contains("Reprocessed");
        ElasticsearchClient client = ElasticsearchClients.create(config);
        try {
            String alias = ElasticsearchClients.indexNames(config).articles();
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                client.indices().refresh(r -> r.index(alias));
                return client.count(c -> c.index(alias).query(q -> q.range(r -> r.date(d -> d.field("enriched_at")
                        .gte(Long.toString(started)).format("epoch_millis"))))).count() == articleIds.size();
            });
            assertThat(client.count(c -> c.index(alias)).count()).isEqualTo(articleIds.size());
        } finally {
            client._transport().close();
        }
        assertThat(endOffset(topics.alerts())).isEqualTo(alertsBefore);
        try (Admin admin = Admin.create(config.kafkaClients())) {
            assertThat(admin.listTopics().names().get()).noneMatch(t -> t.startsWith("reprocess-it"));
            assertThat(admin.listGroups().all().get()).noneMatch(g -> g.groupId().equals("reprocess-it"));
        }
    }

    @Test
    @Order(5)
    void shouldRollEveryIndexOverToTheNextGenerationAndMoveTheAlias() throws Exception {
        IndexNames names = ElasticsearchClients.indexNames(config);
        long figures = pipeline.search().figureCount();
        String out = run("reindex");
        assertThat(out).contains(names.articles() + ": " + names.articles() + "-000001 -> " + names.articles() + "-000002, "
                + articleIds.size() + " documents").contains(names.figures() + "-000002, " + figures + " documents");
        ElasticsearchClient client = ElasticsearchClients.create(config);
        try {
            assertThat(client.indices().getAlias(a -> a.name(names.articles())).result()).containsOnlyKeys(names.articles() + "-000002");
            assertThat(pipeline.search().articleCount()).isEqualTo(articleIds.size());
            assertThat(pipeline.search().search(new dev.newspipe.index.ArchiveSearch.Criteria("地区生产总值", "work_report", null, null,
                    "地区生产总值", 5))).isNotEmpty();
        } finally {
            client._transport().close();
        }
    }

    private long endOffset(String topic) throws Exception {
        try (Admin admin = Admin.create(config.kafkaClients())) {
            TopicPartition p = new TopicPartition(topic, 0);
            return admin.listOffsets(Map.of(p, OffsetSpec.latest())).all().get().get(p).offset();
        }
    }

    private static double counter(String scrape, String name) {
        return scrape.lines().filter(l -> l.startsWith(name + "{")).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ops.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String run(String... args) {
        return CommandRun.succeeding(java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--config",
                configFile.toString())).toArray(String[]::new));
    }
}
