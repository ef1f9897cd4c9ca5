package dev.newspipe.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What congress bodies and deputies do besides sitting, and how a sitting's acts are printed (issue 8): hand-written
 * texts in the genre's shapes, each with a counter-example that must keep its category.
 */
class CongressWorkBesidesSittingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 23);

    private final ArticleClassifier classifier = new ArticleClassifier();

    private Category category(Article article) {
        Classification c = classifier.classify(article);
        return c.category();
    }

    private void assertCategory(Article article, Category expected) {
        Classification c = classifier.classify(article);
        assertThat(c.category()).as(c.toString()).isEqualTo(expected);
    }

    static Article headless(String... paragraphs) {
        return Article.of(null, null, null, List.of(paragraphs), DAY, null);
    }

    static Article headed(String title, String... paragraphs) {
        return Article.of(null, title, null, List.of(paragraphs), DAY, null);
    }

    @Test
    void shouldTakeAConferenceAboutCongressWorkForNoSitting() {
        assertCategory(headless("11月16日，省人大常委会在某市召开全省人大工作经验交流会。",
                "会议指出，各级人大要在坚持依法履职中明确责任。省人大常委会副主任出席会议并讲话，秘书长参加会议。"), Category.OTHER);
        assertCategory(headed("市人大常委会举办新任人大代表履职培训班", "3月2日至4日，市人大常委会举办新任人大代表履职培训班。"),
                Category.OTHER);
        assertCategory(headed("全省开发区人大工作推进会在某市召开", "省人大常委会副主任出席会议并讲话。"), Category.OTHER);
        assertCategory(headed("市人大代表履职能力提升培训班开班", "4月5日，市人大代表履职能力提升培训班开班，80余名市人大代表参加。"), Category.OTHER);
        // Counter-examples: a numbered sitting, or a conference held by a delegation during a session, is the congress in session.
        assertCategory(headed("市十六届人大常委会第二十次会议在某市召开", "会议听取了市人民政府关于财政预算执行情况的报告。"),
                Category.SESSION_NOTICE);
        assertCategory(headless("11月16日，省人大常委会召开第十二次主任会议。", "会议听取了关于常委会第十次会议议程的汇报。"),
                Category.SESSION_NOTICE);
        assertCategory(headless("3月6日，出席十四届全国人大二次会议的某省代表团举行全体会议，审议政府工作报告。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeDeputiesMeetingTheirVotersForNoSession() {
        assertCategory(headed("市人大代表开展集中联系选民活动", "连日来，市、区人大代表深入社区接待选民，听取群众意见建议。",
                "代表们还视察了街道重点工作，收集意见建议20条。"), Category.OTHER);
        assertCategory(headed("县人大代表视察重点项目建设", "5月8日，部分县人大代表视察全县重点项目建设情况。"), Category.OTHER);
        // Counter-examples: deputies deliberating at a session, whatever they ask for.
        assertCategory(headed("代表审议政府工作报告时建议加强调研", "1月10日，出席市十六届人大五次会议的代表分组审议政府工作报告。"),
                Category.SESSION_NOTICE);
        assertCategory(headed("人大代表分组审议政府工作报告", "1月10日，出席市十六届人大五次会议的代表分组审议政府工作报告。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAnActingHeadNamedByAStandingCommitteeForSessionNews() {
        assertCategory(headed("张某任某某市代理市长", "某某市第十六届人民代表大会常务委员会第二十次会议10日决定：张某为某某市副市长、代理市长。",
                "会议还决定：接受李某辞去某某市市长职务的请求。"), Category.SESSION_NOTICE);
        assertCategory(headless("10日召开的某某省第十四届人民代表大会常务委员会第九次会议决定任命王某为某某省副省长。"), Category.SESSION_NOTICE);
        // Counter-example: an acting mayor on a tour of inspection is no appointment.
        assertCategory(headed("代理市长张某到开发区调研", "3日，代理市长张某到开发区调研项目建设，看望一线职工。"), Category.OTHER);
    }

    @Test
    void shouldTakeTheOperativeTextOfAHeadlessDecisionForAResolution() {
        assertCategory(headless("根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的有关规定，"
                        + "某某省第十四届人民代表大会常务委员会第九次会议决定：",
                "全省县、乡两级人民代表大会代表的选举于2026年7月1日至12月31日期间进行。"), Category.RESOLUTION);
        // Counter-examples: an appointment decided so is appointment news; a government's decision is no congress resolution.
        assertCategory(headless("根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的有关规定，某某省人大常委会第九次会议决定：任命王某为某某省副省长。"),
                Category.SESSION_NOTICE);
        assertCategory(headless("依照《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的有关规定，某某市人大常委会第九次会议决定：张某为某某市副市长、代理市长。"),
                Category.SESSION_NOTICE);
        assertThat(category(headless("根据《中华人民共和国安全生产法》的有关规定，市人民政府常务会议决定：",
                "对全市危险化学品企业开展为期三个月的专项检查。"))).isNotEqualTo(Category.RESOLUTION);
    }

    @Test
    void shouldTakeAGovernmentsMotionForTheGovernmentsPaper() {
        assertCategory(headed("某某市人民政府关于提请审议《某某市城市绿化条例（草案）》的议案", "市人大常委会：",
                "为加强城市绿化管理，市人民政府起草了《某某市城市绿化条例（草案）》，现提请市人大常委会审议。", "市长　张某"), Category.OTHER);
        // Counter-example: the standing committee deliberating the motion is session news.
        assertCategory(headed("市人大常委会会议审议市政府提请的议案", "6月20日，市十六届人大常委会第二十次会议审议了市政府提请的议案。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldCountResolutionWordingOnlyWhereACongressResolves() {
        Classification analysis = classifier.classify(headed("全市三季度经济运行分析会召开", "10月20日，全市三季度经济运行分析会召开。",
                "会议认为，前三季度全市经济运行总体平稳。会议强调，要全力以赴冲刺全年目标。会议要求，各部门要压实责任。"));
        assertThat(analysis.category()).as(analysis.toString()).isEqualTo(Category.OTHER);
        assertThat(analysis.cues()).noneMatch(cue -> cue.contains("resolution wording"));
        // Counter-example: the same wording in a congress's text still counts.
        Classification congress = classifier.classify(headless("市十六届人大五次会议期间，代表们听取了市人民政府工作报告。",
                "会议认为，报告实事求是。会议强调，要坚持稳中求进。会议要求，市人民政府认真落实。"));
        assertThat(congress.cues()).anyMatch(cue -> cue.contains("resolution wording"));
    }

    @Test
    void shouldTakeASidelightOrPressConferenceOfASessionForSessionNews() {
        assertCategory(Article.of("会场内外", "“我要把话带回去”", null,
                List.of("十日下午，正在审议政府工作报告的某某代表团代表们发言踊跃。", "一位代表说，要把大会精神带回去。"), DAY, null),
                Category.SESSION_NOTICE);
        assertCategory(headed("2026-01-20 来源：某某网", "中新网某市1月20日电 某省两会即将开幕。",
                "某省十四届人大五次会议新闻发布会20日在某市召开，省人大常委会副秘书长介绍了大会筹备情况。"), Category.SESSION_NOTICE);
        // Counter-example: the CPPCC's own press conference is no congress business.
        assertCategory(headed("2026-01-20 来源：某某网", "中新网某市1月20日电 某省两会即将开幕。",
                "某省政协十三届四次会议新闻发布会20日在某市召开，省政协办公厅主任介绍了大会筹备情况。"), Category.OTHER);
    }

    @Test
    void shouldTakeACongressSessionInPicturesForSessionNews() {
        assertCategory(headed("2026年县人代会掠影", "县十八届人大五次会议开幕", "代表分组审议政府工作报告", "主席团举行第二次会议"),
                Category.SESSION_NOTICE);
        // Counter-examples: the two sessions in pictures, and a standing committee's photo news of its other activities.
        assertCategory(headed("两会影像", "县十八届人大五次会议开幕", "县政协十届五次会议开幕"), Category.OTHER);
        assertCategory(headed("市人大常委会图片新闻", "1月8日，市人大常委会召开预算联网监督工作汇报会。"), Category.OTHER);
    }

    @Test
    void shouldTakeThePapersOwnServiceForTheSessionForItsNotice() {
        assertCategory(headless("本报1月6日讯（记者 某某）备受关注的某市两会今起召开，为反映百姓呼声，从即日起本报将开通两会热线1234567，倾听市民的意见和建议。",
                "所有问题经过整理后，本报记者将在两会上转给人大代表和政协委员。据了解，某市第十七届人大四次会议将于8日开幕、10日闭幕。"),
                Category.OTHER);
        // Counter-example: the paper reporting the session itself.
        assertCategory(headless("本报1月8日讯（记者 某某）某市第十七届人民代表大会第四次会议今天上午隆重开幕。", "大会听取了市长所作的政府工作报告。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeALeadSetDuringASittingForSessionNews() {
        assertCategory(headed("“把群众的话带到会上”", "十四届全国人大二次会议期间，记者在驻地见到了来自基层的某代表。",
                "她说，这次带来了三件建议。"), Category.SESSION_NOTICE);
        // Counter-example: the two sessions as a season are no sitting.
        assertCategory(headed("市委书记到企业调研", "全国两会期间，市委书记某某到企业调研生产经营情况。"), Category.OTHER);
    }

    // --- Regulations, convened sessions, photo captions, relayed spirit and CPPCC members (issue 8, genre/e). ---

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
        // A gallery of captions, each closed by its credit: the captions are the article, the first one its lead.
        assertCategory(headless("3月5日，十四届全国人大二次会议在北京人民大会堂开幕。记者 某某 摄",
                "开幕会前，代表们步入会场。记者 某某 摄",
                "3月4日，全国政协十四届二次会议在北京开幕，委员们步入会场。记者 某某 摄"), Category.SESSION_NOTICE);
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

    @Test
    void shouldTakeAnExplainerOfCongressWorkForOther() {
        assertCategory(headed("人民代表大会会议流程图 换届选举", "预备会议：选举大会主席团和秘书长，通过大会议程。",
                "全体会议：听取和审议各项工作报告；代表团分组审议。", "选举：选举产生新一届国家机关领导人员。", "闭幕会：表决通过各项决议。"),
                Category.OTHER);
        assertCategory(headed("人大制度基本知识", "人民代表大会制度是我国的根本政治制度。各级人民代表大会由人民选举产生的代表组成。"), Category.OTHER);
        // Counter-example: a session electing its officers is session news.
        assertCategory(headed("市人民代表大会选举产生新一届市人民政府领导", "1月12日，市十六届人大一次会议举行第三次全体会议，选举产生了新一届市人民政府市长、副市长。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeADecisionsOperativeSentenceForTheDecisionWhenItLostItsTitle() {
        assertCategory(headless("县第十九届人民代表大会常务委员会第七次会议决定，县第十九届人民代表大会第二次会议于2023年1月上旬在县城召开。",
                "建议县第十九届人民代表大会第二次会议的议程是：听取和审议县人民政府工作报告；审查和批准财政预算。"), Category.RESOLUTION);
        // Counter-examples: news dates the sitting first, and an appointment decided so is appointment news.
        assertCategory(headless("28日召开的县十九届人大常委会第七次会议决定，县十九届人大二次会议于明年1月上旬召开。",
                "会议还听取和审议了县人民政府关于财政预算执行情况的报告。"), Category.SESSION_NOTICE);
        assertCategory(headless("某某省第十四届人民代表大会常务委员会第九次会议决定：任命王某为某某省副省长。"), Category.SESSION_NOTICE);
    }
}
