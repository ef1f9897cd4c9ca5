package dev.newspipe.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newspipe.core.model.Figure;
import dev.newspipe.testkit.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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
        LabelledFigures.Score score = LabelledFigures.Score.of(gold.get("figures"), this::figuresOf);
        System.out.print(score.summary("devset"));
        assertThat(score.precision()).as("precision\n%s", score.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as("recall\n%s", score.report()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldNameTheMetricOfEveryListedFigure() {
        List<String> wrong = LabelledFigures.wrongMetrics(gold.get("metrics"), this::figuresOf);
        System.out.printf("devset metrics: %d of %d right %s%n", gold.get("metrics").size() - wrong.size(), gold.get("metrics").size(), wrong);
        assertThat(wrong).isEmpty();
    }
}
