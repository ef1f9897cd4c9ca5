package dev.newspipe.core.split;

import dev.newspipe.core.model.Article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** National work reports and resolutions: long texts with numbered sections, each exactly one article. */
class CorpusSplitTest {

    @TestFactory
    Stream<DynamicTest> shouldKeepEachCorpusTextAsOneArticle() {
        return TestData.corpusFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) {
        List<Article> articles = new ArticleSplitter().split(TestData.read(file));
        assertThat(articles).as("%s split into %s", file.getFileName(),
                articles.stream().map(a -> a.displayTitle() + " / " + a.body().substring(0, Math.min(30, a.body().length()))).toList())
                .hasSize(1);
        Article article = articles.get(0);
        String text = TestData.read(file);
        String firstLine = text.strip().lines().findFirst().orElseThrow().strip();
        String lastLine = text.strip().lines().reduce((a, b) -> b).orElseThrow().strip();
        if (LineKind.of(firstLine) == LineKind.HEADLINE) {
            assertThat(article.title()).as("title of %s", file.getFileName()).isEqualTo(firstLine);
        } else {
            assertThat(article.title()).as("%s starts without a headline", file.getFileName()).isNull();
        }
        assertThat(article.continuedFrom()).isNull();
        assertThat(article.body()).as("nothing lost at the end of %s", file.getFileName()).endsWith(lastLine);
    }
}
