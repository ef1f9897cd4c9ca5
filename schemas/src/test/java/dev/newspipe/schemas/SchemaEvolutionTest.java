package dev.newspipe.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/** Every schema in {@code src/main/avro} reads what every released version wrote (BACKWARD). */
class SchemaEvolutionTest {

    private static final Path CURRENT = Path.of("src/main/avro");
    private static final Path HISTORY = Path.of("src/test/resources/schema-history");
    /** Dependencies first, so named types resolve. */
    private static final List<String> ORDER = List.of("Figure", "Entities", "Session", "RawArticle", "EnrichedArticle", "Alert");

    @Test
    void shouldReadEveryReleasedVersion() throws IOException {
        Map<String, Schema> current = parse(CURRENT);
        assertThat(current.keySet()).containsExactlyInAnyOrderElementsOf(ORDER);
        try (Stream<Path> releases = Files.list(HISTORY)) {
            for (Path release : releases.filter(Files::isDirectory).sorted().toList()) {
                Map<String, Schema> old = parse(release);
                for (Map.Entry<String, Schema> e : old.entrySet()) {
                    var result = SchemaCompatibility.checkReaderWriterCompatibility(current.get(e.getKey()), e.getValue());
                    assertThat(result.getType()).as("%s cannot read %s of %s: %s", e.getKey(), e.getKey(), release.getFileName(),
                            result.getResult().getIncompatibilities()).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
                }
            }
        }
    }

    @Test
    void shouldRecordEveryCurrentSchemaInTheLatestRelease() throws IOException {
        try (Stream<Path> releases = Files.list(HISTORY)) {
            Path latest = releases.filter(Files::isDirectory).sorted().reduce((a, b) -> b).orElseThrow();
            assertThat(parse(latest).keySet()).containsExactlyInAnyOrderElementsOf(parse(CURRENT).keySet());
        }
    }

    @Test
    void shouldDetectAnIncompatibleChange() throws IOException {
        Map<String, Schema> current = parse(CURRENT);
        String withNewRequiredField = current.get("RawArticle").toString()
                .replace("{\"name\":\"id\"", "{\"name\":\"edition\",\"type\":\"string\"},{\"name\":\"id\"");
        Schema changed = new Schema.Parser().parse(withNewRequiredField);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(changed, current.get("RawArticle")).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    private static Map<String, Schema> parse(Path folder) throws IOException {
        Schema.Parser parser = new Schema.Parser();
        Map<String, Schema> schemas = new HashMap<>();
        for (String name : ORDER) {
            Path file = folder.resolve(name + ".avsc");
            if (Files.exists(file)) {
                schemas.put(name, parser.parse(file.toFile()));
            }
        }
        return schemas;
    }
}
