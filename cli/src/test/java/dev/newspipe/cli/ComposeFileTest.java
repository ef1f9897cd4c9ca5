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
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure of docker-compose.yml and the Dockerfile, which no Docker engine here can run: {@code .ci/run} also
 * has {@code docker-compose config -q} validate the compose file; the image's classpath is checked by the dist
 * module's {@code ServiceClasspathTest}.
 */
class ComposeFileTest {

    private static final List<String> PIPELINE = List.of("ingestor", "enricher", "indexer");
    private static final Set<String> ONE_SHOTS = Set.of("init", "setup", "kibana-setup");

    private static JsonNode services;
    private static JsonNode volumes;
    private static String dockerfile;

    @BeforeAll
    static void read() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(TestData.root().resolve("docker-compose.yml").toFile());
        services = compose.get("services");
        volumes = compose.get("volumes");
        dockerfile = Files.readString(TestData.root().resolve("Dockerfile"));
    }

    @Test
    void shouldRunTheWholeStack() {
        assertThat(names(services)).contains("kafka", "schema-registry", "elasticsearch", "kibana", "init", "setup", "kibana-setup",
                "ingestor", "enricher", "indexer");
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
                    assertThat(ONE_SHOTS).contains(dependency.getKey());
                }
            });
        });
        assertThat(services.get("ingestor").get("volumes").get(0).asText()).isEqualTo("./inbox:/inbox");
    }

    @Test
    void shouldKeepKafkasLogOnItsVolume() {
        JsonNode kafka = services.get("kafka");
        String logDirs = kafka.get("environment").get("KAFKA_LOG_DIRS").asText();
        assertThat(kafka.get("volumes")).extracting(JsonNode::asText).contains("kafka-data:" + logDirs);
        assertThat(volumes.has("kafka-data")).isTrue();
    }

    @Test
    void shouldStartThePipelineWithoutWaitingForKibana() {
        for (String service : PIPELINE) {
            assertThat(dependencies(service)).as("what %s waits for", service).contains("kafka", "schema-registry", "elasticsearch", "setup",
                    "init").doesNotContain("kibana", "kibana-setup");
        }
        assertThat(services.get("kibana-setup").get("command")).extracting(JsonNode::asText).containsExactly("setup", "--kibana-only");
        assertThat(names(services.get("kibana-setup").get("environment"))).contains("KIBANA_URL");
        assertThat(names(services.get("setup").get("environment"))).doesNotContain("KIBANA_URL");
    }

    @Test
    void shouldRunTheServicesAsTheMappedUserOnDirectoriesTheInitOneShotOwnsToThem() {
        String user = services.get("ingestor").get("user").asText();
        assertThat(user).isEqualTo("${NEWSPIPE_UID:-1000}:${NEWSPIPE_GID:-1000}");
        for (String service : PIPELINE) {
            assertThat(services.get(service).get("user").asText()).isEqualTo(user);
        }
        JsonNode init = services.get("init");
        assertThat(init.get("user").asText()).isEqualTo("0:0");
        String script = init.get("entrypoint").get(2).asText();
        assertThat(script).contains("mkdir -p /inbox/done /inbox/quarantine /var/lib/newspipe/enricher-state")
                .contains("chown -R " + user + " /inbox/done /inbox/quarantine /var/lib/newspipe");
        assertThat(init.get("volumes")).extracting(JsonNode::asText).contains("./inbox:/inbox",
                services.get("enricher").get("volumes").get(0).asText());
        assertThat(TestData.root().resolve("inbox/.gitkeep")).exists();
    }

    @Test
    void shouldCheckEachServicesReadinessOnItsOwnHealthPort() {
        Map<String, Setting<Integer>> ports = Map.of("ingestor", IngestorConfig.OPS_PORT, "enricher", EnricherConfig.OPS_PORT, "indexer",
                IndexerConfig.OPS_PORT);
        ports.forEach((service, setting) -> {
            String port = setting.defaultValue();
            JsonNode spec = services.get(service);
            assertThat(spec.get("healthcheck").get("test")).extracting(JsonNode::asText)
                    .containsExactly("CMD", "/opt/newspipe/bin/healthcheck", port);
            assertThat(spec.get("ports")).extracting(JsonNode::asText).containsExactly(port + ":" + port);
        });
    }

    @Test
    void shouldBuildAnImageOfTheServiceClasspathWithContainerAwareHeapAndAHealthcheck() {
        assertThat(dockerfile).contains("-pl dist -am").contains("dist/target/service-classpath.txt")
                .doesNotContain("runtime-classpath.txt").contains("-XX:MaxRAMPercentage=").doesNotContain("-Xmx")
                .contains("HEALTHCHECK").contains("COPY docker/healthcheck /opt/newspipe/bin/healthcheck");
        assertThat(TestData.root().resolve("docker/healthcheck")).isExecutable();
    }

    @Test
    void shouldConfigureTheServicesOnlyWithSettingsTheyRead() {
        Set<String> known = new HashSet<>(Set.of("NEWSPIPE_LOG_LEVEL", "NEWSPIPE_LOG_FORMAT", "JAVA_OPTS"));
        Stream.of(CommonSettings.ALL, IngestorConfig.SETTINGS, EnricherConfig.SETTINGS, IndexerConfig.SETTINGS, ElasticsearchClients.SETTINGS,
                        KibanaObjects.SETTINGS)
                .flatMap(List::stream).map(Setting::envName).forEach(known::add);
        for (String service : List.of("setup", "ingestor", "enricher", "indexer")) {
            JsonNode environment = services.get(service).get("environment");
            assertThat(names(environment)).as("environment of %s", service).isSubsetOf(known)
                    .contains("KAFKA_BOOTSTRAP_SERVERS", "SCHEMA_REGISTRY_URL", "ELASTICSEARCH_URL");
        }
        assertThat(names(services.get("kibana-setup").get("environment"))).isSubsetOf(known);
        assertThat(services.get("setup").get("command").get(0).asText()).isEqualTo("setup");
    }

    /** Every service this one waits for, directly or through others. */
    private static Set<String> dependencies(String service) {
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(service));
        while (!next.isEmpty()) {
            services.get(next.pop()).path("depends_on").fieldNames().forEachRemaining(d -> {
                if (seen.add(d)) {
                    next.push(d);
                }
            });
        }
        return seen;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
