package dev.newspipe.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newspipe.config.Config;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real sockets on closed ports: the messages an operator sees when the broker or the registry is not there. */
class ReachabilityTest {

    @Test
    void shouldNameEveryUnreachableEndpointAndTheSettingToCheck() throws IOException {
        int kafkaPort = closedPort();
        int registryPort = closedPort();
        Config config = Config.of(Map.of(), Map.of("kafka.bootstrap.servers", "127.0.0.1:" + kafkaPort,
                "schema.registry.url", "http://127.0.0.1:" + registryPort));

        assertThatThrownBy(() -> Reachability.require(List.of(Endpoints.kafka(config), Endpoints.registry(config)), Duration.ofSeconds(5)))
                .isInstanceOf(Unreachable.class)
                .satisfies(e -> assertThat(((Unreachable) e).failures()).containsExactly(
                        "Kafka at 127.0.0.1:" + kafkaPort + " cannot be reached (connection refused); check kafka.bootstrap.servers"
                                + " (env KAFKA_BOOTSTRAP_SERVERS)",
                        "Schema registry at http://127.0.0.1:" + registryPort + " cannot be reached (connection refused); check"
                                + " schema.registry.url (env SCHEMA_REGISTRY_URL)"));
    }

    @Test
    void shouldCallAnHttpEndpointThatRefusesTheCredentialsUnreachableWithThatReason() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Dependency es = Endpoints.http("Elasticsearch", url, "", "elasticsearch.url", "ApiKey wrong", null);
            assertThat(Reachability.check(es, Duration.ofSeconds(5))).contains("Elasticsearch at " + url
                    + " cannot be reached (answered 401: the credentials were refused); check elasticsearch.url (env ELASTICSEARCH_URL)");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldPassWhenEveryEndpointAnswers() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/subjects", exchange -> {
            byte[] body = "[]".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Config config = Config.of(Map.of(), Map.of("schema.registry.url", "http://127.0.0.1:" + server.getAddress().getPort()));
            assertThat(Reachability.problems(List.of(Endpoints.registry(config)), Duration.ofSeconds(5))).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
