package dev.newspipe.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Figure;
import dev.newspipe.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A property of every figure on every text the project has (samples, corpus, development set): its {@code text}
 * is exactly the article body between {@code start} and {@code end}, as printed (no folding of script or width).
 */
class FigureSpanTest {

    private final Newsdesk desk = Newsdesk.offline();
    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void shouldPointAtTheTextAsPrintedInEveryArticleBody() throws IOException {
        List<Path> files = new ArrayList<>(TestData.sampleFiles());
        files.addAll(TestData.corpusFiles());
        try (Stream<Path> docs = Files.list(TestData.root().resolve("testdata/devset/docs"))) {
            files.addAll(docs.sorted().toList());
        }
        int figures = 0;
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            for (Article a : desk.split(TestData.read(file))) {
                String body = a.body();
                for (Figure f : extractor.extract(a.paragraphs(), LocalDate.of(2026, 1, 23))) {
                    figures++;
                    if (f.start() == null || f.end() == null || !body.substring(f.start(), f.end()).equals(f.text())) {
                        wrong.add(file.getFileName() + ": " + f);
                    }
                }
            }
        }
        assertThat(figures).isGreaterThan(500);
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldPointIntoTextWithTraditionalScriptFullWidthDigitsAndWindowsLineBreaks() {
        String text = "全年生產總值達到１，２３４．５億元，\r\n同比增長百 分 之 2.4。\n人口減少三萬人。";
        List<Figure> found = extractor.extract(text, LocalDate.of(2026, 1, 23));
        assertThat(found).extracting(Figure::text).containsExactly("１，２３４．５億元", "百 分 之 2.4", "三萬人");
        assertThat(found).allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
        assertThat(found).extracting(Figure::value).containsExactly(1.2345e11, 2.4, 30000.0);
    }
}
