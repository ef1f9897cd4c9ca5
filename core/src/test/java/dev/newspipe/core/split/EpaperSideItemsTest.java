package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written e-paper pages whose side items carry only a byline, with the credits that must not start an item. */
class EpaperSideItemsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartAnItemAtAByLineBetweenAFinishedParagraphAndProse() {
        List<Article> articles = splitter.split("""
                本报记者 张三
                社区居民怎样参与社区治理？东风社区设立“热心人”岗位，是探索基层治理的新实践。
                今年以来，“热心人”协同排查9次，发现并制止违法倾倒事件5起。
                本报记者 李四
                春风又绿塞上城。2月25日上午，我市与友好城市召开全面合作座谈会，签署多项合作协议。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).byline()).isEqualTo("本报记者 李四");
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("春风又绿塞上城");
    }

    @Test
    void shouldKeepACreditThatEndsAnArticleOrClosesACaption() {
        // a closing dateline with the credit: the end of the article above, then a meta line
        List<Article> closing = splitter.split("""
                澳门代表团举行全体会议
                代表们表示，将认真履职，为国家发展建言献策，确保各项工作落到实处。
                (北京七日電)
                本報記者 馮靖欣
                """);
        assertThat(closing).hasSize(1);

        // a photographer's credit under a caption, above the next item's prose: it closes the caption
        List<Article> caption = splitter.split("""
                2月27日，全国人大代表王五（中）和同事们研究产品的装配工艺。王五是某公司的技术工人。
                新华社记者 赵六摄
                编者按 在今年全国两会的代表委员中，很多人是“老面孔”。他们听民声、集民意，积极参政议政。
                """);
        assertThat(caption.get(0).paragraphs()).contains("新华社记者 赵六摄");
    }
}
