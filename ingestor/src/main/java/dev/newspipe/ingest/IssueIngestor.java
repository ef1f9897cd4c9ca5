package dev.newspipe.ingest;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.ingest.publish.RawArticlePublisher;
import dev.newspipe.ingest.publish.RawArticles;
import dev.newspipe.ingest.publish.Revisions;
import dev.newspipe.registry.SchemaRegistryException;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.read.ReadResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, splits and publishes one page file, and waits for the broker: shared by {@code ingest} and {@code watch}.
 *
 * <p>The ingestor's failure policy, in one place ({@link #classify}): a file that cannot be read, holds no
 * article, or whose records the broker can never take (too large, cannot be encoded) is {@link
 * IngestOutcome.Rejected} and goes to quarantine with the reason; an unavailable broker or schema registry
 * is {@link IngestOutcome.Failed} and the page is tried again later under the same ids.
 */
public final class IssueIngestor {

    private static final Logger log = LoggerFactory.getLogger(IssueIngestor.class);

    private final Newsdesk desk;
    private final RawArticlePublisher publisher;
    private final Clock clock;
    private final Revisions revisions;
    private final int maxArticleBytes;
    private final Duration ackTimeout;
    private final Counter pages;
    private final Counter rejected;
    private final Counter articles;
    private final Counter truncated;

    /** @param maxArticleBytes longest article body published whole (UTF-8 bytes); longer ones are cut with a marker */
    public IssueIngestor(Newsdesk desk, RawArticlePublisher publisher, Clock clock, int maxArticleBytes, Duration ackTimeout,
            MeterRegistry metrics) {
        this.desk = desk;
        this.publisher = publisher;
        this.clock = clock;
        this.revisions = new Revisions(clock);
        this.maxArticleBytes = maxArticleBytes;
        this.ackTimeout = ackTimeout;
        this.pages = metrics.counter("newspipe.ingest.pages");
        this.rejected = metrics.counter("newspipe.ingest.pages.rejected");
        this.articles = metrics.counter("newspipe.ingest.articles");
        this.truncated = metrics.counter("newspipe.ingest.articles.truncated");
    }

    public IngestOutcome ingest(Path file) {
        ReadResult read = desk.read(file);
        if (read instanceof ReadResult.Rejected r) {
            rejected.increment();
            return new IngestOutcome.Rejected(file, r.reason());
        }
        ReadResult.Page page = (ReadResult.Page) read;
        List<Article> split = desk.split(page.page());
        // the page is whole only here: what it says about each article travels with it (the enricher sees one at a time)
        List<RawArticle> records = RawArticles.of(split, desk.pageEvidence(split), clock.instant(), revisions.next(), maxArticleBytes);
        if (records.isEmpty()) {
            rejected.increment();
            return new IngestOutcome.Rejected(file, "no article found in the text");
        }
        records.stream().filter(RawArticle::getTruncated).forEach(r -> {
            truncated.increment();
            log.warn("{}: article {} is longer than {} bytes; its body was cut", file.getFileName(), r.getSeq(), maxArticleBytes);
        });
        try {
            publisher.publish(records).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return classify(file, e.getCause());
        } catch (RuntimeException e) {
            // send() itself throws when a record cannot be serialized (registry down, or a record it can never encode)
            return classify(file, e);
        } catch (TimeoutException e) {
            return new IngestOutcome.Failed(file, "broker did not acknowledge within " + ackTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IngestOutcome.Failed(file, "interrupted");
        }
        pages.increment();
        articles.increment(records.size());
        return new IngestOutcome.Published(file, records.stream().map(RawArticle::getId).toList());
    }

    /** The one place that decides whether a page that could not be published is tried again or quarantined. */
    IngestOutcome classify(Path file, Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof SchemaRegistryException registry) {
                return registry.retriable() ? new IngestOutcome.Failed(file, String.valueOf(registry.getMessage()))
                        : reject(file, "schema registry refused the records: " + registry.getMessage());
            }
            if (cause instanceof RecordTooLargeException) {
                return reject(file, "a record of this page is larger than the broker accepts: " + cause.getMessage());
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (error instanceof SerializationException) {
            return reject(file, "the articles cannot be encoded: " + error.getMessage());
        }
        return new IngestOutcome.Failed(file, String.valueOf(error));
    }

    private IngestOutcome reject(Path file, String reason) {
        rejected.increment();
        return new IngestOutcome.Rejected(file, reason);
    }
}
