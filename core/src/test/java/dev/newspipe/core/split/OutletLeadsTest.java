package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news lead that opens with its outlet ({@code 某某日报消息，}, {@code CCTV.com消息(新闻联播)：}, {@code 某某网3月5日消息}): a
 * heading over it starts an article even where no blank line sets it off (a page that sets every line off alike). Its
 * counter-example: a sentence that mentions news ({@code 听到这一消息，…}) under a subhead goes on with the article.
 * Hand-written pages.
 */
class OutletLeadsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    /** The item above the one under test: a headline and two finished paragraphs. */
    private static final String ITEM_ABOVE = """
            县人大常委会召开主任会议
            县人大常委会主任会议研究了常委会下次会议的议程。
            会议决定下次会议于月底举行。
            """;

    private static String doubleSpaced(String page) {
        return String.join("\n\n", page.lines().filter(l -> !l.isBlank()).toList()) + "\n";
    }

    @Test
    void shouldStartAnArticleAtAHeadingOverALeadThatNamesItsPaperBeforeAComma() {
        List<Article> articles = splitter.split(doubleSpaced(ITEM_ABOVE + """
                市政府召开常务会议
                某某日报消息，11月26日，市长主持召开市政府常务会议，研究部署冬季安全生产工作。
                会议强调，要压实各方责任。
                """));
        assertThat(articles).extracting(Article::title).containsExactly("县人大常委会召开主任会议", "市政府召开常务会议");
    }

    @Test
    void shouldStartAnArticleAtAHeadingOverALatinOutletsLeadOrADatedReport() {
        List<Article> articles = splitter.split(doubleSpaced(ITEM_ABOVE + """
                出席大会的代表团全部抵京
                CCTV.com消息(新闻联播)：出席大会的各代表团今天全部抵达北京。
                代表们表示要积极建言献策。
                代表们对今年的工作有这些期待
                某某网北京3月5日消息(记者 某某)代表们对今年的大会有很多期待。
                """));
        assertThat(articles).extracting(Article::title)
                .containsExactly("县人大常委会召开主任会议", "出席大会的代表团全部抵京", "代表们对今年的工作有这些期待");
    }

    @Test
    void shouldKeepASubheadOverASentenceAboutNewsInTheArticle() {
        List<Article> articles = splitter.split(doubleSpaced("""
                村里通了公路
                今年秋天，村里的公路终于修通了，村民们奔走相告。
                喜讯传来
                听到这一消息，在外务工的村民纷纷打来电话表示祝贺。
                老支书说，这条路大家盼了三十年。
                """));
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldReadASpeakersColonHeadlineOverACitedWireLeadAsTheNextItemsHeadline() {
        List<Article> articles = splitter.split("""
                三国外长将应邀访华
                据新华社电 外交部发言人1日宣布，三国外长将于近日访华。
                外交部:欢迎某市市长率团访华
                据新华社电(记者 某某) 某市市长将于下周率团访华，外交部发言人表示欢迎。
                """);
        assertThat(articles).extracting(Article::title).containsExactly("三国外长将应邀访华", "外交部:欢迎某市市长率团访华");
    }

    @Test
    void shouldKeepAFieldAndItsValueOverAWireLeadInTheArticle() {
        // 转自:某某日报 names a source, not what someone said: no headline
        List<Article> articles = splitter.split("""
                市人大常委会举行主任会议
                转自:某某日报
                本报3月16日讯 (记者 某某)市人大常委会16日举行主任会议，研究常委会会议议程。
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("市人大常委会举行主任会议");
    }
}
