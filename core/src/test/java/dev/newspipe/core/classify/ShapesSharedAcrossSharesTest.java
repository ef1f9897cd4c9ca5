package dev.newspipe.core.classify;

import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headed;
import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headless;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import org.junit.jupiter.api.Test;

/**
 * Shapes the shares held out until n and o share with the earlier ones: organs watching a session's broadcast, a vote's
 * tally, a plenum named only as the time's setting, a standing committee's numbered plenary, a resolution's operative
 * sentence with a comma, deputies and members checking in, a foreign legislature, the two sessions convened.
 * Hand-written texts in the genre's shapes, each with a counter-example that keeps its category.
 */
class ShapesSharedAcrossSharesTest {

    private static final ArticleClassifier CLASSIFIER = new ArticleClassifier();

    /** Classifies {@code article}, asserts its category (the cues in the message) and returns the judgement. */
    static Classification assertCategory(Article article, Category expected) {
        Classification c = CLASSIFIER.classify(article);
        assertThat(c.category()).as(c.toString()).isEqualTo(expected);
        return c;
    }

    @Test
    void shouldTakeOrgansWatchingASessionsBroadcastForTheirOwnActivity() {
        assertCategory(headed("区人大常委会机关组织收看全国人大会议开幕式",
                "3月5日上午，第十四届全国人民代表大会第三次会议在北京开幕。区人大常委会组织机关干部集中收看了大会直播。大家认为，报告实事求是、鼓舞人心。"),
                Category.OTHER);
        // a caption without a headline: the session's opening first, the watchers after it
        assertCategory(headless("3月5日，第十四届全国人民代表大会第三次会议在北京开幕。我镇各村组织党员群众收听收看。图为镇机关干部认真收看开幕会。"),
                Category.OTHER);
        // Counter-example: the session's own news, whose deputies watch a warning film at the preparatory meeting.
        assertCategory(headed("区十八届人大三次会议举行预备会议",
                "1月8日下午，区十八届人大三次会议举行预备会议。会议选举产生了大会主席团，通过了大会议程，代表们观看了警示教育片。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAVotesTallyForNewsOfTheSitting() {
        assertCategory(headed("检察院报告得票率最低",
                "昨日会议表决的六份报告中，检察院工作报告得票率较去年上升。宪法修正案获得通过，赞成二千八百票，反对十二票，弃权二十票。"),
                Category.SESSION_NOTICE);
        // Counter-example: a vote of the UN's General Assembly counts its abstentions too.
        assertCategory(headed("决议获得通过",
                "联大当天以141票赞成、5票反对、35票弃权通过决议，要求有关各方立即停火。"), Category.OTHER);
    }

    @Test
    void shouldReadAPlenumNamedInTheLeadsSettingAsNoActor() {
        assertCategory(headless("在全县上下深入学习贯彻党的二十届三中全会和市委五届七次全会精神的关键时刻，县十八届人大四次会议今天上午在县会议中心开幕。"
                + "大会应到代表200人，实到186人，符合法定人数。"), Category.SESSION_NOTICE);
        // Counter-example: after the same setting, the party committee meets.
        assertCategory(headless("在全县上下深入学习贯彻党的二十届三中全会精神之际，县委十五届六次全会今天召开。全会审议通过了县委常委会工作报告。"),
                Category.OTHER);
    }

    @Test
    void shouldTakeAStandingCommitteesNumberedPlenaryForItsSitting() {
        assertCategory(headed("人大常委会委员在第二次全会上说 外交工作成绩显著",
                "本报北京电 全国人大常委会第十次会议今天上午举行第二次全体会议，委员们就国际形势发言。"), Category.SESSION_NOTICE);
        // Counter-example: a party committee's plenum, named by its term.
        assertCategory(headed("市委十二届五次全会召开", "市委十二届五次全会今天召开，审议通过了市委常委会工作报告。"), Category.OTHER);
    }

    @Test
    void shouldReadAResolutionsOperativeSentenceWithACommaAfterItsDecision() {
        assertCategory(headless("某某市第十五届人民代表大会第三次会议审查了市人民政府提出的《关于某某市2023年预算执行情况和2024年预算草案的报告》，"
                + "同意市人大财政经济委员会的审查结果报告。会议决定，批准《关于某某市2023年预算执行情况和2024年预算草案的报告》，批准2024年市本级预算。"),
                Category.RESOLUTION);
        // Counter-example: news of the sitting dates it first.
        assertCategory(headless("1月10日上午，某某市第十五届人民代表大会第三次会议举行第二次全体会议，审查预算报告。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeDeputiesAndMembersCheckingInForTheSession() {
        assertCategory(headed("出席全国两会的代表、委员已经报到", "大会准备工作全部就绪。"), Category.SESSION_NOTICE);
        // Counter-example: deputies reporting to their liaison station between sessions.
        assertCategory(headed("人大代表、委员进站报到 倾听群众呼声", "近日，区人大代表到代表联络站开展接待活动。"), Category.OTHER);
    }

    @Test
    void shouldTakeAForeignLegislaturesVoteForOther() {
        assertCategory(headed("某国国会推翻总统否决 通过制裁法案",
                "新华社华盛顿电 某国国会参议院今天以78票对21票推翻了总统对制裁议案的否决。"), Category.OTHER);
        // Counter-example: a delegation's deliberation meeting (审议会议) is no foreign legislature.
        assertCategory(headed("省委书记出席代表团审议会议", "1月26日上午，省十四届人大二次会议各代表团分组审议政府工作报告。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeTheTwoSessionsConvenedInAHeadlineForSessionNews() {
        assertCategory(headed("多省两会密集召开 换届选举受关注",
                "本周，多个省份的两会陆续召开，各地领导班子将完成换届。"), Category.SESSION_NOTICE);
        // Counter-example: a lead that names them as its setting tells something else (deputies interviewed).
        assertCategory(headless("在全国两会召开前夕，五位全国人大代表接受本报记者采访，谈履职心得。"), Category.OTHER);
    }
}
