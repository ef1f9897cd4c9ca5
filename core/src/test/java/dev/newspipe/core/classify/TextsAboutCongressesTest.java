package dev.newspipe.core.classify;

import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headed;
import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headless;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Texts about congresses that report no sitting (explainers, commentaries, reviews, history, Taiwan's legislature),
 * texts delivered at a sitting, session news told in other words (deputies elected, a report passed), and web pages
 * whose headline or first lines are the site's: hand-written texts in the genre's shapes, each with a counter-example
 * that keeps its category.
 */
class TextsAboutCongressesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 23);

    private final ArticleClassifier classifier = new ArticleClassifier();

    private void assertCategory(Article article, Category expected) {
        Classification c = classifier.classify(article);
        assertThat(c.category()).as(c.toString()).isEqualTo(expected);
    }

    private void assertCategoryIn(Article article, Category... expected) {
        Classification c = classifier.classify(article);
        assertThat(c.category()).as(c.toString()).isIn((Object[]) expected);
    }

    private static Article printed(String kicker, String title, String subtitle, String... paragraphs) {
        return Article.of(kicker, title, subtitle, List.of(paragraphs), DAY, null);
    }

    @Test
    void shouldTakeAReadersQuestionAndADefinitionForAnExplainer() {
        assertCategory(headed("代市长是什么意思", "代市长一般是指未经市人民代表大会选举产生的市长。市人民代表大会每年举行会议，选举产生市长。",
                "上级在任命市长时，先任命为代市长，经人民代表大会选举后当选为市长。"), Category.OTHER);
        assertCategory(headless("人大代表是指由选民或者下一级人民代表大会依法选举产生的国家权力机关组成人员。",
                "人大代表在人民代表大会举行会议时审议各项议案。"), Category.OTHER);
        // Counter-example: the election itself is session news.
        assertCategory(headed("市十六届人大二次会议选举产生新任市长", "1月15日，市十六届人民代表大会第二次会议举行第三次全体会议，选举王某为市长。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeWhatATermCoversAndAnEncyclopediaEntryForReference() {
        assertCategory(headless("县级人大的选举范围是：县人大常委会主任、副主任、委员；县人民政府县长、副县长；县人民法院院长。",
                "县级人大召开大会选举国家机关领导人员，选举流程分为准备阶段和大会选举阶段。"), Category.OTHER);
        assertCategory(headed("某某省第六届人民代表大会", "某某省第六届人民代表大会于1983年4月10日至4月20日在省城召开。这次会议选举产生了新一届省人民政府。",
                "中文名", "某某省第六届人民代表大会", "开幕时间", "1983年4月10日", "地点", "省城"), Category.OTHER);
        assertCategory(headed("上册第一篇 地方人民代表大会", "人民代表大会制度是我国的根本政治制度。",
                "1954年9月15日，第一届全国人民代表大会第一次会议在北京召开，地方各级人民代表大会随之建立，人大代表由选举产生。"), Category.OTHER);
        // Counter-example: news of the same session, without an infobox, is session news.
        assertCategory(headed("省六届人大一次会议闭幕", "4月20日，某某省第六届人民代表大会第一次会议在省城胜利闭幕。会议选举产生了新一届省人民政府。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAnOpinionColumnForCommentary() {
        assertCategory(headed("【热门话题】政府工作报告为发展指路", "第十四届全国人民代表大会第一次会议开幕，国务院总理作政府工作报告，回顾过去一年的工作。",
                "报告提出的目标振奋人心，我们相信，只要坚持下去，前景一定更加光明。"), Category.OTHER);
        assertCategory(headed("浅谈基层人大常委会的监督工作", "人大常委会听取和审议专项工作报告，是人大监督的重要形式。",
                "本文结合县人大常委会的实践，谈几点认识。"), Category.OTHER);
        assertCategory(headed("关于提高人大常委会审议质量的几点思考", "审议意见的质量，决定着监督的实效。"), Category.OTHER);
        // Counter-example: a news column's label keeps the session news it heads.
        assertCategory(headed("【两会快讯】县十八届人大三次会议开幕", "1月10日上午，县第十八届人民代表大会第三次会议隆重开幕。"),
                Category.SESSION_NOTICE);
        assertCategory(headed("【两会话题】代表热议乡村振兴", "1月15日，出席市十六届人大五次会议的代表们在分组审议中热议乡村振兴。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAYearLookedBackOnForAReview() {
        assertCategory(headless("岁序更新，继往开来。站在新年的起点回首过往，市人大常委会一年的工作充实丰盈。",
                "一年来，市人大常委会制定地方性法规3件，听取审议专项工作报告18项，开展执法检查5项。"), Category.OTHER);
        // Counter-examples: a lead that looks back with the work report tells the report; a sitting that hears the year's
        // reports is session news.
        assertCategoryIn(headless("回首2023年，市政府工作报告显示，一年来全市地区生产总值增长5.5%。",
                "报告提出，今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。"), Category.WORK_REPORT);
        assertCategory(headless("12月28日，市人大常委会举行第十五次会议，听取和审议市人民政府关于年度计划执行情况的报告。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeTaiwansLegislatureForNoCongress() {
        assertCategory(headless("「一切权力归于苏维埃」，这是十月革命的口号。",
                "学者表示，立法院与行政院之间应是监督制衡的关系，不应像人大那样不讨论就表决，立法院秘书长也应中立。"), Category.OTHER);
        // Counter-example: a congress's standing committee at work stays session news.
        assertCategory(headless("8月20日，全国人大常委会举行第二十次会议，审议多部法律草案。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeASittingToldAsHistoryForNoNewsOfIt() {
        assertCategory(headed("走进新时代", "1966年7月7日，三届全国人大常委会举行第二十三次会议，决定三届人大二次会议改期召开。",
                "此后，三届和四届人大只召开过一次会议。", "上世纪80年代，全国人大常委会反思人大制度为何遭到破坏。"), Category.OTHER);
        assertCategory(headless("70年前的今天，第一届全国人民代表大会第一次会议在北京中南海怀仁堂隆重开幕。",
                "这次大会通过了新中国第一部宪法，标志着人民代表大会制度在全国范围内建立。"), Category.OTHER);
        assertThat(History.toldAsHistory("1954年9月15日，第一届全国人民代表大会第一次会议在北京开幕。\n1979年以来，地方人大陆续设立常务委员会。"))
                .isNotNull();
        // Counter-examples: news of a sitting that names the years its plan aims at is still news of the sitting.
        assertThat(History.toldAsHistory("2021年1月20日，市十六届人民代表大会第五次会议开幕。\n会议审议到2035年的远景目标纲要，力争2030年前碳达峰。"))
                .isNull();
        assertThat(History.toldAsHistory("1982年12月4日，第五届全国人民代表大会第五次会议举行闭幕会。\n会议提出，实现1992年翻一番、2000年翻两番的目标。"))
                .isNull();
        assertCategory(headed("市十六届人大五次会议开幕", "2021年1月20日，市第十六届人民代表大会第五次会议隆重开幕。",
                "会议将审议国民经济和社会发展第十四个五年规划和到2035年远景目标纲要。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeATextDeliveredAtASittingForTheDeliveredText() {
        // An explanation of a draft report, delivered at a standing committee's sitting: the text, not news of the sitting.
        assertCategoryIn(printed(null, "——2009年2月6日在市十二届人大常委会第43次会议上", "市人大常委会秘书长 某某",
                "主任、各位副主任、各位委员：", "受主任会议的委托，现对《市人大常委会工作报告（草案）》起草情况作如下说明，请予审议。",
                "一、起草过程", "报告起草工作于去年11月启动。"), Category.WORK_REPORT, Category.OTHER);
        assertCategory(headed("关于《某某市物业管理条例（草案）》的说明", "各位代表：", "我受市人民政府委托，现对《某某市物业管理条例（草案）》作如下说明。"),
                Category.OTHER);
        // An inspection report whose title the page lost: its delivery line and its address still say what it is.
        assertCategory(headed("市人大常委会副主任、执法检查组组长 某某", "市人大常委会执法检查组关于检查《某某条例》实施情况的报告",
                "——2019年7月29日在市五届人大常委会第十一次会议上", "主任、各位副主任、秘书长、各位委员：",
                "根据市人大常委会年度工作计划，现将执法检查情况报告如下。", "一、执法检查开展情况"), Category.WORK_REPORT);
        // Counter-examples: what a session is given to elect, explained before the vote, is session business; news of
        // the sitting that hears an explanation is news of the sitting.
        assertCategory(printed(null, "——2019年1月13日在某某省第十三届人民代表大会第二次会议预备会议上", "省人大常委会副主任 某某",
                "关于某某省第十三届人民代表大会第二次会议主席团和秘书长名单（草案）的说明", "各位代表：",
                "主席团和秘书长名单（草案）经省人大常委会第七次会议审议通过，提请本次大会预备会议选举。"), Category.SESSION_NOTICE);
        assertCategory(headed("市人大常委会举行第十一次会议", "7月29日，市五届人大常委会举行第十一次会议，听取了市人大常委会执法检查组关于检查《某某条例》实施情况的报告。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeDeputiesElectedForSessionNews() {
        assertCategory(headed("某某选出新一届12名全国人大代表", "字体大小：", "某某第十三届全国人大代表选举会议今日选出新一届12名全国人大代表，现届八人连任。"),
                Category.SESSION_NOTICE);
        assertCategory(headless("全国35个选举单位近日依法选出2980名第十三届全国人大代表。"), Category.SESSION_NOTICE);
        // Counter-examples: how deputies are elected, and elections still to come, are no results.
        assertCategory(headless("我国的根本政治制度，就是由人民通过民主选举产生人大代表，组成各级人民代表大会。"), Category.OTHER);
        assertCategory(headed("扎根乡村的“泥腿子”代表", "张某，某某村党支部书记，2023年1月当选为第十四届全国人大代表。",
                "他带领村民种植果树，让村里的果园成了致富园。"), Category.OTHER);
        assertCategory(headed("关于县乡两级人民代表大会换届选举时间的决定", "全省县、乡两级人大代表将选出新一届3万名代表，选举于11月上旬前完成。"),
                Category.RESOLUTION);
    }

    @Test
    void shouldTakeAReportPassedAtASittingForSessionNews() {
        assertCategory(headless("本网讯（某某）2016年3月12日上午，在某某县第十七届人民代表大会第五次会议上，县人民法院院长所作的法院工作报告经代表表决获得全票通过。",
                "2015年，县法院紧紧围绕工作大局，扎实推进各项工作，着力保障经济平稳健康发展。"), Category.SESSION_NOTICE);
        // Counter-example: the report itself, delivered at the sitting, is the report.
        assertCategory(headed("某某县人民法院工作报告", "——2016年3月10日在某某县第十七届人民代表大会第五次会议上", "各位代表：",
                "现在，我代表县人民法院向大会报告工作，请予审议。"), Category.WORK_REPORT);
    }

    @Test
    void shouldTakeWhatHappensWhileDeputiesDeliberateAReportForSessionNews() {
        assertCategory(headed("代表“拖”领导", "审议政府工作报告过程中，许多代表希望当面向领导介绍情况。上午，某某代表团从9点多就敞开大门等候。"),
                Category.SESSION_NOTICE);
        // Counter-example: CPPCC members discussing the report are the CPPCC's session.
        assertCategory(headed("委员热议", "政协委员在审议政府工作报告时说，报告实在。政协委员们纷纷建言。"), Category.OTHER);
    }

    @Test
    void shouldTakeAPartyGroupsMeetingForTheParty() {
        assertCategory(headed("市人大常委会党组召开会议", "3月10日，市人大常委会党组召开会议，传达学习全国两会精神，研究部署贯彻落实工作。",
                "会议强调，要把思想和行动统一到党中央决策部署上来。"), Category.OTHER);
        assertCategory(headed("县人大常委会党组理论学习中心组举行专题学习", "5月8日，县人大常委会党组理论学习中心组举行专题学习，深入学习法治思想。"),
                Category.OTHER);
        // Counter-examples: the party group's secretary chairing a sitting, or leading a session's preparations, is news of it.
        assertCategory(headless("12月10日下午，县十六届人大常委会召开第八次主任会议，县人大常委会党组书记、常务副主任某某主持会议。"),
                Category.SESSION_NOTICE);
        assertCategory(headless("市十五届人大五次会议将于明日开幕，4月25日下午，市人大常委会党组书记某某带领大会秘书处检查大会主会场。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeACommitteesVisitOrTrainingForNoSitting() {
        assertCategory(headless("6月16日，区人大常委会侨民宗工委赴某某街道和某某镇实地调研商户复商复市情况。",
                "调研组走访了两家经营户，详细了解经营情况。（某某）"), Category.OTHER);
        assertCategory(headless("6月14日，区人大常委会举行“履职新征程”区、镇人大代表第一期履职培训，900余名人大代表参加培训。"), Category.OTHER);
        assertCategory(headless("9月5日，市人大常委会举办专题讲座，邀请专家解读新修改的监督法，常委会组成人员参加。"), Category.OTHER);
        assertCategory(headed("县人大常委会召开机关干部大会", "1月3日，县人大常委会召开机关干部大会，总结2023年机关工作，部署2024年工作任务。"),
                Category.OTHER);
        assertCategory(headed("市人大常委会召开2024年工作务虚会", "1月5日，市人大常委会召开2024年工作务虚会，谋划全年工作思路。"), Category.OTHER);
        assertCategory(headed("市人大常委会召开代表建议交办会", "2月28日，市人大常委会召开市十六届人大三次会议代表建议交办会，将代表提出的建议交由承办单位办理。"),
                Category.OTHER);
        // Counter-examples: a session convened is news of it, and so is a sitting of the same committee, even when a
        // lecture follows it.
        assertCategory(headed("某某镇召开第八届人民代表大会第二次会议", "3月2日，某某镇召开第八届人民代表大会第二次会议，代表们审议了镇人民政府工作报告。"),
                Category.SESSION_NOTICE);
        assertCategory(headless("9月5日，市人大常委会举行第二十次会议，审议物业管理条例草案。会后举办专题讲座。"), Category.SESSION_NOTICE);
        assertCategory(headless("6月28日，区人大常委会举行第十二次会议，审议区人民政府关于财政决算的报告。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldJudgeAPageByItsNewsPastTheSitesMenuAndChrome() {
        assertCategory(printed("专题首页 两会动态 报告解读 建言献策 公告决议 两会影像", "区五届人大二次会议1月3日开幕", null,
                "某某区第五届人民代表大会第二次会议将于明日上午开幕。1月2日，出席会议的人大代表报到。"), Category.SESSION_NOTICE);
        assertCategory(headless("某新办[2005]20号 某ICP备05073341号 广告经营许可证：某工商广许2004001号", "某某传媒中心版权所有 未经授权禁止复制",
                "某某网 网络支持：某某网络传媒有限公司", "记者 某某/文 某某/摄",
                "扬帆起航谱新篇，朝气蓬勃向未来。昨日，县第十六届人民代表大会第二次会议隆重开幕。"), Category.SESSION_NOTICE);
        // The site's last chrome line glued to the first sentence by the page.
        assertCategory(headless("某新办[2005]20号 某ICP备05073341号", "某某传媒中心版权所有 未经授权禁止复制",
                "某某网 网络支持：某某网络传媒有限公司扬帆起航谱新篇，朝气蓬勃向未来。昨日，县第十六届人民代表大会第二次会议隆重开幕。"),
                Category.SESSION_NOTICE);
        // A photo's caption in a table cell before the news, on the same line.
        assertCategory(headless("| 中外记者纷纷对总理的政府工作报告进行分析报道。 |3月5日上午，第十二届全国人民代表大会第一次会议在人民大会堂开幕，听取总理作政府工作报告。",
                "总理的政府工作报告分为过去五年工作回顾，今年经济社会发展的总体要求、主要预期目标和工作安排。"), Category.SESSION_NOTICE);
        // Counter-examples: a headline of two clauses is no menu, and a gallery of short captions is the article.
        assertThat(ArticleClassifier.Views.isNavigationBar("区五届人大二次会议1月3日开幕 预备会议1月2日召开")).isFalse();
        assertThat(ArticleClassifier.Views.isNavigationBar("奋进新时代 履职新征程")).isFalse();
        // The headline under the menu is read: the report explained in a graphic is the report's summary (the genre labels
        // an infographic of the report work_report), not the menu's sections.
        assertCategory(printed("专题首页 两会动态 报告解读 建言献策 公告决议 两会影像", "报告解读：一图读懂政府工作报告", null,
                "一图读懂今年政府工作报告的重点。"), Category.WORK_REPORT);
    }
}
