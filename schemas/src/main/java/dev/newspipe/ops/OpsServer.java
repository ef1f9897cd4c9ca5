package dev.newspipe.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newspipe.config.Setting;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small HTTP port of a service (and of {@code newspipe dev}): {@code /health/live} (the process runs),
 * {@code /health/ready} (200 when every readiness check holds, else 503 with the reasons) and {@code /metrics}
 * (Prometheus text format). JDK's own HTTP server, two threads, no framework.
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

    /** The port setting's value that turns the server off; 0 picks a free port. */
    public static final int OFF = -1;

    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    /** The setting of one service's port: {@code 0} a free port, {@code -1} off. */
    public static Setting<Integer> portSetting(String key, int defaultPort) {
        return Setting.integer(key, defaultPort, OFF, 65_535,
                "Port of /health/live, /health/ready and /metrics; 0 picks a free port, -1 turns the port off.");
    }

    /**
     * Starts serving on all interfaces, or returns null when {@code port} is {@link #OFF}.
     *
     * @throws UncheckedIOException naming the port and the setting when it cannot be bound
     */
    public static OpsServer start(int port, String setting, PrometheusMeterRegistry metrics, Supplier<Readiness.Report> readiness) {
        return start(null, port, setting, metrics, readiness);
    }

    /**
     * The same on one address ({@code host} null: all interfaces); {@code newspipe dev} serves on the loopback only,
     * like its broker and node.
     */
    public static OpsServer start(String host, int port, String setting, PrometheusMeterRegistry metrics,
            Supplier<Readiness.Report> readiness) {
        if (port == OFF) {
            log.info("Health and metrics port off ({} = -1)", setting);
            return null;
        }
        HttpServer server;
        try {
            server = HttpServer.create(host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port), 16);
        } catch (IOException e) {
            String how = setting.startsWith("-") ? setting
                    : setting + " (env " + setting.toUpperCase(java.util.Locale.ROOT).replace('.', '_') + ")";
            throw new UncheckedIOException("Cannot serve health and metrics on port " + port + " (" + e.getMessage()
                    + "); choose another with " + how + ", or -1 to turn it off", e);
        }
        server.createContext("/health/live", exchange -> respond(exchange, 200, "text/plain", "UP\n"));
        server.createContext("/health/ready", exchange -> {
            Readiness.Report report = readiness.get();
            respond(exchange, report.ready() ? 200 : 503, "application/json", json(report));
        });
        server.createContext("/metrics", exchange -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
        server.createContext("/", exchange -> respond(exchange, 404, "text/plain", "/health/live, /health/ready, /metrics\n"));
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ops-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        log.info("Health and metrics on http://{}:{}/ (/health/live, /health/ready, /metrics)", server.getAddress().getHostString(),
                server.getAddress().getPort());
        return new OpsServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL as seen from this host. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    static String json(Readiness.Report report) {
        StringBuilder out = new StringBuilder("{\"status\":\"").append(report.ready() ? "UP" : "DOWN").append("\",\"checks\":{");
        boolean first = true;
        for (String passed : report.passed()) {
            out.append(first ? "" : ",").append(quote(passed)).append(":\"UP\"");
            first = false;
        }
        for (Map.Entry<String, String> problem : report.problems().entrySet()) {
            out.append(first ? "" : ",").append(quote(problem.getKey())).append(":").append(quote(problem.getValue()));
            first = false;
        }
        return out.append("}}\n").toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
