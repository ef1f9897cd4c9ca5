package dev.newspipe.cli;

import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.index.ArchiveSearch;
import dev.newspipe.ingest.IngestOutcome;
import dev.newspipe.ops.OpsServer;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** One run of {@code newspipe dev}: the embedded stack, the pipeline on it, the summary, then serving until Ctrl-C. */
final class DevSession {

    private final DevCommand options;

    /** Counted down once everything is closed, so a Ctrl-C waits for a clean shutdown of broker, node and services. */
    private final CountDownLatch closed = new CountDownLatch(1);

    DevSession(DevCommand options) {
        this.options = options;
    }

    int run() throws Exception {
        try {
            return serve();
        } finally {
            closed.countDown();
        }
    }

    private int serve() throws Exception {
        long started = System.nanoTime();
        PrintWriter out = options.spec.commandLine().getOut();
        out.println("Starting Kafka, Elasticsearch and the schema registry (data in " + options.stack.dataDir.toAbsolutePath() + ") ...");
        out.flush();
        try (DevStack stack = DevStack.start(new DevStack.Options(options.stack.dataDir, options.stack.kafkaPort, options.stack.elasticsearchPort,
                options.stack.registryPort))) {
            Map<String, String> overrides = new HashMap<>(Map.of(
                    "kafka.bootstrap.servers", stack.bootstrapServers(),
                    "schema.registry.url", stack.schemaRegistryUrl(),
                    "elasticsearch.url", stack.elasticsearchUrl(),
                    "enricher.state.dir", options.stack.dataDir.resolve("enricher-state").toString(),
                    "enricher.instance.id", "dev",
                    "ingest.inbox", options.stack.dataDir.resolve("inbox").toString()));
            if (options.paper != null) {
                overrides.put("ingest.default.paper", options.paper);
            }
            Config config = options.configOption.load().withOverrides(overrides);
            try (LocalPipeline pipeline = new LocalPipeline(config);
                    OpsServer ops = OpsServer.start("127.0.0.1", options.httpPort, "--http-port", pipeline.metrics(),
                            pipeline.readiness()::report)) {
                var files = PageFiles.expand(java.util.List.of(options.samples));
                out.println("Ingesting " + files.size() + " pages from " + options.samples + " ...");
                out.flush();
                LocalPipeline.Ingested ingested = pipeline.ingest(files, outcome -> {
                    if (outcome instanceof IngestOutcome.Rejected r) {
                        out.println("  rejected " + r.file().getFileName() + ": " + r.reason());
                    }
                });
                boolean complete = pipeline.awaitSearchable(ingested.articleIds(), Duration.ofSeconds(options.timeoutSeconds));
                if (!complete) {
                    options.spec.commandLine().getErr().println("Not every article became searchable within " + options.timeoutSeconds + " s");
                    return 1;
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                printSummary(out, pipeline.search(), ingested, stack, ops, seconds);
                if (options.exitWhenDone) {
                    return 0;
                }
                out.println("Serving until Ctrl-C. Drop more pages into " + options.stack.dataDir.resolve("inbox") + " to ingest them.");
                out.flush();
                Thread watcher = new Thread(() -> pipeline.ingestor().watch(), "inbox-watcher");
                watcher.setDaemon(true);
                watcher.start();
                StackOptions.serveUntilShutdown(closed, "dev");
                return 0;
            }
        }
    }

    private static void printSummary(PrintWriter out, ArchiveSearch search, LocalPipeline.Ingested ingested, DevStack stack, OpsServer ops,
            double seconds) throws Exception {
        long articles = search.articleCount();
        out.println();
        out.printf("newspipe dev: %d pages, %d articles published, %d articles searchable, in %.1f s (heap peak %d MiB)%n",
                ingested.pages(), ingested.articleIds().size(), articles, seconds, peakHeapMiB());
        out.println();
        out.println("Articles per category");
        search.articlesPerCategory().forEach((category, count) -> out.printf("  %-16s %d%n", category, count));
        out.printf("Figures found: %d%n", search.figureCount());
        out.println();
        String query = "地区生产总值";
        out.println("Search \"" + query + "\":");
        var hits = search.search(new ArchiveSearch.Criteria(query, null, null, null, null, 1));
        for (var hit : hits) {
            out.printf("  [%s] %s %s%n", hit.category(), hit.issueDate(), hit.title());
            hit.snippets().forEach(s -> out.println("    … " + s.replace('\n', ' ') + " …"));
            hit.figures().stream().filter(f -> f.get("metric") != null && f.get("metric").toString().contains(query)).limit(3)
                    .forEach(f -> out.printf("    figure %s (%s, %s, %s)%n", f.get("text"), f.get("metric"), f.get("kind"), f.get("year")));
        }
        out.println();
        out.println("Explore:");
        out.println("  Elasticsearch    " + stack.elasticsearchUrl() + "/news-articles/_search?q=category:resolution&pretty");
        out.println("  Figures          " + stack.elasticsearchUrl() + "/news-figures/_search?q=metric:地区生产总值&pretty");
        out.println("  Schema registry  " + stack.schemaRegistryUrl() + "/subjects");
        out.println("  Kafka            " + stack.bootstrapServers() + " (topics news.raw, news.enriched, news.alerts, news.dlq)");
        if (ops != null) {
            out.println("  Health           " + ops.url() + "/health/live, " + ops.url() + "/health/ready");
            out.println("  Metrics          " + ops.url() + "/metrics (Prometheus)");
        }
        out.println("  Status           ./newspipe status");
        out.println("  Search           ./newspipe search 政府工作报告 --category work_report");
        out.flush();
    }

    static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
