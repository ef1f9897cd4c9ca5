package dev.newspipe.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newspipe.avro.Figure;
import dev.newspipe.registry.RestSchemaRegistry;
import dev.newspipe.registry.SchemaRegistryException;
import dev.newspipe.serde.AvroSerde;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevStackIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldServeKafkaElasticsearchAndRegistryAndKeepSchemasAcrossRestart() throws Exception {
        int schemaId;
        Figure figure = Figure.newBuilder().setText("47人").setValue(47).setUnit("人").setKind("count").setSentence("共47人").build();
        byte[] framed;
        try (DevStack stack = DevStack.start(DevStack.Options.ephemeral(dataDir))) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(stack.elasticsearchUrl() + "/_cluster/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"cluster_name\":\"newspipe-dev\"");

            RestSchemaRegistry registry = new RestSchemaRegistry(stack.schemaRegistryUrl(), Optional.empty());
            framed = AvroSerde.forValues(Figure.class, registry).serialize("news.figures", figure);
            schemaId = registry.register("news.figures-value", Figure.getClassSchema());

            Schema incompatible = SchemaBuilder.record("Figure").namespace("dev.newspipe.avro").fields()
                    .requiredString("text").requiredString("brand_new_required").endRecord();
            assertThatThrownBy(() -> registry.register("news.figures-value", incompatible))
                    .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("409");
        }
        try (DevStack restarted = DevStack.start(DevStack.Options.ephemeral(dataDir))) {
            RestSchemaRegistry fresh = new RestSchemaRegistry(restarted.schemaRegistryUrl(), Optional.empty());
            assertThat(fresh.schemaById(schemaId)).isEqualTo(Figure.getClassSchema());
            assertThat(AvroSerde.forValues(Figure.class, fresh).deserialize("news.figures", framed)).isEqualTo(figure);
        }
    }
}
