package dev.newspipe.core.classify;

import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headed;
import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headless;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import org.junit.jupiter.api.Test;

/**
 * Whose a report or a plenary is: a CPPCC standing committee reports as a congress's does, a congress's sitting holds
 * plenaries (全会) as a party committee does. Hand-written texts in the genre's shapes, each with a counter-example that
 * keeps its category.
 */
class WhoseReportOrPlenaryTest {

    private final ArticleClassifier classifier = new ArticleClassifier();

    private void assertCategory(Article article, Category expected) {
        Classification c = classifier.classify(article);
        assertThat(c.category()).as(c.toString()).isEqualTo(expected);
    }

    @Test
    void shouldTakeACppccStandingCommitteesReportForTheCppccs() {
        assertCategory(headed("中国人民政治协商会议某某省第九届委员会常务委员会工作报告", "各位委员：",
                "现在，我代表政协某某省第九届委员会常务委员会，向大会报告工作，请予审议，并请列席会议的同志提出意见。",
                "一、过去一年工作回顾", "一年来，省政协在省委的坚强领导下，紧紧围绕全省中心工作，认真履行职能。"), Category.OTHER);
        // the headline line that names who delivered it, as a portal prints the session's deck
        assertCategory(headed("张某作市政协八届常委会工作报告", "1月10日上午，市政协八届三次会议在市会议中心开幕。"), Category.OTHER);
        // without its title: the statement names the CPPCC's standing committee
        assertCategory(headless("各位委员：", "我受政协某某市第八届委员会常务委员会委托，向大会报告工作，请予审议。",
                "过去一年，我们坚持围绕中心、服务大局，各项工作取得新进展。"), Category.OTHER);
        // a web dump: the site's chrome, the delivery line and the speaker before the statement, the title lost
        assertCategory(headless("首页 > 重要会议 > 全体会议", "字体：大 中 小", "（2023年1月10日在政协某某省第十二届委员会第一次会议上）", "王某",
                "各位委员、同志们：", "我代表政协某某省第十一届委员会常务委员会，向大会报告工作，请予审议。",
                "一、2022年工作回顾", "过去一年，我们坚持团结和民主两大主题，各项工作取得新进展。"), Category.OTHER);
        // Counter-examples: a congress's standing committee reports to its congress.
        assertCategory(headed("某某市人民代表大会常务委员会工作报告", "各位代表：",
                "现在，我代表市人民代表大会常务委员会，向大会报告工作，请予审议。",
                "过去一年，市人大常委会在市委的坚强领导下，依法履行职责。"), Category.WORK_REPORT);
        assertCategory(headed("李某作市人大常委会工作报告", "各位代表：", "我代表市人大常委会向大会报告工作，请予审议。"),
                Category.WORK_REPORT);
    }

    @Test
    void shouldTakeTheFullMeetingACongressSittingHoldsForItsPlenary() {
        assertCategory(headed("省人大常委会第九次会议举行全会 听取省政府关于环境保护工作的报告",
                "本报讯 省人大常委会第九次会议今天上午举行全体会议，听取省政府关于环境保护工作的报告。"), Category.SESSION_NOTICE);
        // Counter-examples: a party committee's plenum, named by its term or its committee.
        assertCategory(headed("市委十二届五次全会召开", "市委十二届五次全会今天召开，审议通过了市委常委会工作报告。"), Category.OTHER);
        assertCategory(headless("中共某某县委员会第十五届第六次全体会议于12月20日召开。全会听取和讨论了县委常委会的工作报告。"),
                Category.OTHER);
    }

