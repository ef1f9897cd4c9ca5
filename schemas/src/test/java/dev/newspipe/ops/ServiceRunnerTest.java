package dev.newspipe.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newspipe.config.Config;
import dev.newspipe.config.Setting;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A service whose broker is not there yet (a real closed port): it is live but not ready and does not start; it
 * stops cleanly when asked while it waits.
 */
class ServiceRunnerTest {

    private static final Setting<Integer> PORT = OpsServer.portSetting("test.ops.port", 0);

    @Test
    void shouldServeLiveButNotReadyWhileWaitingForTheBrokerAndStopCleanly() throws Exception {
        int brokerPort;
        int opsPort;
        try (ServerSocket broker = new ServerSocket(0); ServerSocket ops = new ServerSocket(0)) {
            brokerPort = broker.getLocalPort();
            opsPort = ops.getLocalPort();
        }
        Config config = Config.of(Map.of(), Map.of("kafka.bootstrap.servers", "127.0.0.1:" + brokerPort, "test.ops.port",
                Integer.toString(opsPort)));
        CountDownLatch stopping = new CountDownLatch(1);
        AtomicBoolean started = new AtomicBoolean();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return ServiceRunner.run("test", config, PORT, List.of(Endpoints.kafka(config)), (metrics, readiness) -> {
                    started.set(true);
                    throw new AssertionError("must not start without its broker");
                }, stopping, new AtomicReference<>());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + opsPort;
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> get(http, base + "/health/live").statusCode() == 200);
        HttpResponse<String> ready = get(http, base + "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"Kafka\":\"Kafka at 127.0.0.1:" + brokerPort + " cannot be reached (connection refused)");
        assertThat(get(http, base + "/metrics").body()).contains("jvm_memory_used_bytes{").contains("service=\"test\"");

        stopping.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(started).isFalse();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
