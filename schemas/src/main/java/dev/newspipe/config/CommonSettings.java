package dev.newspipe.config;

import java.util.List;

/** Settings every service shares: where Kafka and the schema registry are, and the topic names. */
public final class CommonSettings {

    public static final Setting<String> KAFKA_BOOTSTRAP_SERVERS = Setting.string("kafka.bootstrap.servers",
            "127.0.0.1:9092", "Kafka brokers to bootstrap from.");
    public static final Setting<String> SCHEMA_REGISTRY_URL = Setting.string("schema.registry.url",
            "http://127.0.0.1:8081", "Confluent-compatible schema registry; the dev stack serves one on port 8081.");
    public static final Setting<String> SCHEMA_REGISTRY_USER_INFO = Setting.secret("schema.registry.basic.auth.user.info",
            "user:password for the schema registry's basic auth.");
    public static final Setting<Boolean> SCHEMA_REGISTRY_AUTO_REGISTER = Setting.flag("schema.registry.auto.register.schemas", true,
            "Register the writer schema when producing; false when schemas are registered by a pipeline of their own.");
    public static final Setting<Boolean> SCHEMA_REGISTRY_USE_LATEST = Setting.flag("schema.registry.use.latest.version", false,
            "With auto.register.schemas=false: write with the subject's latest schema (records converted to it) instead of"
                    + " requiring this build's exact schema to be registered.");
    public static final Setting<java.nio.file.Path> SCHEMA_REGISTRY_CA_CERT = Setting.path("schema.registry.ca.cert", null,
            "PEM of the CA that signed the registry's certificate, for https with a private CA.");
    public static final Setting<String> TOPIC_RAW = Setting.string("topic.raw", "news.raw",
            "Raw articles from the ingestor (Avro RawArticle).");
    public static final Setting<String> TOPIC_ENRICHED = Setting.string("topic.enriched", "news.enriched",
            "Enriched articles from the enricher (Avro EnrichedArticle).");
    public static final Setting<String> TOPIC_ALERTS = Setting.string("topic.alerts", "news.alerts",
            "Alerts for downstream consumers (Avro Alert).");
    public static final Setting<String> TOPIC_DLQ = Setting.string("topic.dlq", "news.dlq",
            "Records that could not be processed, with the error in headers.");
    public static final Setting<String> TOPIC_ALERT_RULES = Setting.string("topic.alert.rules", "news.alert-rules",
            "Compacted topic of alert rules as JSON, keyed by rule id.");

    public static final List<Setting<?>> ALL = List.of(KAFKA_BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL,
            SCHEMA_REGISTRY_USER_INFO, SCHEMA_REGISTRY_AUTO_REGISTER, SCHEMA_REGISTRY_USE_LATEST, SCHEMA_REGISTRY_CA_CERT, TOPIC_RAW, TOPIC_ENRICHED, TOPIC_ALERTS, TOPIC_DLQ, TOPIC_ALERT_RULES);

    private CommonSettings() {}
}
