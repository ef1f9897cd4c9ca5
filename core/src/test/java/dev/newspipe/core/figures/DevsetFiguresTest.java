package dev.newspipe.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newspipe.core.model.Figure;
import dev.newspipe.testkit.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figure and metric labels of {@code testdata/devset/gold.json}, public documents the rules were not written
 * on: precision and recall (same value and unit) on the files labelled exhaustively, and the metric of every key
 * figure listed.
 */
class DevsetFiguresTest {

    private static final LocalDate ISSUE = LocalDate.of(2026, 1, 23);
    private static JsonNode gold;
    private final FigureExtractor extractor = new FigureExtractor();

    @BeforeAll
    static void readGold() throws IOException {
        gold = new ObjectMapper().readTree(devset().resolve("gold.json").toFile());
    }

    static Path devset() {
        return TestData.root().resolve("testdata/devset");
    }

    private List<Figure> figuresOf(String file) {
        return extractor.extract(TestData.read(devset().resolve("docs").resolve(file)), ISSUE);
    }

    @Test
    void shouldFindTheLabelledFiguresOfTheDevelopmentSet() {
        int expected = 0;
        int found = 0;
        int matched = 0;
        StringBuilder report = new StringBuilder();
        for (JsonNode entry : gold.get("figures")) {
            if (!entry.path("exhaustive").asBoolean()) {
                continue;
            }
            String file = entry.get("file").asText();
            LabelledFigures result = LabelledFigures.match(entry, figuresOf(file));
            expected += result.expected();
            matched += result.matched();
            found += result.matched() + result.extra().size();
            result.report(file, report, true);
        }
        double precision = found == 0 ? 1 : (double) matched / found;
        double recall = (double) matched / expected;
        System.out.printf("devset figures: precision %.3f recall %.3f (%d labelled, %d found, %d right)%n%s", precision, recall, expected,
                found, matched, report);
        assertThat(precision).as("precision\n%s", report).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall\n%s", report).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldNameTheMetricOfEveryListedFigure() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode entry : gold.get("metrics")) {
            String text = entry.get("text").asText();
            String wanted = entry.get("metric_contains").asText();
            List<String> metrics = figuresOf(entry.get("file").asText()).stream().filter(f -> f.text().equals(text)).map(Figure::metric)
                    .toList();
            if (metrics.stream().noneMatch(m -> m != null && m.contains(wanted))) {
                wrong.add(text + " → " + metrics + " (wanted " + wanted + ")");
            }
        }
        System.out.printf("devset metrics: %d of %d right %s%n", gold.get("metrics").size() - wrong.size(), gold.get("metrics").size(), wrong);
        assertThat(wrong).isEmpty();
    }
}
