package dev.newspipe.cli;

import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.index.ArchiveSearch;
import dev.newspipe.ingest.IngestOutcome;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "dev", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on the embedded default: a real Kafka broker, Elasticsearch node and schema registry in this"
                + " JVM, with ingestor, enricher and indexer. Ingests the sample issues, waits until every article is searchable,"
                + " prints a summary, then keeps serving (and watching the inbox) until Ctrl-C.",
                "State lives in the data dir; a second run resumes on it without duplicating anything."})
final class DevCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption;

    @Mixin
    StackOptions stackOptions;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Issue pages to ingest (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--paper", defaultValue = "大同日报", description = "Newspaper of pages without metadata (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--exit-when-done", description = "Exit 0 right after the summary instead of serving.")
    boolean exitWhenDone;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "How long to wait for every article to become searchable (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** Counted down once everything is closed, so a Ctrl-C waits for a clean shutdown of broker, node and services. */
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        try {
            return run();
        } finally {
            closed.countDown();
        }
    }

    private Integer run() throws Exception {
        long started = System.nanoTime();
        Path dataDir = stackOptions.dataDir;
        PrintWriter out = spec.commandLine().getOut();
        out.println("Starting Kafka, Elasticsearch and the schema registry (data in " + dataDir.toAbsolutePath() + ") ...");
        out.flush();
        try (DevStack stack = stackOptions.start()) {
            Config config = configOption.load().withOverrides(StackOptions.clientSettings(stack)).withOverrides(Map.of(
                    "enricher.state.dir", dataDir.resolve("enricher-state").toString(),
                    "enricher.instance.id", "dev",
                    "ingest.inbox", dataDir.resolve("inbox").toString(),
                    "ingest.default.paper", paper));
            try (LocalPipeline pipeline = new LocalPipeline(config)) {
                var files = PageFiles.expand(java.util.List.of(samples));
                out.println("Ingesting " + files.size() + " pages from " + samples + " ...");
                out.flush();
                LocalPipeline.Ingested ingested = pipeline.ingest(files, outcome -> {
                    if (outcome instanceof IngestOutcome.Rejected r) {
                        out.println("  rejected " + r.file().getFileName() + ": " + r.reason());
                    }
                });
                boolean complete = pipeline.awaitSearchable(ingested.articleIds(), Duration.ofSeconds(timeoutSeconds));
                if (!complete) {
                    spec.commandLine().getErr().println("Not every article became searchable within " + timeoutSeconds + " s");
                    return 2;
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                printSummary(out, pipeline.search(), ingested, stack, seconds);
                if (exitWhenDone) {
                    return 0;
                }
                out.println("Serving until Ctrl-C. Drop more pages into " + dataDir.resolve("inbox") + " to ingest them.");
                out.flush();
                Thread watcher = new Thread(() -> pipeline.ingestor().watch(), "inbox-watcher");
                watcher.setDaemon(true);
                watcher.start();
                StackOptions.serveUntilShutdown(closed, "dev");
                return 0;
            }
        }
    }

    private static void printSummary(PrintWriter out, ArchiveSearch search, LocalPipeline.Ingested ingested, DevStack stack,
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
