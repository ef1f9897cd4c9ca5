package dev.newspipe.topics;

import dev.newspipe.avro.Alert;
import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.registry.SchemaRegistry;
import dev.newspipe.serde.AvroSerde;
import org.apache.kafka.common.serialization.Serdes;

/** The pipeline's topics with their serdes: keys are article (or rule) ids, values Avro or JSON text. */
public record Topics(
        Topic<String, RawArticle> raw,
        Topic<String, EnrichedArticle> enriched,
        Topic<String, Alert> alerts,
        Topic<byte[], byte[]> dlq,
        Topic<String, String> alertRules) {

    public static Topics create(TopicNames names, SchemaRegistry registry) {
        return new Topics(
                new Topic<>(names.raw(), Serdes.String(), AvroSerde.forValues(RawArticle.class, registry)),
                new Topic<>(names.enriched(), Serdes.String(), AvroSerde.forValues(EnrichedArticle.class, registry)),
                new Topic<>(names.alerts(), Serdes.String(), AvroSerde.forValues(Alert.class, registry)),
                new Topic<>(names.dlq(), Serdes.ByteArray(), Serdes.ByteArray()),
                new Topic<>(names.alertRules(), Serdes.String(), Serdes.String()));
    }
}
