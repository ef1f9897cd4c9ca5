package dev.newspipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newspipe.avro.Alert;
import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.registry.RestSchemaRegistry;
import dev.newspipe.serde.AvroSerde;
import dev.newspipe.testkit.EmbeddedStackExtension;
import dev.newspipe.testkit.TestNames;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.TopicSetup;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EmbeddedStackExtension.class)
@Timeout(120)
class RulesAndAlertsIT {

    @TempDir
    Path dir;

    @Test
    void shouldSetUpTopicsTemplatesAndAliasesIdempotently(DevStack stack) throws Exception {
        Path config = configFile(stack);
        String first = run("setup", "--config", config.toString(), "--partitions", "1");
        String second = run("setup", "--config", config.toString(), "--partitions", "1");
        assertThat(first).contains("topic").contains("index template").contains("write alias");
        assertThat(second).doesNotContain("created topic").doesNotContain("created index ")
                .contains("alias " + Config.load(config).get(dev.newspipe.index.ElasticsearchClients.ARTICLES_ALIAS) + " exists");
        assertThat(second.lines().filter(l -> l.startsWith("topic ") && l.endsWith(" exists")).count()).isEqualTo(5);
    }

    @Test
    void shouldPutListAndDeleteRules(DevStack stack) throws Exception {
        Path config = configFile(stack);
        Path rule = Files.writeString(dir.resolve("rule.json"),
                "[{\"id\": \"gdp\", \"figures\": [{\"metric_contains\": \"地区生产总值\", \"min\": 5}]}, {\"id\": \"budget\", \"keywords_any\": [\"预算\"]}]");
        assertThat(run("rules", "put", "--config", config.toString(), rule.toString())).contains("put rule gdp", "put rule budget");
        assertThat(run("rules", "list", "--config", config.toString())).contains("\"id\":\"gdp\"", "\"id\":\"budget\"");
        assertThat(run("rules", "delete", "--config", config.toString(), "budget")).contains("deleted rule budget");
        assertThat(run("rules", "list", "--config", config.toString())).contains("\"id\":\"gdp\"").doesNotContain("budget");
    }

    @Test
    void shouldPrintAlertsAndDeliverThemToAWebhookThatFailsOnce(DevStack stack) throws Exception {
        Path config = configFile(stack);
        Config settings = Config.load(config);
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers()),
                new StringSerializer(), AvroSerde.forValues(Alert.class, new RestSchemaRegistry(stack.schemaRegistryUrl(),
                        Optional.empty())).serializer())) {
            Alert alert = Alert.newBuilder().setRuleId("gdp").setArticleId("a1").setTitle("政府工作报告").setCategory("work_report")
                    .setPaper("大同日报").setIssueDate(LocalDate.of(2026, 1, 23)).setMatched(List.of("figure 地区生产总值 1686亿元"))
                    .setCreatedAt(Instant.parse("2026-01-23T00:00:00Z")).build();
            producer.send(new ProducerRecord<>(TopicNames.from(settings).alerts(), "gdp|a1", alert)).get();
        }
        AtomicInteger calls = new AtomicInteger();
        List<String> delivered = new CopyOnWriteArrayList<>();
        HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = calls.incrementAndGet() == 1 ? 503 : 204;
            if (status == 204) {
                delivered.add(body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhook.start();
        try {
            String out = run("alerts", "--config", config.toString(), "--group", "test-" + System.nanoTime(),
                    "--webhook", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook");
            assertThat(out).contains("\"rule_id\":\"gdp\"", "\"article_id\":\"a1\"");
        } finally {
            webhook.stop(0);
        }
        assertThat(calls.get()).isEqualTo(2);
        assertThat(delivered).singleElement().asString().contains("\"matched\":[\"figure 地区生产总值 1686亿元\"]");
    }

    private Path configFile(DevStack stack) throws Exception {
        Map<String, String> settings = TestNames.unique("cli").settings(stack, dir);
        Path file = dir.resolve("newspipe-" + System.nanoTime() + ".properties");
        Files.writeString(file, settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n")));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            TopicSetup.ensure(admin, TopicNames.from(Config.load(file)), 1, (short) 1);
        }
        return file;
    }

    private static String run(String... args) {
        return CommandRun.succeeding(args);
    }
}
