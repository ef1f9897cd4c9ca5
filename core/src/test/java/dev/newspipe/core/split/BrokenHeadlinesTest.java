package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.split.BrokenHeadlines.Cue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two heading lines: one headline a narrow column broke, or a kicker over its title, or a title over its subtitle.
 * Hand-written headings in the genre's shapes.
 */
class BrokenHeadlinesTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldJoinLinesWhenATermAndSessionRunAcrossTheBreak() {
        assertThat(BrokenHeadlines.cue("市政协十二", "届三次会议今日开幕", "")).contains(Cue.NAME_ACROSS);
        assertThat(BrokenHeadlines.cue("某县人民代表大", "会常务委员会公告", "")).contains(Cue.NAME_ACROSS);
        assertThat(BrokenHeadlines.cue("某市人民代表大会", "常务委员会工作报告", "")).contains(Cue.NAME_ACROSS);
    }

    @Test
    void shouldJoinLinesWhenAPlaceNameRunsAcrossTheBreak() {
        assertThat(BrokenHeadlines.cue("首届农民丰收节在河", "南周口开幕", "")).contains(Cue.PLACE_ACROSS);
        assertThat(BrokenHeadlines.cue("一季度全市经济运行稳中有进", "高新区项目建设提速", "")).isEmpty();
    }

    @Test
    void shouldJoinLinesWhenTheFirstEndsWhereNoHeadlineEnds() {
        assertThat(BrokenHeadlines.cue("我市召开优化营商环境和", "民营经济发展座谈会", "")).contains(Cue.OPEN_END);
        assertThat(BrokenHeadlines.cue("市人大常委会审议《某市物业", "管理条例(草案)》", "")).contains(Cue.OPEN_END);
        assertThat(BrokenHeadlines.cue("县委常委会学习贯彻全会精神并", "部署下阶段工作", "")).contains(Cue.OPEN_END);
    }

    @Test
    void shouldJoinLinesWhenTheSecondOpensWhereNoHeadlineOpens() {
        assertThat(BrokenHeadlines.cue("代表们热议报告中", "的民生实事", "")).contains(Cue.CONTINUED_START);
    }

    @Test
    void shouldJoinABodysNameAloneToWhatItDid() {
        assertThat(BrokenHeadlines.cue("县十五届人大二次会议", "收到代表建议86件", "")).contains(Cue.SUBJECT_LINE);
        assertThat(BrokenHeadlines.cue("某市人大代表", "开展专题视察活动", "")).contains(Cue.SUBJECT_LINE);
        // a notice's name over its number stays a title over its subtitle
        assertThat(BrokenHeadlines.cue("县人大常委会公告", "第3号", "")).isEmpty();
    }

    @Test
    void shouldJoinAVerbToItsObject() {
        assertThat(BrokenHeadlines.cue("市人大代表走进", "社区倾听群众心声", "")).contains(Cue.OPEN_END);
        assertThat(BrokenHeadlines.cue("全面深化改革走向深入", "重点领域取得新成就", "")).isEmpty();
    }

    @Test
    void shouldJoinAnIssuerOverItsDocumentPhrase() {
        assertThat(BrokenHeadlines.cue("某县第八届人民代表大会第三次会议", "关于县人民法院工作报告的决议", "")).contains(Cue.DOCUMENT_NAME);
    }

    @Test
    void shouldJoinLinesWhenTheTextPrintsTheWordTheBreakCut() {
        assertThat(BrokenHeadlines.cue("全市春耕生产进展顺", "利农资供应充足", "今年全市春耕生产进展顺利，化肥种子供应充足。"))
                .contains(Cue.WORD_IN_TEXT);
        assertThat(BrokenHeadlines.cue("全市春耕生产进展顺", "利农资供应充足", "各地抢抓农时开展生产。")).isEmpty();
    }

    @Test
    void shouldKeepTwoPhrasesWithoutACueApart() {
        // a title over its subtitle naming who attended, a short column label over its title
        assertThat(BrokenHeadlines.cue("市委经济工作会议召开", "部署明年重点工作", "12月20日，市委经济工作会议召开。")).isEmpty();
        assertThat(BrokenHeadlines.cue("两会观察", "代表委员建言乡村振兴", "")).isEmpty();
    }

    @Test
    void shouldKeepASubtitleProperWhateverTheCuesSay() {
        assertThat(BrokenHeadlines.cue("政府工作报告", "2025年1月10日在市第十六届人民代表大会第三次会议上", "")).isEmpty();
        assertThat(BrokenHeadlines.cue("春风化雨润民心的", "——记市人大代表张某的履职故事", "")).isEmpty();
    }

    @Test
    void shouldReadABrokenHeadlineAsOneTitleOnAPage() {
        List<Article> articles = splitter.split("""
                市人大常委会召开主任会议

                会议听取了关于全市重点项目建设情况的报告。
                会议要求，各有关部门要抓紧推进项目建设，确保按期完成。

                某区政协十一
                届二次会议闭幕

                本报讯 为期三天的区政协会议今天上午闭幕。
                会议审议通过了常委会工作报告和提案工作情况报告。

                两会观察
                代表委员建言乡村振兴

                本报讯 代表委员们围绕乡村振兴踊跃建言献策。
                """);

        assertThat(articles).extracting(Article::title)
                .containsExactly("市人大常委会召开主任会议", "某区政协十一届二次会议闭幕", "代表委员建言乡村振兴");
        assertThat(articles.get(1).subtitle()).isNull();
        assertThat(articles.get(2).kicker()).isEqualTo("两会观察");
    }
}
