package dev.newspipe.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginNode;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch 8.19 node with real HTTP, running in this JVM. It lacks the distribution's modules
 * (no ingest pipelines, painless or x-pack), so the project uses only what a stock node also has.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static boolean loggingConfigured;

    private final Node node;
    private final int httpPort;

    private EmbeddedElasticsearch(Node node, int httpPort) {
        this.node = node;
        this.httpPort = httpPort;
    }

    /** Starts a single-node cluster storing its data under {@code home}; {@code httpPort} 0 picks a free port. */
    public static EmbeddedElasticsearch start(Path home, int httpPort) {
        configureLoggingOnce();
        try {
            Files.createDirectories(home.resolve("config"));
            Files.createDirectories(home.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create Elasticsearch home " + home, e);
        }
        Settings settings = Settings.builder()
                .put("path.home", home.toAbsolutePath().toString())
                .put("path.data", home.resolve("data").toAbsolutePath().toString())
                .put("cluster.name", "newspipe-dev")
                .put("node.name", "newspipe-dev-" + home.getFileName())
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort == 0 ? FreePorts.pick() : httpPort)
                .put("transport.port", 0)
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", "-news-*,+*")
                .build();
        long started = System.nanoTime();
        Node node = new ClasspathPluginNode(settings, List.of(Netty4Plugin.class, NewspipeAnalysisPlugin.class));
        try {
            node.start();
        } catch (NodeValidationException e) {
            throw new IllegalStateException("Elasticsearch node failed validation: " + e.getMessage(), e);
        }
        int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        log.info("Elasticsearch node up at http://127.0.0.1:{} in {} ms (data in {})", port, (System.nanoTime() - started) / 1_000_000, home);
        return new EmbeddedElasticsearch(node, port);
    }

    private static synchronized void configureLoggingOnce() {
        if (!loggingConfigured) {
            LogConfigurator.configureESLogging();
            loggingConfigured = true;
        }
    }

    public String httpUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    @Override
    public void close() {
        try {
            node.close();
            node.awaitClose(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
