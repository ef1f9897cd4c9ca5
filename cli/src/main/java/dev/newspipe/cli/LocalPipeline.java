package dev.newspipe.cli;

import dev.newspipe.config.Config;
import dev.newspipe.enrich.EnricherService;
import dev.newspipe.index.ArchiveSearch;
import dev.newspipe.index.ElasticsearchClients;
import dev.newspipe.index.IndexerService;
import dev.newspipe.ingest.IngestOutcome;
import dev.newspipe.ingest.IngestorService;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.TopicSetup;
import dev.newspipe.ops.Endpoints;
import dev.newspipe.ops.Readiness;
import dev.newspipe.ops.Telemetry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;

/**
 * Ingestor, enricher and indexer in one JVM against the cluster the configuration names: what
 * {@code newspipe dev} runs on the embedded stack, and what the end-to-end test drives.
 */
public final class LocalPipeline implements AutoCloseable {

    private final Config config;
    private final PrometheusMeterRegistry metrics = Telemetry.registry("dev");
    private final Readiness readiness = new Readiness();
    private final EnricherService enricher;
    private final IndexerService indexer;
    private final IngestorService ingestor;
    private final Thread indexerThread;
    private final ArchiveSearch search;

    /** Outcome of ingesting a set of files. */
    public record Ingested(List<String> articleIds, int pages, List<IngestOutcome> problems) {}

    public LocalPipeline(Config config) throws ExecutionException, InterruptedException {
        this.config = config;
        try (Admin admin = Admin.create(config.kafkaClients())) {
            TopicSetup.ensure(admin, TopicNames.from(config), 1, (short) 1);
        }
        this.enricher = new EnricherService(config, metrics);
        this.indexer = new IndexerService(config, metrics);
        this.ingestor = new IngestorService(config, metrics);
        this.search = new ArchiveSearch(indexer.client(), ElasticsearchClients.indexNames(config));
        readiness.add(Endpoints.kafka(config)).add(Endpoints.registry(config)).add(ElasticsearchClients.dependency(config))
                .add("enricher", enricher::notReady).add("indexer", indexer::notReady);
        enricher.start();
        indexerThread = new Thread(indexer::run, "indexer");
        indexerThread.start();
    }

    public Ingested ingest(List<Path> files, Consumer<IngestOutcome> progress) {
        List<String> ids = new ArrayList<>();
        List<IngestOutcome> problems = new ArrayList<>();
        int pages = 0;
        for (Path file : files) {
            IngestOutcome outcome = ingestor.ingestor().ingest(file);
            if (outcome instanceof IngestOutcome.Published p) {
                ids.addAll(p.articleIds());
                pages++;
            } else {
                problems.add(outcome);
            }
            progress.accept(outcome);
        }
        return new Ingested(ids, pages, problems);
    }

    /** Waits until Elasticsearch finds every one of these articles, or the timeout passes. */
    public boolean awaitSearchable(List<String> ids, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<String> distinct = ids.stream().distinct().toList();
        while (Instant.now().isBefore(deadline)) {
            search.refresh();
            if (search.countIds(distinct) == distinct.size()) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** Counters, client metrics and lag of all three stages, as {@code /metrics} serves them. */
    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    /** What {@code /health/ready} answers for the whole pipeline. */
    public Readiness readiness() {
        return readiness;
    }

    /** Whether the enricher and the indexer are both still working (the ingestor works on the caller's thread). */
    public boolean running() {
        return enricher.state().isRunningOrRebalancing() && indexerThread.isAlive();
    }

    public ArchiveSearch search() {
        return search;
    }

    public IngestorService ingestor() {
        return ingestor;
    }

    public Config config() {
        return config;
    }

    @Override
    public void close() throws InterruptedException {
        indexer.stop();
        indexerThread.join(Duration.ofSeconds(30).toMillis());
        ingestor.close();
        enricher.close();
        indexer.close();
        metrics.close();
    }
}
