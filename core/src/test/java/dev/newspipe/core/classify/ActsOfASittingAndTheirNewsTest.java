package dev.newspipe.core.classify;

import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headed;
import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headless;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import org.junit.jupiter.api.Test;

/**
 * Shapes that recur across the genre's shares (issue 8, genre/c..h): a standing committee's personnel lists, adoption
 * lines a web copy damaged, a decision reported rather than printed, the two sessions' press conference, a report
 * passed, the CPPCC's members in their groups and a standing committee's tally of its work. Hand-written texts, each
 * with a counter-example that keeps its category.
 */
class ActsOfASittingAndTheirNewsTest {

    private final ArticleClassifier classifier = new ArticleClassifier();

    private void assertCategory(Article article, Category expected) {
        Classification c = classifier.classify(article);
        assertThat(c.category()).as(c.toString()).isEqualTo(expected);
    }

    @Test
    void shouldTakeAStandingCommitteesAppointmentListForSessionNewsThoughAdopted() {
        assertCategory(headed("某县人大常委会任命名单", "（2024年6月28日某县第十八届人民代表大会常务委员会第十九次会议通过）", "任命：",
                "张某为某县人民法院审判员。"), Category.SESSION_NOTICE);
        assertCategory(headed("某市人大常委会免职名单", "（2024年6月28日某市第十六届人民代表大会常务委员会第二十次会议通过）", "免去：",
                "王某的某市人民检察院检察员职务。"), Category.SESSION_NOTICE);
        // Counter-examples: a resolution under the same adoption line stays one; a CPPCC body's list is the CPPCC's.
        assertCategory(headed("某县人民代表大会常务委员会关于批准2023年县级财政决算的决议",
                "（2024年6月28日某县第十八届人民代表大会常务委员会第十九次会议通过）",
                "某县第十八届人民代表大会常务委员会第十九次会议审查了县人民政府提出的2023年县级财政决算，决定批准2023年县级财政决算。"),
                Category.RESOLUTION);
        assertCategory(headed("政协某市委员会常务委员会任命名单", "（2024年3月5日政协某市第十届委员会常务委员会第五次会议通过）", "任命：",
                "李某为政协某市委员会副秘书长。"), Category.OTHER);
    }

