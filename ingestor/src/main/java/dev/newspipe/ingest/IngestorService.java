package dev.newspipe.ingest;

import dev.newspipe.config.Config;
import dev.newspipe.ingest.publish.RawArticlePublisher;
import dev.newspipe.core.read.IssueFileReader;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.ingest.watch.InboxWatcher;
import dev.newspipe.registry.SchemaRegistries;
import dev.newspipe.registry.SchemaRegistry;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingestor wired from configuration: an {@link IssueIngestor} and, for the service, the inbox watcher.
 * Closing closes what it created.
 */
public final class IngestorService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestorService.class);

    private final IngestorConfig config;
    private final SchemaRegistry registry;
    private final RawArticlePublisher publisher;
    private final IssueIngestor ingestor;
    private volatile InboxWatcher watcher;

    public IngestorService(Config config, MeterRegistry metrics) {
        this.config = IngestorConfig.from(config);
        log.info("Ingestor configuration:{}", config.describe(IngestorConfig.all()));
        this.registry = SchemaRegistries.from(config);
        log.info("Kafka client properties passed through:{}", config.describeKafkaClients(java.util.Set.of()));
        Map<String, Object> client = config.kafkaClients(Config.KafkaClient.PRODUCER);
        Topics topics = Topics.create(TopicNames.from(config), registry);
        this.publisher = new RawArticlePublisher(client, topics.raw());
        publisher.bindMetrics(metrics);
        IssueFileReader reader = new IssueFileReader(this.config.maxFileBytes(), this.config.defaultPaper(), this.config.zone());
        this.ingestor = new IssueIngestor(new Newsdesk(reader), publisher, Clock.systemUTC(), this.config.maxArticleBytes(),
                this.config.ackTimeout(), metrics);
    }

    public IssueIngestor ingestor() {
        return ingestor;
    }

    /** Watches the configured inbox on this thread until {@link #close()}. */
    public void watch() {
        watcher = new InboxWatcher(config.inbox(), ingestor, config.pollInterval());
        watcher.run();
    }

    @Override
    public void close() {
        InboxWatcher w = watcher;
        if (w != null) {
            w.close();
        }
        publisher.close();
        registry.close();
    }
}
