package dev.newspipe.enrich;

import dev.newspipe.config.CommonSettings;
import dev.newspipe.config.Config;
import dev.newspipe.config.Setting;
import dev.newspipe.ops.OpsServer;
import dev.newspipe.topics.TopicNames;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.newspipe.enrich.topology.EnrichmentTopology;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The enricher's settings, each declared once, and the Kafka Streams configuration built from them. */
public record EnricherConfig(String applicationId, String instanceId, Path stateDir, Path rulesFile, int threads, int replicationFactor,
        EnrichmentTopology.Limits limits) {

    public static final Setting<String> APPLICATION_ID = Setting.string("enricher.application.id", "newspipe-enricher",
            "Kafka Streams application id: consumer group and prefix of internal topics.");
    public static final Setting<String> INSTANCE_ID = Setting.string("enricher.instance.id", null,
            "Static group membership id (fast restarts without rebalancing); defaults to the host name.");
    public static final Setting<Path> STATE_DIR = Setting.path("enricher.state.dir", ".newspipe/enricher-state",
            "Where Kafka Streams keeps its local state.");
    public static final Setting<Path> RULES_FILE = Setting.path("enricher.rules.file", null,
            "Alert rules as JSON (one rule or an array); rules in the news.alert-rules topic win for the same id.");
    public static final Setting<Integer> THREADS = Setting.integer("enricher.threads", 1, 1, 64, "Stream threads.");
    public static final Setting<Integer> REPLICATION_FACTOR = Setting.integer("enricher.replication.factor", -1, -1, 32,
            "Replication factor of internal topics; -1 takes the broker's default.");

    /** Kafka Streams' own keys, which pass through to the enricher only ({@code KAFKA_NUM_STANDBY_REPLICAS=1}). */
    public static final java.util.Set<String> STREAMS_KEYS = StreamsConfig.configDef().names();

    public static final Setting<Integer> OPS_PORT = OpsServer.portSetting("enricher.ops.port", 9402);

    public static final Setting<Integer> MAX_RECORD_KIB = Setting.integer("enricher.max.record.kib", 900, 64, 65_536,
            "Largest enriched record sent (serialized); larger ones go to the dead-letter topic with the reason. Above 960 also"
                    + " raise max.message.bytes of news.enriched and its repartition topic; the producer's max.request.size follows.");
    public static final Setting<Integer> MAX_FIGURES = Setting.integer("enricher.max.figures", 500, 1, 100_000,
            "Figures kept per article (the first ones).");

    public static final List<Setting<?>> SETTINGS = List.of(APPLICATION_ID, INSTANCE_ID, STATE_DIR, RULES_FILE, THREADS, REPLICATION_FACTOR,
            OPS_PORT, MAX_RECORD_KIB, MAX_FIGURES);

    public static EnricherConfig from(Config config) {
        String instance = config.get(INSTANCE_ID);
        return new EnricherConfig(config.require(APPLICATION_ID), instance != null ? instance : hostName(), config.require(STATE_DIR),
                config.get(RULES_FILE), config.require(THREADS), config.require(REPLICATION_FACTOR),
                new EnrichmentTopology.Limits(config.require(MAX_RECORD_KIB) * 1024, config.require(MAX_FIGURES)));
    }

    public static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(CommonSettings.ALL);
        all.addAll(SETTINGS);
        return all;
    }

    /**
     * Kafka Streams properties: exactly-once, static membership, Kafka's own dead-letter queue with the failure
     * policy of {@link EnricherErrorHandlers}.
     */
    public Map<String, Object> streamsProperties(Config config, TopicNames topics) {
        Map<String, Object> props = config.kafkaClients(Config.KafkaClient.STREAMS, STREAMS_KEYS);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.dlq());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, EnricherErrorHandlers.Deserialization.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, EnricherErrorHandlers.Processing.class);
        // room for the largest record the size guard lets through, plus headers and batch overhead
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                Math.max(1024 * 1024, limits.maxRecordBytes() + 64 * 1024));
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), applicationId + "-" + instanceId);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        return props;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