    @Test
    void shouldReadAnAdoptionLineWhoseDateLostItsSeparators() {
        // 2023年5月10日 copied as 2023510日: still the line that heads an adopted text.
        assertCategory(headless("2023510日某县第十八届人民代表大会常务委员会第十二次会议通过）",
                "会议同意县人民政府提出的调整方案，决定批准这个方案。会议要求，县人民政府认真组织实施。"), Category.RESOLUTION);
        // Counter-example: a dated news sentence with the same damage is no adoption line.
        assertCategory(headless("2023510日上午，某县人大常委会举行第十二次会议，听取和审议县人民政府关于调整方案的报告。",
                "县人大常委会主任主持会议。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeADecisionReportedInTheReportersAbbreviationForSessionNews() {
        assertCategory(headless("十四届全国人大常委会第十次会议决定：十四届全国人大二次会议将于2024年3月5日在北京召开。"), Category.SESSION_NOTICE);
        // Counter-example: the decision's own text names the bodies in full.
        assertCategory(headless("第十四届全国人民代表大会常务委员会第十次会议决定：第十四届全国人民代表大会第二次会议于2024年3月5日在北京召开。"),
                Category.RESOLUTION);
    }

    @Test
    void shouldTakeTheTwoSessionsPressConferenceForTheCongressSessionsNotice() {
        assertCategory(headless("1月10日，某省两会新闻发布会在某市召开。记者从会上获悉，某省十四届人大三次会议将于1月15日开幕，会期4天。"),
                Category.SESSION_NOTICE);
        // Counter-examples: the two sessions' news centre at work names no session of the congress; nor does a press
        // conference that announces the CPPCC's session alone.
        assertCategory(headless("1月10日，某省两会新闻中心举办首场集体采访活动，邀请政协委员介绍履职情况。"), Category.OTHER);
        assertCategory(headless("政协某省第十三届委员会第三次会议将于1月14日开幕，某省两会新闻发布会今天召开，介绍委员提案准备情况。"),
                Category.OTHER);
    }

    @Test
    void shouldTakeAReportPassedForNewsOfTheSitting() {
        assertCategory(headed("某县人民检察院工作报告获全票通过", "1月20日，县人民检察院党组书记、检察长代表县人民检察院在县第十八届人民代表大会第三次会议上作工作报告。",
                "经大会表决，报告获全票通过。"), Category.SESSION_NOTICE);
        // Counter-example: the government's own executive meeting passing a draft is no sitting of the congress.
        assertCategory(headed("市政府工作报告征求意见稿获市政府常务会议原则通过", "1月3日，市政府召开常务会议，讨论政府工作报告（征求意见稿）。"),
                Category.OTHER);
    }

    @Test
    void shouldTakeCppccMembersDiscussingInGroupsForTheCppccsSession() {
        assertCategory(headless("1月15日上午，某省第十四届人民代表大会第三次会议开幕，省长作政府工作报告。当天下午，出席省政协十三届三次会议的委员们分组讨论政府工作报告，畅谈感受。"),
                Category.OTHER);
        // Counter-example: congress news names the CPPCC's members who attend beside its deputies.
        assertCategory(headless("1月15日上午，某省第十四届人民代表大会第三次会议开幕。出席会议的人大代表和列席会议的政协委员分组讨论了政府工作报告。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAStandingCommitteesTallyOfItsWorkForItsReport() {
        assertCategory(headless("五年来，共举行40次常委会会议，制定和修改法规95件，听取审议工作报告60项，组织执法检查30项，开展专题询问6次。",
                "始终坚持正确政治方向", "加强自身建设，提高履职能力。"), Category.WORK_REPORT);
        // Counter-example: news of one sitting counts the reports that sitting heard.
        assertCategory(headless("6月28日，市人大常委会举行第十九次会议，会议听取审议了市人民政府关于环境状况的报告等5个报告。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeALeadThatFindsItsNewsInTheDeliveredReportForTheReport() {
        assertCategory(headless("“建设城际铁路”“推进老旧小区改造”……这些新举措，在某省十四届人大二次会议上省长所作政府工作报告中引人注目。"),
                Category.WORK_REPORT);
        // Counter-example: the session's opening told first is news of the sitting, whatever the report then says.
        assertCategory(headless("3月5日上午，十四届全国人大二次会议在人民大会堂开幕。国务院总理在所作的政府工作报告中提出，今年经济增长预期目标为5%左右。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldNotTakeAPartyGroupPostForThePartyActing() {
        // 党组书记、院长 is the post of the person who delivers the report: no party body acts.
        Classification post = classifier.classify(headless("1月18日上午，县法院党组书记、院长在县第十八届人民代表大会第三次会议上作工作报告。"));
        assertThat(post.cues()).noneMatch(c -> c.contains("issuer is a party body"));
        // Counter-example: the party group meeting is the party at work.
        Classification meeting = classifier.classify(headless("1月8日，县法院党组召开会议，研究部署全年工作。"));
        assertThat(meeting.cues()).anyMatch(c -> c.contains("issuer is a party body"));
        assertThat(meeting.category()).isEqualTo(Category.OTHER);
    }

    @Test
    void shouldTakeAHeadlineWhereTheReportProposesForTheReport() {
        assertCategory(headed("某省政府工作报告把稳就业放在今年重点工作首位", "今年，全省将实施就业优先政策，新增城镇就业60万人以上。"),
                Category.WORK_REPORT);
        // Counter-example: a report the congress acts on is news of the sitting.
        assertCategory(headed("某省十四届人大二次会议表决通过政府工作报告", "1月26日上午，某省十四届人大二次会议举行第三次全体会议，表决通过政府工作报告。"),
                Category.SESSION_NOTICE);
    }
}
