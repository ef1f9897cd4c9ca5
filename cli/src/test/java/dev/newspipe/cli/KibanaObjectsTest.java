package dev.newspipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newspipe.testkit.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code kibana/newspipe.ndjson}: parses, every reference resolves, every field it uses exists in the index templates. */
class KibanaObjectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KUERY_FIELD = Pattern.compile("([A-Za-z_][\\w.]*)\\s*:");
    private static final Map<String, String> TEMPLATE_OF_PATTERN = Map.of("news-articles", "news-articles.template.json",
            "news-figures", "news-figures.template.json");

    private static final Map<String, JsonNode> objects = new HashMap<>();
    private static final List<JsonNode> ordered = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        for (String line : Files.readAllLines(TestData.root().resolve("kibana/newspipe.ndjson"))) {
            if (!line.isBlank()) {
                JsonNode object = JSON.readTree(line);
                ordered.add(object);
                objects.put(object.get("type").asText() + "/" + object.get("id").asText(), object);
            }
        }
    }

    @Test
    void shouldShipDataViewsForBothIndicesWithIssueDateAsTimeField() throws IOException {
        List<JsonNode> views = ordered.stream().filter(o -> o.get("type").asText().equals("index-pattern")).toList();
        assertThat(views).extracting(v -> v.get("attributes").get("title").asText()).containsExactlyInAnyOrder("news-articles", "news-figures");
        for (JsonNode view : views) {
            assertThat(view.get("attributes").get("timeFieldName").asText()).isEqualTo("issue_date");
            assertThat(fields(view).get("issue_date")).isEqualTo("date");
        }
    }

    @Test
    void shouldResolveEveryReference() {
        for (JsonNode object : ordered) {
            for (JsonNode ref : object.get("references")) {
                assertThat(objects).as("%s refers to %s", object.get("id"), ref).containsKey(ref.get("type").asText() + "/" + ref.get("id").asText());
            }
            JsonNode panels = object.at("/attributes/panelsJSON");
            if (!panels.isMissingNode()) {
                Set<String> refNames = new HashSet<>();
                object.get("references").forEach(r -> refNames.add(r.get("name").asText()));
                for (JsonNode panel : parse(panels.asText())) {
                    assertThat(refNames).contains(panel.get("panelRefName").asText());
                }
            }
        }
        assertThat(objects).containsKey("dashboard/newspipe-overview");
        assertThat(objects.get("dashboard/newspipe-overview").get("references")).hasSize(6);
    }

    /** What Kibana 8.19 exports: core 8.8.0 and each type's model version; charts as Lens, no legacy visualizations. */
    @Test
    void shouldCarryKibana819MigrationVersionsAndChartAsLens() {
        Map<String, String> typeVersions = Map.of("index-pattern", "8.0.0", "search", "8.0.0", "lens", "8.9.0", "dashboard", "8.9.0");
        for (JsonNode object : ordered) {
            String type = object.get("type").asText();
            assertThat(typeVersions).as("type of %s", object.get("id")).containsKey(type);
            assertThat(object.get("coreMigrationVersion").asText()).as("core version of %s", object.get("id")).isEqualTo("8.8.0");
            assertThat(object.get("typeMigrationVersion").asText()).as("type version of %s", object.get("id")).isEqualTo(typeVersions.get(type));
        }
        List<JsonNode> lenses = ordered.stream().filter(o -> o.get("type").asText().equals("lens")).toList();
        assertThat(lenses).extracting(l -> l.at("/attributes/visualizationType").asText())
                .containsExactlyInAnyOrder("lnsXY", "lnsXY", "lnsPie", "lnsDatatable");
        for (JsonNode lens : lenses) {
            JsonNode layers = lens.at("/attributes/state/datasourceStates/formBased/layers");
            layers.fields().forEachRemaining(layer -> {
                List<String> order = new ArrayList<>();
                layer.getValue().get("columnOrder").forEach(c -> order.add(c.asText()));
                List<String> columns = new ArrayList<>();
                layer.getValue().get("columns").fieldNames().forEachRemaining(columns::add);
                assertThat(order).as("column order of %s", lens.get("id")).containsExactlyInAnyOrderElementsOf(columns);
                assertThat(lens.get("references")).as("data view of layer %s of %s", layer.getKey(), lens.get("id"))
                        .anyMatch(r -> r.get("name").asText().equals("indexpattern-datasource-layer-" + layer.getKey()));
            });
        }
        for (JsonNode panel : parse(objects.get("dashboard/newspipe-overview").at("/attributes/panelsJSON").asText())) {
            assertThat(panel.get("type").asText()).isIn("lens", "search");
        }
    }

    @Test
    void shouldUseOnlyFieldsTheTemplatesMap() throws IOException {
        for (JsonNode object : ordered) {
            String type = object.get("type").asText();
            if (!type.equals("lens") && !type.equals("visualization") && !type.equals("search")) {
                continue;
            }
            JsonNode view = objects.get("index-pattern/" + object.get("references").get(0).get("id").asText());
            Map<String, String> fields = fields(view);
            Set<String> used = new HashSet<>();
            JsonNode attributes = object.get("attributes");
            if (type.equals("lens")) {
                attributes.at("/state/datasourceStates/formBased/layers").forEach(layer -> layer.get("columns").forEach(column -> {
                    if (column.has("sourceField") && !column.get("sourceField").asText().equals("___records___")) {
                        used.add(column.get("sourceField").asText());
                    }
                }));
                Matcher query = KUERY_FIELD.matcher(attributes.at("/state/query/query").asText());
                while (query.find()) {
                    used.add(query.group(1));
                }
                assertThat(used).as("fields of %s", object.get("id")).isNotEmpty();
                assertThat(fields.keySet()).as("fields of %s", object.get("id")).containsAll(used);
                continue;
            }
            if (type.equals("visualization")) {
                for (JsonNode agg : parse(attributes.get("visState").asText()).get("aggs")) {
                    if (agg.at("/params/field").isTextual()) {
                        used.add(agg.at("/params/field").asText());
                    }
                }
            } else {
                attributes.get("columns").forEach(c -> used.add(c.asText()));
                attributes.get("sort").forEach(s -> used.add(s.get(0).asText()));
            }
            Matcher query = KUERY_FIELD.matcher(parse(attributes.at("/kibanaSavedObjectMeta/searchSourceJSON").asText()).at("/query/query").asText());
            while (query.find()) {
                used.add(query.group(1));
            }
            assertThat(used).as("fields of %s", object.get("id")).isNotEmpty();
            assertThat(fields.keySet()).as("fields of %s", object.get("id")).containsAll(used);
        }
    }

    /** Field name → type of the template behind a data view, sub-fields included ({@code title.keyword}). */
    private static Map<String, String> fields(JsonNode view) throws IOException {
        String template = TEMPLATE_OF_PATTERN.get(view.get("attributes").get("title").asText());
        try (InputStream in = KibanaObjectsTest.class.getResourceAsStream("/elasticsearch/" + template)) {
            Map<String, String> fields = new HashMap<>();
            flatten("", JSON.readTree(in).at("/template/mappings/properties"), fields);
            return fields;
        }
    }

    private static void flatten(String prefix, JsonNode properties, Map<String, String> out) {
        Iterator<Map.Entry<String, JsonNode>> it = properties.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = prefix + field.getKey();
            JsonNode spec = field.getValue();
            if (spec.has("properties")) {
                flatten(name + ".", spec.get("properties"), out);
                continue;
            }
            out.put(name, spec.get("type").asText());
            if (spec.has("fields")) {
                spec.get("fields").fields().forEachRemaining(sub -> out.put(name + "." + sub.getKey(), sub.getValue().get("type").asText()));
            }
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
