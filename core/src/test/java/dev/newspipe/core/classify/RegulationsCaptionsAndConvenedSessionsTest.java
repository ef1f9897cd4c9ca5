package dev.newspipe.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, categories from evidence: a regulation named after the body it governs, a session a place convenes, a photo
 * caption over the news and a work report released in full. Hand-written texts in the genre's shapes, each rule with a
 * counter-example that keeps its category.
 */
class RegulationsCaptionsAndConvenedSessionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 23);

    private final ArticleClassifier classifier = new ArticleClassifier();

    private void assertCategory(Article article, Category expected) {
        Classification c = classifier.classify(article);
        assertThat(c.category()).as(c.toString()).isEqualTo(expected);
    }

    private static Article headless(String... paragraphs) {
        return Article.of(null, null, null, List.of(paragraphs), DAY, null);
    }

    private static Article headed(String title, String... paragraphs) {
        return Article.of(null, title, null, List.of(paragraphs), DAY, null);
    }

    @Test
    void shouldTakeARegulationNamedAfterTheStandingCommitteesAppointmentsForNoSitting() {
        assertCategory(headed("某某市人民代表大会常务委员会任免国家机关工作人员办法",
                "（2023年5月20日某某市第十六届人民代表大会常务委员会第十次会议通过）",
                "第一条 为了规范市人民代表大会常务委员会的任免工作，根据有关法律的规定，结合本市实际，制定本办法。",
                "第二条 市人民代表大会常务委员会任免市人民政府组成人员，应当依照法定程序进行。"), Category.OTHER);
        // A document library prints the file's name as the headline, with its extension; a law site marks its status.
        assertCategory(headed("县人大常委会人事任免办法.doc", "县人大常委会人事任免办法",
                "第一条 根据有关法律的规定，制定本办法。"), Category.OTHER);
        assertCategory(headed("某某省人民代表大会常务委员会任免地方国家机关工作人员办法[失效]",
                "第一条 根据有关法律的规定，结合本省情况，制定本办法。"), Category.OTHER);
        // Counter-examples: the standing committee appointing people, and its sitting adopting a regulation, are session news.
        assertCategory(headed("市人大常委会任免一批国家机关工作人员", "5月20日，市十六届人大常委会第十次会议表决通过了人事任免事项。"),
                Category.SESSION_NOTICE);
        assertCategory(headed("市人大常委会举行第十次会议 审议物业管理条例（草案）", "5月20日，市十六届人大常委会第十次会议在市人大会堂举行。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeARegulationsArticlesForTheRegulationWhenThePageLostItsName() {
        assertCategory(headless("第一条 为了规范县人大常委会人事任免工作，根据有关法律的规定，结合本县实际，制定本办法。",
                "第二条 县人民代表大会常务委员会任免常务委员会办事机构负责人员，选举产生的人员依照法定程序任免。"), Category.OTHER);
        // Counter-example: a decision amending a regulation quotes its first article and stays the decision.
        assertCategory(headless("（2021年9月29日某某自治区第十三届人民代表大会常务委员会第三十次会议通过）",
                "某某自治区第十三届人民代表大会常务委员会第三十次会议决定对《某某自治区人民代表大会常务委员会工作条例》作如下修改：",
                "一、将第一条修改为：“为了加强常务委员会的工作和建设，根据有关法律的规定，制定本条例。”"), Category.RESOLUTION);
    }

    @Test
    void shouldReadATitleGluedToItsWebDatelineAsTheTitle() {
        assertCategory(headed("县人大常委会人事任免办法 2024-03-05 10:21 来源：某某网", "第一条 根据有关法律的规定，制定本办法。",
                "第二条 县人民代表大会常务委员会任免常务委员会办事机构负责人员。"), Category.OTHER);
        // Counter-example: appointment news glued to its dateline stays session news.
        assertCategory(headed("市人大常委会任免一批国家机关工作人员 2024-03-05 10:21 来源：某某网",
                "5月20日，市十六届人大常委会第十次会议表决通过了人事任免事项。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeASessionAPlaceConvenesForSessionNews() {
        assertCategory(Article.of(null, "某某镇召开", "第八届人民代表大会第二次会议",
                List.of("近日，某某镇召开第八届人民代表大会第二次会议，此次会议应到会代表71名，实际参会代表67名。",
                        "会议听取了镇长作的《某某镇人民政府工作报告》。"), DAY, null), Category.SESSION_NOTICE);
        assertCategory(headless("日前，某某乡隆重召开第十八届人民代表大会第三次会议，全乡52名代表出席。", "大会选举产生了新一届乡人民政府领导班子。"),
                Category.SESSION_NOTICE);
        // Counter-examples: a decision to convene a session is the decision, and a session named as the setting of
        // something else (在前不久召开的…会议上) is not what the article reports.
        assertCategory(headed("某某县人民代表大会常务委员会关于召开县第十九届人民代表大会第二次会议的决定",
                "（2022年12月16日县十九届人民代表大会常务委员会第七次会议通过）",
                "县第十九届人民代表大会常务委员会第七次会议决定，县第十九届人民代表大会第二次会议于2023年1月上旬召开。"), Category.RESOLUTION);
        assertCategory(headed("某某县政府创新向县人代会报告承诺事项的方式", "在前不久召开的某某县十五届人大四次会议上，县政府还以书面方式印发了上年承诺事项的完成情况。",
                "该报告以表格的形式列出了工业、农业和民生工程等方面的具体任务和完成情况。"), Category.OTHER);
    }

    @Test
    void shouldReadTheNewsUnderAPhotoCaption() {
        // One short sentence over the dateline: the caption of the picture, the news starts at the dateline.
        assertCategory(headless("某某省省长某某作政府工作报告。",
                "某网长沙1月14日讯（记者 某某）某某省第十二届人民代表大会第七次会议今天上午在省人民会堂开幕。",
                "今年的政府工作报告提出，要使人均地区生产总值达到1万美元以上。"), Category.SESSION_NOTICE);
        // A caption closed by its photographer's credit, about the CPPCC, over news of the congress.
        assertCategory(headless("3月3日，全国政协十四届二次会议在北京人民大会堂开幕。记者 某某 摄",
                "今天，十四届全国人大二次会议将举行首场新闻发布会，大会发言人将回答中外记者提问。",
                "上午，十四届全国人大二次会议将举行预备会议，选举大会主席团和秘书长，表决会议议程草案。"), Category.SESSION_NOTICE);
        // Counter-examples: a caption over nothing that tells is the article itself, and CPPCC news under its own caption stays other.
        assertCategory(headless("3月13日，全国政协十二届三次会议在北京人民大会堂举行闭幕会。这是委员起立唱国歌。记者 某某 摄", "中国政府网微博、微信"),
                Category.OTHER);
        assertCategory(headless("2月28日，全国政协常委会会议在北京开幕。记者 某某 摄",
                "人民网北京2月28日电（记者 某某）政协十二届全国委员会常务委员会第十四次会议28日在北京开幕。",
                "会议的主要议题是为全国政协十二届四次会议作准备。"), Category.OTHER);
    }

    @Test
    void shouldTakeAWorkReportReleasedInFullForTheReport() {
        assertCategory(headless("新华社受权于14日全文播发全国人大常委会委员长某某受全国人大常委会委托，向十四届全国人大三次会议所作的"
                + "《全国人民代表大会常务委员会工作报告》。"), Category.WORK_REPORT);
        // Counter-example: the session at which the report is delivered is session news.
        assertCategory(headless("十四届全国人大三次会议3月5日上午在人民大会堂开幕，国务院总理某某作《政府工作报告》。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAMeetingThatRelaysASessionsSpiritForNoSitting() {
        assertCategory(headed("省人大常委会召开会议传达十三届全国人大一次会议精神",
                "3月22日，省人大常委会召开党组会议和机关干部大会，传达学习十三届全国人大一次会议精神。省人大常委会主任某某主持会议并讲话。"),
                Category.OTHER);
        // Counter-examples: a numbered sitting that also relays the spirit is the sitting.
        assertCategory(headless("5月20日，市十六届人大常委会召开第十次会议，传达学习全国两会精神，听取和审议市人民政府关于财政决算的报告。"),
                Category.SESSION_NOTICE);
        assertCategory(headed("市人大常委会举行第十次会议", "5月20日，市十六届人大常委会第十次会议举行，会议传达学习了全国两会精神。"),
                Category.SESSION_NOTICE);
        // A delegation at a session relaying a speech is the session at work.
        assertCategory(headless("3月6日，出席十四届全国人大二次会议的某省代表团举行全体会议，传达学习总书记参加代表团审议时的重要讲话精神。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeCppccMembersDeliberatingForTheCppcc() {
        assertCategory(headed("委员讨论省法院、省检察院工作报告", "1月26日，出席省政协十二届一次会议的委员们分组讨论省法院、省检察院工作报告。"),
                Category.OTHER);
        assertCategory(headless("1月26日，出席省政协十二届一次会议的委员们分组讨论省法院、省检察院工作报告。"), Category.OTHER);
        // Counter-examples: deputies, deputies and members together, and a standing committee's members are congress business.
        assertCategory(headed("代表讨论省法院、省检察院工作报告", "1月26日，出席省十三届人大一次会议的代表们分组讨论省法院、省检察院工作报告。"),
                Category.SESSION_NOTICE);
        assertCategory(headed("代表委员审议政府工作报告", "6日，出席十三届全国人大四次会议的代表团举行全体会议，审议政府工作报告。"),
                Category.SESSION_NOTICE);
        assertCategory(headed("常委会委员分组审议预算调整方案", "5月20日，市十六届人大常委会第十次会议分组审议市级预算调整方案。"),
                Category.SESSION_NOTICE);
    }
}
