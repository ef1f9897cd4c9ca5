package dev.newspipe.ingest;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.ingest.publish.RawArticlePublisher;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.read.ReadResult;
import dev.newspipe.serde.ArticleRecords;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reads, splits and publishes one page file, and waits for the broker: shared by {@code ingest} and {@code watch}. */
public final class IssueIngestor {

    private final Newsdesk desk;
    private final RawArticlePublisher publisher;
    private final Clock clock;
    private final Duration ackTimeout;
    private final Counter pages;
    private final Counter rejected;
    private final Counter articles;

    public IssueIngestor(Newsdesk desk, RawArticlePublisher publisher, Clock clock,
            Duration ackTimeout, MeterRegistry metrics) {
        this.desk = desk;
        this.publisher = publisher;
        this.clock = clock;
        this.ackTimeout = ackTimeout;
        this.pages = metrics.counter("newspipe.ingest.pages");
        this.rejected = metrics.counter("newspipe.ingest.pages.rejected");
        this.articles = metrics.counter("newspipe.ingest.articles");
    }

    public IngestOutcome ingest(Path file) {
        ReadResult read = desk.read(file);
        if (read instanceof ReadResult.Rejected r) {
            rejected.increment();
            return new IngestOutcome.Rejected(file, r.reason());
        }
        ReadResult.Page page = (ReadResult.Page) read;
        List<RawArticle> records = ArticleRecords.toRaw(desk.split(page.page()), clock.instant());
        if (records.isEmpty()) {
            rejected.increment();
            return new IngestOutcome.Rejected(file, "no article found in the text");
        }
        try {
            publisher.publish(records).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return new IngestOutcome.Failed(file, String.valueOf(e.getCause()));
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
}
