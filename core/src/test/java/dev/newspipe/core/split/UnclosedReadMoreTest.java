package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written teaser blocks whose read-more links lost their closing bracket ({@code …。【详细}), with a counter-example
 * (see {@link ItemHeadings#endsWithUnclosedReadMore}).
 */
class UnclosedReadMoreTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldEndATeaserAtALinkThatLostItsClosingBracket() {
        List<Article> articles = splitter.split("""
                某某表示，过去五年，某市人大常委会不断丰富制度实践，积累了新的宝贵经验。【详细
                今年是全面贯彻落实会议精神的开局之年，也是新一届常委会依法履职的第一年。【详细
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("今年是全面贯彻落实");
    }

    @Test
    void shouldKeepABracketOpenedInsideASentenceAsText() {
        // 【详细 inside a broken sentence (no finished sentence before it) is no link: the layout's break is joined
        List<Article> articles = splitter.split("""
                会议审议了关于某某条例的说明【详细
                内容见附件】，并作出决定。
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).hasSize(1);
    }

    @Test
    void shouldStartAnItemAtEachHeadlineOverATeaserEndingInAWordedLink() {
        // a special page: plain headlines, each over a teaser that ends in the site's link words ([点击详细], [查看全文])
        List<Article> articles = splitter.split("""
                某市第五届人民代表大会第三次会议议程
                某市第五届人民代表大会第三次会议议程，经大会预备会议通过。[点击详细]
                某市人民政府工作报告
                市长代表市人民政府向大会报告工作，请予审议，并请政协委员提出意见。 [查看全文]
                2015年某市人大常委会工作综述
                2015年，是某市人大常委会依法履职、开拓进取的一年。[详情]
                """);
        assertThat(articles).extracting(Article::title)
                .containsExactly("某市第五届人民代表大会第三次会议议程", "某市人民政府工作报告", "2015年某市人大常委会工作综述");
    }

    @Test
    void recognisesTheLinkOnlyAfterAFinishedSentence() {
        assertThat(ItemHeadings.endsWithUnclosedReadMore("开创了人大工作新局面。【详细")).isTrue();
        assertThat(ItemHeadings.endsWithUnclosedReadMore("开创了人大工作新局面。【详细】")).isFalse(); // the closed form is read elsewhere
        assertThat(ItemHeadings.endsWithUnclosedReadMore("条例的说明【详细")).isFalse();
    }
}