    @Test
    void shouldTakeAReferenceEntryLaidOutInItsFieldsForReference() {
        assertCategory(headed("词条 | 六届某某省人大三次会议 |",
                "释义 | 某某省第六届人民代表大会第三次会议于1985年4月2日至4月9日在省城召开。会议听取和审议了省长所作的政府工作报告，选举了省人大常委会副主任。"),
                Category.OTHER);
        // Counter-example: news of the same session, without the entry's fields, is session news.
        assertCategory(headed("六届省人大三次会议闭幕", "4月9日，某某省第六届人民代表大会第三次会议在省城闭幕。会议选举了省人大常委会副主任。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldReadAYearsLandmarksAsNoActorAndTallyAStandingCommitteesYear() {
        // A standing committee's report under a section heading that decides nothing: its year is marked by a party
        // plenum, and it counts its sittings and acts after them.
        assertCategory(headed("主要工作",
                "2023年是党的二十届二中全会召开之年，也是本届常委会的开局之年。一年来，在区委的坚强领导下，区人大常委会依法履职，扎实推进各项工作。",
                "一年来，共召开常委会会议8次、主任会议15次，听取和审议区政府专项工作报告32项，作出决议、决定12项，任免国家机关工作人员96人次。"),
                Category.WORK_REPORT);
        // Counter-example: a lead whose subject is the party plenum stays the party's meeting.
        assertCategory(headless("中共某某区委十二届五次全会12月28日召开。全会听取和讨论了区委常委会工作报告，审议通过了全会决议。"), Category.OTHER);
    }

    @Test
    void shouldReadABilingualTitleByItsChineseTitle() {
        assertCategory(headed("某某省人民代表大会常务委员会工作报告 Report on the Work of the Standing Committee",
                "——2020年1月15日在某某省第十三届人民代表大会第三次会议上", "各位代表：", "现在，我受省人大常委会委托，向大会报告工作，请予审议。"),
                Category.WORK_REPORT);
        assertThat(ArticleClassifier.Views.withoutTranslation("政府工作报告 Report on the Work of the Government")).isEqualTo("政府工作报告");
        assertThat(ArticleClassifier.Views.withoutTranslation("政府工作报告 Report on the Work of the Government (2024)")).isEqualTo("政府工作报告");
        // a Latin word inside a headline, or one without Chinese before it, is kept
        assertThat(ArticleClassifier.Views.withoutTranslation("GDP增长5.5%左右")).isEqualTo("GDP增长5.5%左右");
        assertThat(ArticleClassifier.Views.withoutTranslation("Report on the Work of the Government")).isEqualTo("Report on the Work of the Government");
    }

    @Test
    void shouldTakeACourtHeadDeliveringItsReportForTheReport() {
        assertCategory(headless("县人民检察院检察长李某代表县人民检察院向大会作工作报告。他说，2023年，县人民检察院忠实履行法律监督职责，"
                + "共批准逮捕犯罪嫌疑人120人，各项工作取得新进展。"), Category.WORK_REPORT);
        // Counter-examples: the deputies who hear the reports, and a court's head at a work conference.
        assertCategory(headless("3月2日上午，县十八届人大四次会议举行第二次全体会议。代表们听取了县人民法院作的工作报告和县人民检察院作的工作报告。"),
                Category.SESSION_NOTICE);
        assertCategory(headless("县人民法院院长李某在全县政法工作会议上讲话。他强调，全县法院要切实履行审判职责，持续深化改革。"),
                Category.OTHER);
    }

    @Test
    void shouldTakeTheWorkReportExplainedOrSummarisedForTheReport() {
        assertCategory(headed("【政策解读】县长张某作《政府工作报告》",
                "1月8日上午，某某县第十八届人民代表大会第四次会议开幕。县长张某代表县人民政府向大会作《政府工作报告》。",
                "报告指出，2023年全县地区生产总值增长6.1%，一般公共预算收入增长8.2%。"), Category.WORK_REPORT);
        assertCategory(headless("1月15日上午，某某市第十六届人民代表大会第三次会议开幕，市长李某作政府工作报告，要点如下：",
                "一、2023年工作回顾", "全市地区生产总值增长5.6%；", "二、2024年主要目标", "地区生产总值增长5.5%左右。"), Category.WORK_REPORT);
        // Counter-examples: an explanation of a draft before the session, and the paper's commentary on the session.
        assertCategory(headed("关于《政府工作报告（征求意见稿）》的解读",
                "《政府工作报告（征求意见稿）》是在广泛征求意见的基础上起草的，共分三个部分，约一万字。"), Category.OTHER);
        assertCategory(headed("本报评论员：开好人代会 凝聚正能量", "某某市第十六届人民代表大会第三次会议今天开幕。我们对大会的召开表示热烈祝贺。"),
                Category.OTHER);
    }

    @Test
    void shouldTakeANumberedNoticeOrAnElectedHeadForSessionNews() {
        // a teaser titled with the regulation a standing committee's numbered notice promulgates
        assertCategory(headed("某某市养犬管理条例",
                "某某市人民代表大会常务委员会公告（第8号）《某某市养犬管理条例》已于2019年10月25日经某某市第十六届人民代表大会常务委员会第九次会议通过，现予公布。"),
                Category.SESSION_NOTICE);
        // a brief of election results whose first sentence decides nothing
        assertCategory(headless("近日，某某省3个市的政府主要负责人职务调整。",
                "1月20日，甲市第十届人民代表大会第三次会议选举张某为甲市人民政府市长。1月21日，乙市第九届人民代表大会第三次会议选举李某为乙市人民政府市长。"),
                Category.SESSION_NOTICE);
        // Counter-example: the regulation itself, without its notice, stays a regulation.
        assertCategory(headed("某某市养犬管理条例", "第一条 为了规范养犬行为，保障公民健康和人身安全，根据有关法律法规，结合本市实际，制定本条例。"),
                Category.OTHER);
    }

    @Test
    void shouldReadAQuotedLeadAsSomeonesWordsAndTheCppccsSessionLearnedAsItsNews() {
        // a deputy's reaction opening with a quotation: not the report's content
        Classification quoted = classifier.classify(headless("“政府工作报告中，专门提到了我们县的高铁项目，我们感到很振奋。”",
                "出席省十四届人大二次会议的某某代表团1月20日下午举行全体会议，审议政府工作报告。代表们说，报告实事求是。"));
        assertThat(quoted.category()).as(quoted.toString()).isNotEqualTo(Category.WORK_REPORT);
        assertCategory(headless("本报讯 记者从昨日召开的全省“两会”新闻发布会上获悉，政协第十二届某某省委员会第三次会议各项准备工作就绪，将于1月15日在省城开幕。",
                "本次会议将听取和审议省政协常务委员会工作报告，列席省第十四届人民代表大会第三次会议，听取并讨论政府工作报告。"), Category.OTHER);
        // Counter-examples: the report's content told by the lead, and both sessions' dates learned.
        assertCategory(headless("政府工作报告提出，今年全市地区生产总值增长6%左右，城镇新增就业4万人。",
                "报告指出，过去一年全市经济运行稳中有进。"), Category.WORK_REPORT);
        assertCategory(headless("记者从全省“两会”新闻发布会获悉，政协某某省第十三届委员会第四次会议将于1月26日开幕，某某省第十四届人民代表大会第三次会议将于1月27日开幕。",
                "省人大常委会秘书长介绍，大会将审议政府工作报告。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeADeputyInterviewedForAnInterview() {
        assertCategory(headless("全国人大代表、某某集团董事长王某在接受记者采访时表示，自己当选全国人大代表已经五年，一直关注民营企业发展。",
                "履职期间，他提交了多件议案和建议。今年大会期间，他将继续建言。"), Category.OTHER);
        // Counter-examples: a deputy interviewed at the sitting, and deputies deliberating there, are the session's news.
        assertCategory(headless("全国人大代表、某某县县长李某在十四届全国人大三次会议期间接受记者采访时说，今年县里将新建5所学校。",
                "出席十四届全国人大三次会议的某某代表团3月6日举行全体会议，审议政府工作报告。"), Category.SESSION_NOTICE);
        assertCategory(headless("3月6日上午，出席十四届全国人大二次会议的某某代表团举行全体会议，审议政府工作报告。",
                "全国人大代表王某在审议时说，报告实事求是。"), Category.SESSION_NOTICE);
    }
}
