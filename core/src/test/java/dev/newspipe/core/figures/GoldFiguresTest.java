package dev.newspipe.core.figures;

import dev.newspipe.core.model.Figure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.split.ArticleSplitter;
import dev.newspipe.testkit.TestData;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figure labels of {@code testdata/gold/seeds.json}: on exhaustive articles precision and recall at least
 * 0.95 (matching value and unit), recall at least 0.95 on the others, and every listed metric right.
 */
class GoldFiguresTest {

    private static JsonNode gold;
    private final FigureExtractor extractor = new FigureExtractor();
    private final ArticleSplitter splitter = new ArticleSplitter();

    @BeforeAll
    static void readGold() throws IOException {
        gold = new ObjectMapper().readTree(TestData.gold().toFile());
    }

    @Test
    void shouldFindLabelledFiguresWithPrecisionAndRecall() {
        int exhaustiveExpected = 0;
        int exhaustiveFound = 0;
        int exhaustiveMatched = 0;
        int otherExpected = 0;
        int otherMatched = 0;
        StringBuilder report = new StringBuilder();
        for (JsonNode entry : gold.get("figures")) {
            Article article = article(entry.get("file").asText(), entry.get("article").asText());
            List<Figure> found = extractor.extract(article.paragraphs(), LocalDate.of(2026, 1, 23));
            LabelledFigures result = LabelledFigures.match(entry, found);
            boolean exhaustive = entry.path("exhaustive").asBoolean();
            if (exhaustive) {
                exhaustiveExpected += result.expected();
                exhaustiveMatched += result.matched();
                exhaustiveFound += result.matched() + result.extra().size();
            } else {
                otherExpected += result.expected();
                otherMatched += result.matched();
            }
            result.report(entry.get("article").asText(), report, exhaustive);
        }
        double precision = exhaustiveFound == 0 ? 1 : (double) exhaustiveMatched / exhaustiveFound;
        double recall = (double) exhaustiveMatched / exhaustiveExpected;
        double otherRecall = (double) otherMatched / otherExpected;
        System.out.printf("figures: exhaustive precision %.3f recall %.3f; other recall %.3f%n%s", precision, recall, otherRecall, report);
        assertThat(precision).as("precision on exhaustive articles\n%s", report).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall on exhaustive articles\n%s", report).isGreaterThanOrEqualTo(0.95);
        assertThat(otherRecall).as("recall on other articles\n%s", report).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldNameTheMetricOfEveryListedFigure() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode entry : gold.get("metrics")) {
            List<Figure> figures = new ArrayList<>();
            for (Article a : splitter.split(TestData.read(TestData.samples().resolve(entry.get("file").asText())))) {
                figures.addAll(extractor.extract(a.paragraphs(), LocalDate.of(2026, 1, 23)));
            }
            String text = entry.get("text").asText();
            String wanted = entry.get("metric_contains").asText();
            List<String> metrics = figures.stream().filter(f -> f.text().equals(text)).map(Figure::metric).toList();
            if (metrics.isEmpty() || metrics.stream().noneMatch(m -> m != null && m.contains(wanted))) {
                wrong.add(text + " → " + metrics + " (wanted " + wanted + ")");
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Article article(String file, String name) {
        List<Article> articles = splitter.split(TestData.read(TestData.samples().resolve(file)));
        return articles.stream()
                .filter(a -> name.equals(a.title()) || a.body().startsWith(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no article " + name + " in " + file));
    }
}
