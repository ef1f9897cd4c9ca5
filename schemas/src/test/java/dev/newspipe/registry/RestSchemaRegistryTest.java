package dev.newspipe.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newspipe.avro.Figure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's side of the REST protocol: basic auth, caching both ways, what it retries and what it reports. */
class RestSchemaRegistryTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger unavailableAnswers = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String request = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        requests.add(request);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString("newspipe:secret".getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(auth)) {
            reply(exchange, 401, "{\"error_code\": 401, \"message\": \"Unauthorized\"}");
        } else if (unavailableAnswers.getAndDecrement() > 0) {
            reply(exchange, 503, "{\"error_code\": 50301, \"message\": \"try later\"}");
        } else if (request.equals("POST /subjects/news.figures-value/versions")) {
            reply(exchange, 200, "{\"id\": 7}");
        } else if (request.equals("GET /schemas/ids/7")) {
            reply(exchange, 200, "{\"schema\": " + quote(Figure.getClassSchema().toString()) + "}");
        } else {
            reply(exchange, 404, "{\"error_code\": 40403, \"message\": \"Schema not found\"}");
        }
    }

    private RestSchemaRegistry client(String userInfo) {
        return new RestSchemaRegistry("http://127.0.0.1:" + server.getAddress().getPort(), Optional.ofNullable(userInfo));
    }

    @Test
    void shouldAuthenticateAndCacheBothWays() {
        RestSchemaRegistry registry = client("newspipe:secret");
        assertThat(registry.register("news.figures-value", Figure.getClassSchema())).isEqualTo(7);
        assertThat(registry.register("news.figures-value", Figure.getClassSchema())).isEqualTo(7);
        assertThat(registry.schemaById(7)).isEqualTo(Figure.getClassSchema());
        assertThat(requests).containsExactly("POST /subjects/news.figures-value/versions");

        RestSchemaRegistry reader = client("newspipe:secret");
        reader.schemaById(7);
        reader.schemaById(7);
        assertThat(requests).hasSize(2).last().isEqualTo("GET /schemas/ids/7");
    }

    @Test
    void shouldRetryAnUnavailableRegistryButNotAClientError() {
        unavailableAnswers.set(2);
        assertThat(client("newspipe:secret").schemaById(7)).isEqualTo(Figure.getClassSchema());
        assertThat(requests).hasSize(3);

        requests.clear();
        assertThatThrownBy(() -> client("newspipe:secret").schemaById(8))
                .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("404").hasMessageContaining("Schema not found");
        assertThat(requests).hasSize(1);
        assertThatThrownBy(() -> client("newspipe:wrong").schemaById(7))
                .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("401");
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String quote(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
