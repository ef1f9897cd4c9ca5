package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written digests of headless one-paragraph items (a bullet or a running number before each), each with a
 * counter-example: the marked points of one headed article stay in it (see {@link DigestItems}).
 */
class DigestItemsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartAnItemAtEachArrowOfAnAudioDigestEvenAfterAReadMoreLink() {
        List<Article> articles = splitter.split("""
                早上好，今天是3月8日，欢迎收听早间新闻。
                两会播报
                ▷今天上午，某省人大会议举行第二次全体会议，听取法院和检察院工作报告。详情>>
                ▷截至7日18时，大会秘书处共收到代表提出的议案十二件。详情>>
                ▷7日，某市发布春季植树计划，全市将新增绿地三百公顷。
                ▷某铁路局消息，节后返程客流高峰已经过去，列车运行平稳。
                """);
        assertThat(articles).extracting(a -> a.paragraphs().get(0)).anySatisfy(p -> assertThat(p).startsWith("▷今天上午"))
                .anySatisfy(p -> assertThat(p).startsWith("▷截至7日18时"))
                .anySatisfy(p -> assertThat(p).startsWith("▷7日，某市"))
                .anySatisfy(p -> assertThat(p).startsWith("▷某铁路局消息"));
        Article first = articles.stream().filter(a -> a.paragraphs().get(0).startsWith("▷今天上午")).findFirst().orElseThrow();
        assertThat(first.paragraphs()).hasSize(1);
        assertThat(first.paragraphs().get(0)).endsWith("详情>>");
    }

    @Test
    void shouldStartAnItemAtEachNumberOfANewsBreakfastAcrossSectionLabels() {
        List<Article> articles = splitter.split("""
                今天是5月12日星期三，欢迎收听新闻早餐。

                【国内】

                1、11日上午，某型运载火箭在某发射场成功发射，卫星顺利进入预定轨道。

                2、某市地铁三号线今日起开通运营，全线设车站二十座。【详情】

                【国际】

                3、当地时间10日，某国发生五级地震，暂无人员伤亡报告。

                4、某国际组织发布报告称，全球粮食价格连续三个月下降。
                """);
        for (String start : List.of("1、11日上午", "2、某市地铁", "3、当地时间10日", "4、某国际组织")) {
            assertThat(articles).as(start).anySatisfy(a -> assertThat(String.join("", a.paragraphs())).startsWith(start));
        }
        assertThat(articles).noneSatisfy(a -> assertThat(String.join("", a.paragraphs())).contains("1、11日上午").contains("2、某市地铁"));
    }

    @Test
    void shouldStartAnItemAtEachRunInNumberOfANewsDigestWhoseCountRestartsUnderEachSection() {
        List<Article> articles = splitter.split("""
                国内新闻
                1，某部启动应急响应，派出工作组赶赴灾区。记者16日从该部获悉，工作组已抵达现场。
                2，某科考团队抵达深海海沟。该团队近日完成首次下潜，采集样品二十份。
                3，11月某市场挂牌公司融资五十亿元，环比增加近五成。
                国际新闻
                1，某国总统批评一种音乐风格。15日，该国总统在一次会议上发表讲话。
                2，某国政府宣布迁馆计划遭批评。该国总理16日再次重申有关立场。
                """);
        for (String start : List.of("1，某部", "2，某科考", "3，11月", "1，某国总统", "2，某国政府")) {
            assertThat(articles).as(start).filteredOn(a -> String.join("", a.paragraphs()).startsWith(start)).hasSize(1);
        }
    }

    @Test
    void shouldStartAnItemAtEachNumberUnderADigestsShortName() {
        List<Article> articles = splitter.split("""
                新闻联播摘要
                1. 某轮高级别磋商在某地举行。双方牵头人出席。
                2. 20日，国家主席在人民大会堂接受新任驻华大使递交国书。
                3. 19日，某市市长发表年度市情咨文，谈及过去一年的成就。
                4. 18日，某州向联邦法院提交诉状。
                """);
        assertThat(articles).hasSize(4);
    }

    @Test
    void shouldKeepTheNumberedPointsOfANoticeOrAPlanTogether() {
        // a notice's points may name days (deadlines), but its short headline names no digest
        assertThat(splitter.split("""
                通知
                1、报名时间为3月15日至20日。
                2、考试时间为3月28日上午。
                3、考试地点在市体育馆。
                """)).hasSize(1);
        // a plan's points start again under each short section label, but date no event and name no source
        assertThat(splitter.split("""
                主要任务
                1，扩大有效投资。实施重点项目一百个。
                2，提升城市品质。改造老旧小区五十个。
                保障措施
                1，加强组织领导。成立工作专班。
                2，强化督查考核。每季度通报一次进展。
                """)).hasSize(1);
    }

    @Test
    void shouldKeepTheMarkedPointsOfAHeadedArticleInIt() {
        List<Article> articles = splitter.split("""
                某市召开优化营商环境工作会议

                本报讯 3月2日，某市召开优化营商环境工作会议，部署今年重点任务。会议要求：

                ●要深化改革。持续推进简政放权，压减审批事项。

                ●要强化服务。建立企业诉求快速响应机制，做到件件有回音。

                ●要严格督查。对工作推进不力的单位进行通报，限期整改。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldKeepTheNumberedPointsOfAReportThatRestartUnderEachSectionTogether() {
        List<Article> articles = splitter.split("""
                一、过去一年的工作

                1、经济运行总体平稳。全年地区生产总值增长百分之五。

                2、民生保障持续加强。新增城镇就业二万人。

                二、今年的主要任务

                1、扩大有效投资。实施重点项目一百个。

                2、提升城市品质。改造老旧小区五十个。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldStartAnItemAtEachBulletOfALaterSectionAfterAHeadedItem() {
        // a morning digest: greeting, a section with one headed item, then a section of bulleted one-paragraph briefs;
        // the briefs stand under their section's label, not under the headed item above
        List<Article> articles = splitter.split("""
                早上好！今天是3月7日，星期一，一起来看今天的早读。
                §今日关注
                ▌某省代表团抵京
                3月6日，出席某届全国人大某次会议的某省代表团乘火车抵达北京。
                代表们表示，将认真履行职责。
                §国内
                ●某市卫健委6日晚通报，当日新增病例三例，均已隔离。
                ●某市消防救援支队表示，6日下午接报一起火情，现场无人员伤亡。
                ●记者6日从某县获悉，某煤矿救援工作仍在进行，已有两人获救。
                """);
        assertThat(articles).hasSize(5);
        assertThat(articles.get(2).paragraphs().get(0)).startsWith("●某市卫健委");
        assertThat(articles.get(4).paragraphs().get(0)).startsWith("●记者6日");
    }

    @Test
    void shouldKeepTheBulletsUnderAnItemsLongSubheadInTheItem() {
        // counter-example: a subhead of the item's own (no short section label) over its bulleted points
        List<Article> articles = splitter.split("""
                早上好！今天是3月7日，星期一，一起来看今天的早读。
                ▌市人大常委会开展执法检查
                3月6日，市人大常委会执法检查组到某区检查大气污染防治法实施情况。
                检查组对下一步工作提出具体要求
                ●要压实责任，确保各项措施落实到位。
                ●要加强监测，及时发现和处置污染问题。
                ●要广泛宣传，营造全社会共同参与的氛围。
                """);
        assertThat(articles).hasSize(2);
    }

    @Test
    void shouldKeepADigestsLastItemThatTheStoreCutBeforeItsFirstSentenceAsAnItem() {
        List<Article> articles = splitter.split("""
                早上好！今天是3月7日，一起来看今天的早读。
                ●某市卫健委6日晚通报，当日新增病例三例，均已隔离。
                ●某市消防救援支队表示，6日下午接报一起火情，现场无人员伤亡。
                ●某县教育局5日通报，已对涉事幼儿园开展调查。
                ●记者6日从某县获悉，某煤矿救援工作已结束，共有
                """);
        assertThat(articles).hasSize(5);
        assertThat(articles.get(4).paragraphs().get(0)).startsWith("●记者6日");

        // counter-example: an unmarked line the store cut at the page's foot is the rest of the item above
        List<Article> unmarked = splitter.split("""
                早上好！今天是3月7日，一起来看今天的早读。
                ●某市卫健委6日晚通报，当日新增病例三例，均已隔离。
                ●某市消防救援支队表示，6日下午接报一起火情，现场无人员伤亡。
                ●某县教育局5日通报，已对涉事幼儿园开展调查。
                调查结果将及时向社会公布，家长可通过
                """);
        assertThat(unmarked).hasSize(4);
    }
}
