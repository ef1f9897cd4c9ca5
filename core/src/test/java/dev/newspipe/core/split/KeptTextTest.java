package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.PageRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measure of text kept on hand-made articles: what counts as kept, and what does not. */
class KeptTextTest {

    private static Article article(int seq, String title, String... paragraphs) {
        return new Article(PageRef.NONE, seq, null, title, null, null, List.of(paragraphs), null, null, null);
    }

    @Test
    void shouldCountALineKeptWhenOneArticleHoldsIt() {
        String page = "市人大常委会召开会议\n\n会议听取了报告。\n";
        assertThat(KeptText.of(page, List.of(article(1, "市人大常委会召开会议", "会议听取了报告。"))).ratio()).isEqualTo(1.0);
    }

    @Test
    void shouldCountAHeadlineGluedToItsAdoptionLineKeptWhenReadAsTitleAndParagraph() {
        // a law site prints the title and its adoption line on one line; the splitter reads a title and a paragraph
        String page = "关于县乡两级人民代表大会代表选举时间的决定(1992年7月1日第七届全国人民代表大会常务委员会第二十七次会议通过)\n决定如下。\n";
        List<Article> articles = List.of(article(1, "关于县乡两级人民代表大会代表选举时间的决定",
                "(1992年7月1日第七届全国人民代表大会常务委员会第二十七次会议通过)", "决定如下。"));
        assertThat(KeptText.of(page, articles).ratio()).isEqualTo(1.0);
    }

    @Test
    void shouldNotCountALineKeptInPiecesOfTwoArticles() {
        String page = "关于县乡两级人民代表大会代表选举时间的决定(1992年7月1日通过)\n";
        List<Article> articles = List.of(article(1, "关于县乡两级人民代表大会代表选举时间的决定", "正文。"),
                article(2, "另一篇", "(1992年7月1日通过)"));
        assertThat(KeptText.of(page, articles).lost()).hasSize(1);
    }

    @Test
    void shouldNotCountALineKeptWhenPartOfItIsGone() {
        String page = "关于县乡两级人民代表大会代表选举时间的决定(1992年7月1日通过)\n";
        List<Article> articles = List.of(article(1, "关于县乡两级人民代表大会代表选举时间的决定", "正文。"));
        assertThat(KeptText.of(page, articles).lost()).hasSize(1);
    }
}
