package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two plain headline lines directly over a news lead: one headline printed on two lines, unless a kicker's or a
 * subtitle's mark says otherwise. Hand-written pages in the genre's shapes.
 */
class TwoLineHeadlinesTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldReadTwoPlainLinesOverALeadAsOneHeadline() {
        List<Article> articles = splitter.split("""
                某县人大常委会召开主任会议
                研究部署下半年重点工作

                7月2日上午，县人大常委会主任会议召开，研究部署下半年重点工作。
                会议听取了关于上半年工作情况的汇报。
                """);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("某县人大常委会召开主任会议 研究部署下半年重点工作");
        assertThat(articles.get(0).kicker()).isNull();
        assertThat(articles.get(0).subtitle()).isNull();
    }

    @Test
    void shouldKeepAKickerOverItsHeadline() {
        // a short column label over a much longer headline is a kicker, lead or no lead
        List<Article> articles = splitter.split("""
                代表风采
                扎根基层二十年的村支书当选市人大代表

                本报讯（记者 某某）3月4日，记者来到某村采访了新当选的市人大代表。
                """);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).kicker()).isEqualTo("代表风采");
        assertThat(articles.get(0).title()).isEqualTo("扎根基层二十年的村支书当选市人大代表");
    }

    @Test
    void shouldKeepASubtitleProperUnderItsTitle() {
        List<Article> articles = splitter.split("""
                春风化雨润民心
                ——记市人大代表某某的履职故事

                5月10日，记者走进某社区，听居民讲述代表某某的故事。
                """);

        assertThat(articles.get(0).title()).isEqualTo("春风化雨润民心");
        assertThat(articles.get(0).subtitle()).isEqualTo("——记市人大代表某某的履职故事");
    }

    @Test
    void shouldKeepTheTitleAndSubtitleReadingWhenNoLeadFollows() {
        // the text under the lines opens as no lead does: nothing says the two lines are one headline
        List<Article> articles = splitter.split("""
                民生实事项目稳步推进
                代表票决制度落地见效

                民生实事项目由人大代表票决产生，是常委会监督的重点。
                """);

        assertThat(articles.get(0).title()).isEqualTo("民生实事项目稳步推进");
        assertThat(articles.get(0).subtitle()).isEqualTo("代表票决制度落地见效");
    }

    @Test
    void shouldNotTakeAOneLineBriefForAHeadlinesSecondLine() {
        // a line with a full stop is a one-line brief under its headline, not the headline's second line
        List<Article> articles = splitter.split("""
                县人大常委会开展执法检查
                6月5日，县人大常委会执法检查组深入企业开展安全生产法执法检查。
                """);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("县人大常委会开展执法检查");
        assertThat(articles.get(0).body()).startsWith("6月5日");
    }

    @Test
    void shouldKeepTheLineNamingWhoSpokeAsTheSubtitle() {
        // the genre's subtitle under a meeting's headline names who spoke and who attended
        List<Article> articles = splitter.split("""
                某县第十九届人民代表大会第三次会议开幕
                李某作政府工作报告 王某张某出席

                本报讯（记者 某某）1月8日上午，某县第十九届人民代表大会第三次会议开幕。
                """);

        assertThat(articles.get(0).title()).isEqualTo("某县第十九届人民代表大会第三次会议开幕");
        assertThat(articles.get(0).subtitle()).isEqualTo("李某作政府工作报告 王某张某出席");
    }

    @Test
    void shouldNotJoinAPagesChromeOrACreditToTheHeadline() {
        // a row of buttons (spaces between words) or a credit over the headline is no line of it
        List<Article> articles = splitter.split("""
                放大 缩小 默认
                代表委员向大会报到

                昨天，出席市人民代表大会的代表来到驻地报到。
                """);

        assertThat(articles.get(0).title()).isNotEqualTo("放大 缩小 默认 代表委员向大会报到");
        assertThat(List.of(articles.get(0).title(), String.valueOf(articles.get(0).subtitle()))).contains("代表委员向大会报到");
    }
}
