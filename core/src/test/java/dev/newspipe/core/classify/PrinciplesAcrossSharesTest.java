package dev.newspipe.core.classify;

import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headed;
import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headless;
import static dev.newspipe.core.classify.ShapesSharedAcrossSharesTest.assertCategory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import org.junit.jupiter.api.Test;

/**
 * Principles behind misses of several shares (round 14): a year told as done under the congress's supervision is a work
 * report's; what a delivered report says, attributed to it, is its content; a congress convened with its session
 * written before it (第十九届第一次人民代表大会) is in session. Hand-written texts in the genre's shapes, each with a counter-example that keeps its category.
 */
class PrinciplesAcrossSharesTest {

    /** Asserts the category and that the principle's cue is among the evidence that decided it. */
    private static void assertDecidedBy(Article article, Category expected, String cue) {
        Classification c = assertCategory(article, expected);
        assertThat(c.cues()).as(c.toString()).anyMatch(fired -> fired.contains(cue));
    }

    @Test
    void shouldTakeAYearUnderTheCongresssSupervisionForAWorkReport() {
        // a digest's label over the report's own review, without a word of a sitting
        assertDecidedBy(headed("内容提要",
                "2023年是全面贯彻党的二十大精神的开局之年。一年来，在市委的坚强领导下，在县人大、县政协的监督支持下，全县上下团结奋进，"
                        + "经济运行稳中向好，地区生产总值增长5.2%，一般公共预算收入增长6.1%。"),
                Category.WORK_REPORT, "a year under the congress's supervision");
        // behind a document site's furniture, the supervision written with its standing committee
        assertDecidedBy(headless("文档页数：18", "下载文档", "过去五年，在县委的正确领导下，在县人大及其常委会的监督和支持下，县政府团结依靠全县人民，"
                + "扎实推进各项工作，全县经济社会发展取得新成效。"), Category.WORK_REPORT, "a year under the congress's supervision");
        // Counter-example: a party plenum's news names the party's leadership, and no congress supervises it.
        assertCategory(headed("县委十五届六次全会召开",
                "全会认为，一年来，在市委的坚强领导下，全县上下坚定信心、真抓实干，各项事业取得新进展。全会审议通过了县委常委会工作报告。"),
                Category.OTHER);
    }

    @Test
    void shouldTakeWhatADeliveredReportSaysForItsContent() {
        assertDecidedBy(headed("市长在政府工作报告中表示 今年将新增就业岗位两万个",
                "本报讯 市长某某昨天在市人大二次会议上作政府工作报告。他说，今年全市将新增城镇就业两万人，新建改建学校十所。"),
                Category.WORK_REPORT, "what the report says, attributed to it");
        // a headline that decides nothing, the report quoted further down the opening
        assertDecidedBy(headed("推进城乡融合发展",
                "新华社北京3月6日电", "总理在政府工作报告中指出，要推进以县城为重要载体的城镇化建设，促进城乡融合发展。",
                        "报告提出，今年将继续实施乡村振兴战略。"),
                Category.WORK_REPORT, "what the report says, attributed to it");
        // said while delivering it, the headline a teaser's label
        assertDecidedBy(headed("两会速递",
                "省长某某向大会作政府工作报告（以下简称报告）时提出，今年全省将新开工重大项目三百个。", "报告称，过去五年全省经济总量迈上新台阶。"),
                Category.WORK_REPORT, "what the report says, attributed to it");
        // Counter-example: a deputy's quoted reaction to what the report says is the deputy's story, told at the session.
        assertCategory(headed("代表热议政府工作报告",
                "出席十四届全国人大二次会议的代表某某说：“总理在政府工作报告中专门提到了我们省，让我深受鼓舞。",
                        "代表团全体会议审议了政府工作报告。"),
                Category.SESSION_NOTICE);
        // Counter-example: deputies who put forward views while discussing the report are the sitting at work.
        assertCategory(headless("3月6日，某某代表团举行全体会议，代表们在审议政府工作报告中提出，要加大对农村教育的投入。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeACongressConvenedWithItsSessionBeforeItForTheSession() {
        assertDecidedBy(headless("2024年12月20日上午，某某镇召开了第十八届第五次人民代表大会，应出席代表52人，实到49人。"
                + "会议听取了镇人民政府工作报告，选举产生了新一届镇长。"), Category.SESSION_NOTICE, "a congress session convened");
        // Counter-example: a standing committee deciding to put a session off is its decision's news, not a session convened.
        assertCategory(headed("关于推迟召开县第十九届人民代表大会第三次会议的决定",
                "（2024年12月28日县第十九届人民代表大会常务委员会第二十三次会议通过）", "县第十九届人民代表大会常务委员会第二十三次会议决定，"
                        + "适当推迟召开县第十九届人民代表大会第三次会议，具体开会时间另行决定。"),
                Category.RESOLUTION);
    }

    @Test
    void shouldTakeACongressBodyOutOnItsWorkBetweenSittingsForOther() {
        // the chairmen's meeting's members on a research visit: people at work, not the meeting sitting
        assertDecidedBy(headless("5月12日，区人大常委会主任会议成员对全区养老服务体系建设情况开展集体调研，实地察看了两家养老机构，"
                + "并听取区民政局有关情况汇报。"), Category.OTHER, "a congress body's visit, inspection or hearing");
        assertDecidedBy(headless("某区人大首次对政府民生实事项目进行预算听证，二十名人大代表和市民代表参加听证会并发表意见。"),
                Category.OTHER, "a congress body's visit, inspection or hearing");
        // Counter-example: deputies attending a session who inspect a site are the session at work.
        assertCategory(headless("昨天下午，出席市十五届人大三次会议的部分代表到市民服务中心视察，随后在分组审议中提出建议。"),
                Category.SESSION_NOTICE);
        // Counter-example: the chairmen's meeting itself sits and hears the report of a research visit.
        assertCategory(headless("6月3日，市人大常委会召开第四十二次主任会议，听取了市人大常委会调研组关于全市养老服务体系建设情况的调研报告。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAPresidiumsNumberedMeetingForTheSessionsNews() {
        // the copy lost the congress's name in its first line; the presidium meets only while a session sits
        assertDecidedBy(headless("□□□□□□□第五次会议主席团举行第三次会议！", "会议由大会主席团常务主席某某主持！",
                "会议应到主席团成员63名，实到55名，符合法定人数。"), Category.SESSION_NOTICE, "the presidium's numbered meeting");
        // Counter-example: a CPPCC session's presidium meets too.
        assertCategory(headless("4日下午，市政协六届一次会议主席团举行第一次会议，通过了大会议程草案和选举办法草案。"), Category.OTHER);
    }
}
