package dev.newspipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newspipe.config.CommonSettings;
import dev.newspipe.config.Setting;
import dev.newspipe.enrich.EnricherConfig;
import dev.newspipe.index.ElasticsearchClients;
import dev.newspipe.index.IndexerConfig;
import dev.newspipe.ingest.IngestorConfig;
import dev.newspipe.testkit.TestData;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure of docker-compose.yml, which no Docker engine here can run: {@code .ci/run} also has
 * {@code docker-compose config -q} validate it.
 */
class ComposeFileTest {

    private static JsonNode services;

    @BeforeAll
    static void read() throws IOException {
        services = new ObjectMapper(new YAMLFactory()).readTree(TestData.root().resolve("docker-compose.yml").toFile()).get("services");
    }

    @Test
    void shouldRunTheWholeStack() {
        assertThat(names(services)).contains("kafka", "schema-registry", "elasticsearch", "kibana", "setup", "ingestor", "enricher", "indexer");
    }

    @Test
    void shouldPinEveryImageAndWaitOnHealthyDependencies() {
        services.fields().forEachRemaining(service -> {
            JsonNode spec = service.getValue();
            String image = spec.path("image").asText("");
            assertThat(image).as("image of %s", service.getKey()).matches(".+:[0-9][^:]*").doesNotEndWith(":latest");
            spec.path("depends_on").fields().forEachRemaining(dependency -> {
                assertThat(services.has(dependency.getKey())).as("%s depends on %s", service.getKey(), dependency.getKey()).isTrue();
                String condition = dependency.getValue().get("condition").asText();
                if (condition.equals("service_healthy")) {
                    assertThat(services.get(dependency.getKey()).has("healthcheck")).as("%s has a healthcheck", dependency.getKey()).isTrue();
                } else {
                    assertThat(condition).isEqualTo("service_completed_successfully");
                    assertThat(dependency.getKey()).isEqualTo("setup");
                }
            });
        });
        assertThat(services.get("ingestor").get("volumes").get(0).asText()).endsWith(":/inbox");
    }

    @Test
    void shouldConfigureTheServicesOnlyWithSettingsTheyRead() {
        Set<String> known = new HashSet<>(Set.of("NEWSPIPE_LOG_LEVEL", "JAVA_OPTS"));
        Stream.of(CommonSettings.ALL, IngestorConfig.SETTINGS, EnricherConfig.SETTINGS, IndexerConfig.SETTINGS, ElasticsearchClients.SETTINGS,
                        KibanaObjects.SETTINGS)
                .flatMap(List::stream).map(Setting::envName).forEach(known::add);
        for (String service : List.of("setup", "ingestor", "enricher", "indexer")) {
            JsonNode environment = services.get(service).get("environment");
            assertThat(names(environment)).as("environment of %s", service).isSubsetOf(known)
                    .contains("KAFKA_BOOTSTRAP_SERVERS", "SCHEMA_REGISTRY_URL", "ELASTICSEARCH_URL");
        }
        assertThat(services.get("setup").get("command").get(0).asText()).isEqualTo("setup");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
