package dev.newspipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-shot commands against endpoints that are not there (real closed ports, nothing mocked): each names the
 * endpoint and the setting to check and exits 1; {@code dev} names a port in use and the flag to change, exit 2.
 */
class FailFastTest {

    @TempDir
    Path dir;

    private Path config;
    private int kafka;
    private int registry;
    private int elasticsearch;
    private int kibana;

    @BeforeEach
    void closedPorts() throws IOException {
        kafka = closedPort();
        registry = closedPort();
        elasticsearch = closedPort();
        kibana = closedPort();
        config = Files.writeString(dir.resolve("closed.properties"), String.join("\n",
                "kafka.bootstrap.servers=127.0.0.1:" + kafka,
                "schema.registry.url=http://127.0.0.1:" + registry,
                "elasticsearch.url=http://127.0.0.1:" + elasticsearch,
                "kibana.url=http://127.0.0.1:" + kibana));
    }

    @Test
    void shouldNameTheBrokerForRulesAndTheBrokerAndRegistryForAlertsAndIngest() throws IOException {
        CommandRun rules = CommandRun.of("rules", "list", "--config", config.toString());
        assertThat(rules.code()).isEqualTo(1);
        assertThat(rules.err()).contains("Kafka at 127.0.0.1:" + kafka + " cannot be reached (connection refused); check kafka.bootstrap.servers"
                + " (env KAFKA_BOOTSTRAP_SERVERS)");

        CommandRun alerts = CommandRun.of("alerts", "--config", config.toString());
        assertThat(alerts.code()).isEqualTo(1);
        assertThat(alerts.err()).contains("Kafka at 127.0.0.1:" + kafka).contains("Schema registry at http://127.0.0.1:" + registry
                + " cannot be reached (connection refused); check schema.registry.url (env SCHEMA_REGISTRY_URL)");

        Path page = Files.writeString(dir.resolve("page.txt"), "本报讯 测试。");
        CommandRun ingest = CommandRun.of("ingest", "--config", config.toString(), page.toString());
        assertThat(ingest.code()).isEqualTo(1);
        assertThat(ingest.err()).contains("check kafka.bootstrap.servers").contains("check schema.registry.url");
    }

    @Test
    void shouldNameElasticsearchForSearchAndStatusAndKibanaForSetup() {
        CommandRun search = CommandRun.of("search", "--config", config.toString(), "报告");
        assertThat(search.code()).isEqualTo(1);
        assertThat(search.err()).contains("Elasticsearch at http://127.0.0.1:" + elasticsearch
                + " cannot be reached (connection refused); check elasticsearch.url (env ELASTICSEARCH_URL)");

        CommandRun setup = CommandRun.of("setup", "--config", config.toString());
        assertThat(setup.code()).isEqualTo(1);
        assertThat(setup.err()).contains("Kafka at").contains("Elasticsearch at").contains("Kibana at http://127.0.0.1:" + kibana
                + " cannot be reached (connection refused); check kibana.url (env KIBANA_URL)");

        CommandRun status = CommandRun.of("status", "--config", config.toString());
        assertThat(status.code()).isEqualTo(1);
        assertThat(status.err()).contains("check kafka.bootstrap.servers").contains("check elasticsearch.url");
    }

    @Test
    void shouldNameThePortInUseAndItsFlagBeforeDevStartsAnything() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            CommandRun dev = CommandRun.of("dev", "--data-dir", dir.resolve("state").toString(), "--kafka-port", "0", "--elasticsearch-port", "0",
                    "--registry-port", Integer.toString(port), "--http-port", "0", "--exit-when-done");
            assertThat(dev.code()).isEqualTo(2);
            assertThat(dev.err()).startsWith("port " + port + " is in use: schema registry; choose another with --registry-port=PORT");
            assertThat(dir.resolve("state")).doesNotExist();
        }
    }

    @Test
    void shouldRefuseUnknownCategoriesInSearchAndRulesBeforeConnecting() throws IOException {
        CommandRun search = CommandRun.of("search", "--config", config.toString(), "--category", "resolutions", "报告");
        assertThat(search.code()).isEqualTo(2);
        assertThat(search.err()).startsWith("Unknown category 'resolutions'; one of session_notice, resolution, work_report, other");

        Path rule = Files.writeString(dir.resolve("rule.json"), "{\"id\": \"r\", \"categories\": [\"work-report\"]}");
        CommandRun put = CommandRun.of("rules", "put", "--config", config.toString(), rule.toString());
        assertThat(put.code()).isEqualTo(1);
        assertThat(put.err()).contains("Rule r in " + rule + ": unknown category 'work-report'; one of session_notice, resolution,"
                + " work_report, other").doesNotContain("Kafka at");
    }

    @Test
    void shouldFailSetupWhenKibanaRefusesObjectsEvenWithStatus200() throws IOException {
        com.sun.net.httpserver.HttpServer kibana = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        kibana.createContext("/api/status", exchange -> reply(exchange, "{\"status\": {\"overall\": {\"level\": \"available\"}}}"));
        // what Kibana answers when it refuses objects: 200 with success false and the errors
        kibana.createContext("/api/saved_objects/_import", exchange -> reply(exchange, "{\"success\": false, \"successCount\": 8, \"errors\": [{\"id\":"
                + " \"newspipe-gdp-by-year\", \"type\": \"lens\", \"error\": {\"type\": \"unsupported_type\"}}]}"));
        kibana.start();
        try {
            Path withKibana = Files.writeString(dir.resolve("kibana.properties"), "kibana.url=http://127.0.0.1:" + kibana.getAddress().getPort());
            CommandRun setup = CommandRun.of("setup", "--kibana-only", "--config", withKibana.toString());
            assertThat(setup.code()).isEqualTo(1);
            assertThat(setup.err()).contains("Kibana refused 1 of the objects: lens newspipe-gdp-by-year: unsupported_type");
        } finally {
            kibana.stop(0);
        }
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void shouldExitWithTwoOnAnInvalidSetting() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.properties"), "indexer.ops.port=http");
        CommandRun indexer = CommandRun.of("indexer", "--config", bad.toString());
        assertThat(indexer.code()).isEqualTo(2);
        assertThat(indexer.err()).contains("Invalid value 'http' for indexer.ops.port (env INDEXER_OPS_PORT)");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
