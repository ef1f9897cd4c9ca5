package dev.newspipe.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.Newsdesk;
import dev.newspipe.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelSetsTest {

    @Test
    void shouldReadEveryGenreFolderInTheLabelFormat(@TempDir Path genre) throws IOException {
        Path a = Files.createDirectories(genre.resolve("a/docs"));
        Files.writeString(a.resolve("one.txt"), "市人大常委会举行会议\n\n会议审议了有关报告。\n");
        Files.writeString(a.resolve("page.txt"), "标题一\n\n甲乙丙丁。\n");
        Files.writeString(genre.resolve("a/labels.json"), """
                {"documents": {
                  "docs/one.txt": {"categories": ["session_notice", "other"], "shapes": ["short"]},
                  "docs/page.txt": {"categories": ["other"], "articles": [
                    {"title": "标题一", "starts_with": "甲乙丙丁", "category": "other"},
                    {"title": null, "starts_with": "戊己庚", "category": "work_report"}]}
                }}""");
        Files.createDirectories(genre.resolve("b")); // a folder without labels yet is skipped

        List<LabelledDocument> docs = LabelSets.genre(genre);

        assertThat(docs).hasSize(2);
        LabelledDocument one = docs.stream().filter(d -> d.name().equals("docs/one.txt")).findFirst().orElseThrow();
        assertThat(one.set()).isEqualTo("genre/a");
        assertThat(one.categories()).containsExactly("session_notice", "other");
        assertThat(one.articlesLabelled()).isFalse();
        assertThat(one.file()).isRegularFile();
        LabelledDocument page = docs.stream().filter(d -> d.name().equals("docs/page.txt")).findFirst().orElseThrow();
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(1).titles()).isEmpty();
        assertThat(page.articles().get(1).bodyStarts()).containsExactly("戊己庚");
    }

    @Test
    void shouldScoreAPageWithAMissingArticleAsNotFound(@TempDir Path genre) throws IOException {
        Path a = Files.createDirectories(genre.resolve("a/docs"));
        Files.writeString(a.resolve("page.txt"), "市统计局发布统计公报\n\n全年地区生产总值比上年增长5%。按可比价格计算，比上年末增长3%。\n");
        Files.writeString(genre.resolve("a/labels.json"), """
                {"documents": {"docs/page.txt": {"categories": ["other"], "articles": [
                    {"title": "市统计局发布统计公报", "starts_with": null, "category": "other"},
                    {"title": "不存在的标题", "starts_with": "不存在的正文", "category": "work_report"}]}}}""");

        QualityRun run = QualityRun.of(Newsdesk.offline(), LabelSets.genre(genre));
        DocumentResult result = run.results().get(0);

        assertThat(result.labelledArticles()).isEqualTo(2);
        assertThat(result.foundArticles()).isEqualTo(1);
        assertThat(result.judgements()).hasSize(2);
        assertThat(result.judgements().get(1).predicted()).isNull();
        assertThat(result.keptShare()).isEqualTo(1.0);
    }

    @Test
    void shouldReadTheProjectsOwnSets() {
        List<LabelledDocument> docs = LabelSets.all(TestData.root());
        assertThat(docs).extracting(LabelledDocument::set).contains("samples", "devset", "corpus");
        assertThat(docs).allSatisfy(d -> assertThat(d.file()).isRegularFile());
    }
}
