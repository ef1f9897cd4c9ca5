package dev.newspipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newspipe.testkit.TestData;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The JSON Lines of split, enrich and figures: outside checks read these field names. */
class OfflineCommandsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldPrintOneObjectPerArticleWithTheSplitFields() throws Exception {
        List<JsonNode> lines = run("split", TestData.samples().resolve("004_eca28667e256c7da.txt").toString());
        assertThat(lines).hasSize(2);
        assertThat(names(lines.get(0))).containsExactly("file", "seq", "kicker", "title", "subtitle", "byline", "body", "continued_from",
                "continues_on", "issue_date", "issue_date_source");
        // the sample's sidecar names its issue
        assertThat(lines.get(0).get("issue_date").asText()).isEqualTo("2022-02-12");
        assertThat(lines.get(0).get("issue_date_source").asText()).isEqualTo("sidecar");
        assertThat(lines.get(0).get("title").isNull()).isTrue();
        assertThat(lines.get(0).get("continued_from").asText()).isEqualTo("第一版");
        assertThat(lines.get(0).get("continues_on").asText()).isEqualTo("第四版");
        assertThat(lines.get(0).get("body").asText()).startsWith("——政府效能大幅提升。").contains("\n");
        assertThat(lines.get(1).get("seq").asInt()).isEqualTo(2);
    }

    @Test
    void shouldAddCategoryFiguresEntitiesAndSessionWhenEnriching() throws Exception {
        List<JsonNode> lines = run("enrich", TestData.samples().resolve("000_f077fd05927c7fb1.txt").toString());
        JsonNode first = lines.get(0);
        assertThat(names(first)).containsSubsequence("continues_on", "category", "confidence", "cues", "figures", "entities", "session");
        assertThat(first.get("category").asText()).isEqualTo("session_notice");
        assertThat(names(first.get("figures").get(0))).containsExactly("text", "value", "value_max", "unit", "qualifier", "metric", "kind",
                "year", "sentence", "start", "end", "direction");
        JsonNode figure = first.get("figures").get(0);
        assertThat(figure.get("text").asText()).isEqualTo("47人");
        assertThat(first.get("body").asText().substring(figure.get("start").asInt(), figure.get("end").asInt())).isEqualTo("47人");
        assertThat(names(first.get("entities"))).containsExactly("people", "organizations", "places");
        assertThat(first.get("session").get("term").asInt()).isEqualTo(16);
        assertThat(lines).extracting(l -> l.get("category").asText()).contains("resolution", "other");
    }

    @Test
    void shouldNumberFiguresByInputLine() throws Exception {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("全年地区生产总值完成1686亿元。\n今天天气很好。\n粮食产量达到25.1亿斤，增长5%左右。\n"
                    .getBytes(StandardCharsets.UTF_8)));
            List<JsonNode> lines = run("figures", "--lines", "--date", "2026-01-23");
            assertThat(lines).extracting(l -> l.get("line").asInt()).containsExactly(1, 3, 3);
            assertThat(lines.get(0).get("value").asLong()).isEqualTo(168_600_000_000L);
            assertThat(lines.get(0).get("unit").asText()).isEqualTo("元");
            assertThat(lines.get(2).get("qualifier").asText()).isEqualTo("approx");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void shouldExplainTheFateOfEveryLine() throws Exception {
        java.nio.file.Path page = TestData.samples().resolve("004_eca28667e256c7da.txt");
        StringWriter out = new StringWriter();
        CommandLine cli = Newspipe.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("split", "--explain", page.toString())).isZero();
        List<String> printed = out.toString().lines().filter(l -> !l.startsWith("#")).toList();
        long nonBlank = java.nio.file.Files.readAllLines(page).stream().filter(l -> !l.isBlank()).count();
        assertThat(printed).hasSize((int) nonBlank);
        assertThat(printed.get(0)).contains("(上接第一版)").contains("furniture (continuation mark");
        assertThat(printed).filteredOn(l -> l.contains("推进安居工程建设")).singleElement().asString().contains("article 1");
        assertThat(printed).filteredOn(l -> l.contains("全省民营企业百强行列")).singleElement().asString().contains("article 2");
    }

    private List<JsonNode> run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = Newspipe.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
