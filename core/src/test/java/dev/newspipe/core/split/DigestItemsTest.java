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
}
