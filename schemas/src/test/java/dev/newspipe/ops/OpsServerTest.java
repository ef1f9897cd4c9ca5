package dev.newspipe.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The health and metrics port over real HTTP. */
class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerLiveAlwaysReadyOnlyWhenEveryCheckHoldsAndMetricsInPrometheusFormat() throws Exception {
        PrometheusMeterRegistry metrics = Telemetry.registry("test");
        metrics.counter("newspipe.index.articles").increment(3);
        AtomicReference<Optional<String>> streams = new AtomicReference<>(Optional.of("Kafka Streams is REBALANCING"));
        Readiness readiness = new Readiness().add("broker", Optional::empty).add("streams", streams::get);
        try (OpsServer server = OpsServer.start(0, "test.ops.port", metrics, readiness::report)) {
            assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);

            HttpResponse<String> notReady = get(server, "/health/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":{\"broker\":\"UP\",\"streams\":\"Kafka Streams is REBALANCING\"}}\n");

            streams.set(Optional.empty());
            HttpResponse<String> ready = get(server, "/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).startsWith("{\"status\":\"UP\"");

            String scrape = get(server, "/metrics").body();
            assertThat(scrape).contains("newspipe_index_articles_total{service=\"test\"} 3.0")
                    .contains("jvm_memory_used_bytes{").contains("jvm_gc_").contains("process_uptime_seconds");
            assertThat(get(server, "/nothing").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void shouldBeOffOnlyWhenThePortIsMinusOne() {
        assertThat(OpsServer.start(OpsServer.OFF, "test.ops.port", Telemetry.registry("test"), new Readiness()::report)).isNull();
    }

    @Test
    void shouldNameThePortAndTheSettingWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> OpsServer.start(taken.getLocalPort(), "indexer.ops.port", Telemetry.registry("test"), new Readiness()::report))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("indexer.ops.port (env INDEXER_OPS_PORT)");
        }
    }

    private HttpResponse<String> get(OpsServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
