package dev.newspipe.enrich;

import dev.newspipe.config.Config;
import dev.newspipe.core.Newsdesk;
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
import java.util.Optional;
import dev.newspipe.ops.ConsumerLag;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
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
        this(config, new SimpleMeterRegistry());
    }

    /** The application with its Kafka Streams metrics (and its consumers' lag) in {@code metrics}. */
    public EnricherService(Config config, MeterRegistry metrics) {
        EnricherConfig enricher = EnricherConfig.from(config);
        log.info("Enricher configuration:{}", config.describe(EnricherConfig.all()));
        log.info("Kafka client properties passed through:{}", config.describeKafkaClients(EnricherConfig.STREAMS_KEYS));
        this.registry = SchemaRegistries.from(config);
        TopicNames names = TopicNames.from(config);
        Topics topics = Topics.create(names, registry);
        List<AlertRule> fileRules = loadRules(enricher);
        Topology topology = EnrichmentTopology.build(topics, Newsdesk.offline(), fileRules, Clock.systemUTC(), enricher.limits());
        Properties props = new Properties();
        props.putAll(enricher.streamsProperties(config, names));
        this.streams = new KafkaStreams(topology, props);
        streams.setStateListener((now, before) -> log.info("Enricher {} -> {}", before, now));
        // Records that cannot be read or enriched go to the DLQ (the processing handlers above); anything that still
        // escapes a stream thread is a fault of the application or the cluster: stop the whole client so that it
        // reaches ERROR and the process exits non-zero for the orchestrator to restart, instead of running as a zombie.
        // The one decision of what a failed stream thread means. An unreachable schema registry fails the thread
        // on purpose (EnricherErrorHandlers), with nothing committed: a new thread reads the same records again once
        // it answers, so good records are never dead-lettered for an outage. Anything else is a fault of the
        // application or the cluster: stop the whole client so that it reaches ERROR and the process exits non-zero
        // for the orchestrator to restart, instead of running as a zombie.
        streams.setUncaughtExceptionHandler(e -> {
            if (EnricherErrorHandlers.registryUnavailable(e)) {
                log.warn("Schema registry unavailable, replacing the stream thread: {}", e.toString());
                sleepBeforeReplacing();
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            log.error("Enricher stream thread failed; shutting the enricher down", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        new KafkaStreamsMetrics(streams).bindTo(metrics);
        ConsumerLag.register(metrics, "enricher", streams::metrics);
    }

    /** Whether Kafka Streams gave up (or is giving up) after an uncaught exception. */
    public boolean failed() {
        KafkaStreams.State state = streams.state();
        return state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR || state == KafkaStreams.State.NOT_RUNNING;
    }

    /** Readiness: the application is RUNNING, i.e. its stream threads have their partitions assigned and process. */
    public Optional<String> notReady() {
        KafkaStreams.State state = streams.state();
        return state == KafkaStreams.State.RUNNING ? Optional.empty() : Optional.of("Kafka Streams is " + state);
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

    /**
     * Closes and leaves the consumer group at once (a static member otherwise stays until its session times out),
     * for a run whose group is deleted right after, like {@code newspipe reprocess}.
     */
    public void closeAndLeaveGroup() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        registry.close();
    }
}
