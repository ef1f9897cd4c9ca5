package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written day views of a chronicle archive ({@link DayViewSources}), with counter-examples. */
class DayViewSourcesTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldMakeEachSourceBlockOfADayViewAnItem() {
        List<Article> articles = splitter.split("""
                目录

                年月日>19620314

                上一日:19620313-年月日

                下一日:19620315-年月日

                分析思考>19620314

                某某年谱>19620314

                03月14日

                △上午,在省委召开的座谈会上听取农村工作汇报。
                下午,到城郊公社视察春耕准备工作。

                某某日记>19620314

                1962年03月14日

                △阴。上午在所里看稿,下午开所务会议,讨论年度工作计划。

                某市日报>19620314

                城郊公社抓紧春耕准备

                版面:头版

                本报讯 城郊公社各生产队抓紧春耕前的准备工作,积肥、修渠、选种全面展开。
                """);
        assertThat(articles).extracting(Article::title)
                .containsExactly("某某年谱>19620314", "某某日记>19620314", "城郊公社抓紧春耕准备");
        // the archive's index and links go with the first block, and no source's entries go with another's
        assertThat(String.join("\n", articles.get(0).paragraphs())).contains("03月14日", "视察春耕准备工作");
        assertThat(String.join("\n", articles.get(1).paragraphs())).contains("1962年03月14日", "开所务会议")
                .doesNotContain("本报讯");
        assertThat(String.join("\n", articles.get(2).paragraphs())).contains("本报讯 城郊公社");
    }

    @Test
    void shouldLeaveAPageWithASingleSourceHeadingAsItWas() {
        // one heading with a day key is no day view: a subhead-like line stays inside the article
        String page = """
                城郊公社抓紧春耕准备
                本报讯 城郊公社各生产队抓紧春耕前的准备工作,积肥、修渠、选种全面展开。
                资料>19620314
                03月14日
                公社召开生产队长会议,部署春耕工作。
                """;
        assertThat(splitter.split(page)).hasSize(1);
        assertThat(DayViewSources.dayKey(List.of("资料>19620314", "另一资料>19620315"))).isEmpty();
        assertThat(DayViewSources.dayKey(List.of("资料>19620314", "另一资料>19620314"))).contains("19620314");
    }
}
