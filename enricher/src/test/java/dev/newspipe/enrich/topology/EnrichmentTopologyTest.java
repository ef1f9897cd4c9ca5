package dev.newspipe.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.avro.Alert;
import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.enrich.alerts.AlertRules;
import dev.newspipe.registry.InMemorySchemaRegistry;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.Topics;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

/** The topology without a broker: enrichment, continuation linking in both orders, alerts, tombstones. */
class EnrichmentTopologyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-23T00:00:00Z"), ZoneOffset.UTC);
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestInputTopic<String, String> rules;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, Alert> alerts;

    @TempDir
    Path stateDir;

    @BeforeEach
    void start() {
        Topics topics = Topics.create(TopicNames.defaults(), new InMemorySchemaRegistry());
        var fileRule = AlertRules.parse("""
                {"id": "gdp", "description": "GDP figures", "categories": ["work_report"],
                 "figures": [{"metric_contains": "地区生产总值", "unit": "元", "min": 1e11}]}""");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enricher-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // a state dir of its own: stores left in the shared default by an earlier run hold records of older schemas
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(EnrichmentTopology.build(topics, Newsdesk.offline(), List.of(fileRule), CLOCK), props);
        raw = driver.createInputTopic("news.raw", topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
        rules = driver.createInputTopic("news.alert-rules", topics.alertRules().keySerde().serializer(),
                topics.alertRules().valueSerde().serializer());
        enriched = driver.createOutputTopic("news.enriched", topics.enriched().keySerde().deserializer(),
                topics.enriched().valueSerde().deserializer());
        alerts = driver.createOutputTopic("news.alerts", topics.alerts().keySerde().deserializer(), topics.alerts().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldClassifyAndExtractFiguresAndAlertOnceForUnchangedArticle() {
        RawArticle report = article("a1", "1", "政府工作报告", null, null,
                List.of("各位代表：", "全年地区生产总值完成1686亿元，同比增长7.5%。"));
        raw.pipeInput("a1", report);
        raw.pipeInput("a1", report);

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).hasSize(2);
        EnrichedArticle first = out.get(0);
        assertThat(first.getCategory()).isEqualTo("work_report");
        assertThat(first.getFigures()).extracting(f -> f.getText(), f -> f.getMetric())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1686亿元", "地区生产总值"),
                        org.assertj.core.groups.Tuple.tuple("7.5%", "地区生产总值"));
        List<Alert> sent = alerts.readValuesToList();
        assertThat(sent).singleElement().satisfies(a -> {
            assertThat(a.getRuleId()).isEqualTo("gdp");
            assertThat(a.getArticleId()).isEqualTo("a1");
            assertThat(a.getMatched()).contains("category work_report", "figure 地区生产总值 1686亿元");
        });
    }

    @Test
    void shouldTakeRulesFromTheRulesTopicWithoutRestart() {
        rules.pipeInput("budget", "{\"id\": \"budget\", \"keywords_any\": [\"预算\"]}");
        raw.pipeInput("b1", article("b1", "2", "市人大审查预算", null, null, List.of("会议审查了预算执行情况。")));
        assertThat(alerts.readValuesToList()).extracting(Alert::getRuleId).containsExactly("budget");

        rules.pipeInput("budget", (String) null);
        raw.pipeInput("b2", article("b2", "3", "市人大审查预算", null, null, List.of("会议再次审查了预算。")));
        assertThat(alerts.readValuesToList()).isEmpty();
    }

    @Test
    void shouldLinkContinuationInEitherArrivalOrder() {
        RawArticle head = article("h", "1", "政府工作报告", null, "第四版", List.of("各位代表：", "我们坚持稳中求进。"));
        RawArticle fragment = article("f", "4", null, "第一版", null, List.of("推进安居工程建设，改造老旧小区。"));

        raw.pipeInput("f", fragment);
        raw.pipeInput("h", head);
        Map<String, EnrichedArticle> latest = enriched.readKeyValuesToMap();
        assertThat(latest.get("f").getContinuationOf()).isEqualTo("h");
        assertThat(latest.get("f").getCategory()).isEqualTo("work_report");
        assertThat(latest.get("h").getContinuedBy()).containsExactly("f");

        raw.pipeInput("h", head);
        raw.pipeInput("f", fragment);
        latest = enriched.readKeyValuesToMap();
        assertThat(latest.get("f").getContinuationOf()).isEqualTo("h");
        assertThat(latest.get("h").getContinuedBy()).containsExactly("f");
    }

    @Test
    void shouldPassTombstonesThroughSoTheIndexerDeletes() {
        raw.pipeInput("gone", (RawArticle) null);
        var record = enriched.readRecord();
        assertThat(record.key()).isEqualTo("gone");
        assertThat(record.value()).isNull();
    }

    @Test
    void shouldCapFiguresAndDeadLetterAnArticleThatStillEnrichesOverTheRecordLimit() {
        Topics topics = Topics.create(TopicNames.defaults(), new InMemorySchemaRegistry());
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enricher-size-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve("size").toString());
        EnrichmentTopology.Limits limits = new EnrichmentTopology.Limits(64 * 1024, 50);
        try (TopologyTestDriver small = new TopologyTestDriver(EnrichmentTopology.build(topics, Newsdesk.offline(), List.of(), CLOCK,
                limits), props)) {
            var in = small.createInputTopic("news.raw", topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
            var out = small.createOutputTopic("news.enriched", topics.enriched().keySerde().deserializer(),
                    topics.enriched().valueSerde().deserializer());
            var dlq = small.createOutputTopic("news.dlq", new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                    new org.apache.kafka.common.serialization.ByteArrayDeserializer());

            in.pipeInput("table", article("table", "5", "统计表", null, null, figureParagraphs(300)));
            in.pipeInput("huge", article("huge", "6", "超长统计表", null, null, figureParagraphs(4000)));
            in.pipeInput("after", article("after", "7", "政府工作报告", null, null, List.of("全年地区生产总值完成1686亿元。")));

            Map<String, EnrichedArticle> enrichedOut = out.readKeyValuesToMap();
            assertThat(enrichedOut).containsOnlyKeys("table", "after");
            assertThat(enrichedOut.get("table").getFigures()).hasSize(50);
            var letter = dlq.readRecord();
            assertThat(new String(letter.key(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("huge");
            assertThat(topics.raw().valueSerde().deserializer().deserialize("news.raw", letter.value()).getId()).isEqualTo("huge");
            assertThat(new String(letter.headers().lastHeader("newspipe.error.reason").value(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("over enricher.max.record.kib (65536 bytes)");
            assertThat(new String(letter.headers().lastHeader("newspipe.error.stage").value(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("enricher.size");
            assertThat(dlq.isEmpty()).isTrue();
        }
    }

    /** Paragraphs that are mostly figures, each one different (the splitter drops repeated sentences). */
    static List<String> figureParagraphs(int count) {
        List<String> paragraphs = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            paragraphs.add("第" + i + "项工程完成投资" + (i % 97 + 1) + "亿元，增长" + (i % 9 + 1) + "." + (i % 10) + "%。");
        }
        return paragraphs;
    }

    static RawArticle article(String id, String page, String title, String continuedFrom, String continuesOn, List<String> paragraphs) {
        return RawArticle.newBuilder().setId(id).setPaper("大同日报").setIssueDate(LocalDate.of(2026, 1, 23)).setPage(page).setSeq(1)
                .setPageArticleCount(1).setTitle(title).setParagraphs(paragraphs).setContinuedFrom(continuedFrom)
                .setContinuesOn(continuesOn).setSourceFile(page + ".txt").setContentHash("hash-" + id + paragraphs.hashCode())
                .setRevision(1L).setIngestedAt(Instant.parse("2026-01-23T00:00:00Z")).build();
    }
}
