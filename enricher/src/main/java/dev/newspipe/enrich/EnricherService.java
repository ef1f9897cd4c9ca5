package dev.newspipe.enrich;

import dev.newspipe.config.Config;
import dev.newspipe.enrich.alerts.AlertRule;
import dev.newspipe.enrich.alerts.AlertRules;
import dev.newspipe.enrich.topology.EnrichmentTopology;
import dev.newspipe.registry.SchemaRegistries;
import dev.newspipe.registry.SchemaRegistry;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The enricher's Kafka Streams application wired from configuration. Closing stops it and what it created. */
public final class EnricherService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EnricherService.class);

    private final SchemaRegistry registry;
    private final KafkaStreams streams;

    public EnricherService(Config config) {
        EnricherConfig enricher = EnricherConfig.from(config);
        log.info("Enricher configuration:{}", config.describe(EnricherConfig.all()));
        this.registry = SchemaRegistries.from(config);
        TopicNames names = TopicNames.from(config);
        Topics topics = Topics.create(names, registry);
        List<AlertRule> fileRules = loadRules(enricher);
        Topology topology = EnrichmentTopology.build(topics, new ArticleEnricher(), fileRules, Clock.systemUTC(),
                enricher.limits());
        Properties props = new Properties();
        props.putAll(enricher.streamsProperties(config, names));
        this.streams = new KafkaStreams(topology, props);
        streams.setStateListener((now, before) -> log.info("Enricher {} -> {}", before, now));
        // a stream thread fails only when the registry or broker is down (EnricherErrorHandlers): nothing was
        // committed, so a new thread reads the same records again; never leave the application in ERROR
        streams.setUncaughtExceptionHandler(e -> {
            log.warn("Stream thread failed, replacing it: {}", e.toString());
            sleepBeforeReplacing();
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    private static void sleepBeforeReplacing() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    private static List<AlertRule> loadRules(EnricherConfig config) {
        if (config.rulesFile() == null) {
            return List.of();
        }
        try {
            List<AlertRule> rules = AlertRules.load(config.rulesFile());
            log.info("Loaded {} alert rules from {}", rules.size(), config.rulesFile());
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read alert rules " + config.rulesFile(), e);
        }
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        registry.close();
    }
}
