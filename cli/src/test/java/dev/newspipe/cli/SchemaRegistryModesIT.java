package dev.newspipe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.registry.SchemaRegistries;
import dev.newspipe.registry.SchemaRegistry;
import dev.newspipe.serde.AvroSerde;
import dev.newspipe.serde.WireFormat;
import dev.newspipe.testkit.EmbeddedStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Producing against a registry where schemas are registered by someone else ({@code auto.register.schemas=false}),
 * on the dev stack's real registry: the exact schema looked up, or the subject's latest one written.
 */
@ExtendWith(EmbeddedStackExtension.class)
class SchemaRegistryModesIT {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldRefuseAnUnregisteredSchemaThenLookItUpOnceRegisteredWithoutRegisteringIt(DevStack stack) {
        String topic = "modes.lookup." + System.nanoTime();
        Config lookupOnly = config(stack, false, false);
        try (SchemaRegistry registry = SchemaRegistries.from(lookupOnly)) {
            AvroSerde<RawArticle> serde = AvroSerde.forValues(RawArticle.class, registry);
            assertThatThrownBy(() -> serde.serialize(topic, article()))
                    .hasMessageContaining("not registered under " + topic + "-value")
                    .hasMessageContaining("schema.registry.auto.register.schemas is false");
        }
        int registered;
        try (SchemaRegistry registering = SchemaRegistries.from(config(stack, true, false))) {
            registered = registering.register(topic + "-value", RawArticle.getClassSchema());
        }
        try (SchemaRegistry registry = SchemaRegistries.from(lookupOnly)) {
            AvroSerde<RawArticle> serde = AvroSerde.forValues(RawArticle.class, registry);
            byte[] bytes = serde.serialize(topic, article());
            assertThat(WireFormat.schemaId(bytes)).isEqualTo(registered);
            assertThat(serde.deserialize(topic, bytes)).isEqualTo(article());
        }
    }

    @Test
    void shouldWriteWithTheSubjectsLatestSchemaWhenAsked(DevStack stack) throws Exception {
        String topic = "modes.latest." + System.nanoTime();
        String subject = topic + "-value";
        try (SchemaRegistry registering = SchemaRegistries.from(config(stack, true, false))) {
            registering.register(subject, RawArticle.getClassSchema());
        }
        // a newer producer registered version 2 with a field this build does not know
        ObjectNode evolved = (ObjectNode) json.readTree(RawArticle.getClassSchema().toString());
        evolved.withArray("fields").addObject().put("name", "section").put("type", "string").put("default", "本地新闻");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl()
                        + "/subjects/" + subject + "/versions")).header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("schema", evolved.toString())))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        int latest = json.readTree(answer.body()).get("id").asInt();

        try (SchemaRegistry registry = SchemaRegistries.from(config(stack, false, true))) {
            AvroSerde<RawArticle> serde = AvroSerde.forValues(RawArticle.class, registry);
            byte[] bytes = serde.serialize(topic, article());
            assertThat(WireFormat.schemaId(bytes)).isEqualTo(latest);
            assertThat(serde.deserialize(topic, bytes)).isEqualTo(article());
            Schema latestSchema = new Schema.Parser().parse(evolved.toString());
            GenericRecord asLatest = new GenericDatumReader<GenericRecord>(latestSchema).read(null,
                    DecoderFactory.get().binaryDecoder(bytes, WireFormat.HEADER_LENGTH, bytes.length - WireFormat.HEADER_LENGTH, null));
            assertThat(asLatest.get("section").toString()).isEqualTo("本地新闻");
            assertThat(asLatest.get("title").toString()).isEqualTo("标题");
        }
    }

    private static Config config(DevStack stack, boolean autoRegister, boolean useLatest) {
        return Config.of(Map.of(), Map.of("schema.registry.url", stack.schemaRegistryUrl(),
                "schema.registry.auto.register.schemas", Boolean.toString(autoRegister),
                "schema.registry.use.latest.version", Boolean.toString(useLatest)));
    }

    private static RawArticle article() {
        return RawArticle.newBuilder().setId("a1").setPaper("大同日报").setIssueDate(LocalDate.of(2026, 1, 23)).setPage("1").setSeq(1)
                .setPageArticleCount(1).setTitle("标题").setParagraphs(List.of("正文。")).setSourceFile("1.txt").setContentHash("h")
                .setRevision(1L).setIngestedAt(Instant.ofEpochMilli(1_700_000_000_000L)).build();
    }
}
