package dev.newspipe.core.split;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.PageRef;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSplitterTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldRejoinParagraphBrokenMidSentenceAcrossBlankLines() {
        List<Article> articles = splitter.split("""
                市委会议举行

                本报讯（记者 王五）会议听取了报告，印发会议；听

                取了各项决议（草案）审议情况的汇报。
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).containsExactly("本报讯（记者 王五）会议听取了报告，印发会议；听取了各项决议（草案）审议情况的汇报。");
        assertThat(articles.get(0).byline()).isEqualTo("本报讯（记者 王五）");
    }

    @Test
    void shouldDropARunningHeaderThatInterruptsASentenceWhenThePageRepeatsIt() {
        PageSplit split = splitter.splitPage(PageRef.NONE, """
                (上接第一版)

                政府工作报告

                这一年，我们推进产城融合，成功申报3所职业高校；继续

                政府工作报告

                推进安居工程建设，改造老旧小区73.9万平方米。（下转第四版）

                全省民营企业百强行列，6家企业争创重点上市后备企业。
                """);
        List<Article> articles = split.articles();
        assertThat(articles).extracting(Article::continuedFrom, Article::continuesOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("第一版", "第四版"),
                        org.assertj.core.groups.Tuple.tuple(Article.UNKNOWN_PAGE, null));
        assertThat(articles.get(0).paragraphs()).contains("这一年，我们推进产城融合，成功申报3所职业高校；继续推进安居工程建设，改造老旧小区73.9万平方米。（下转第四版）");
        assertThat(split.lines()).filteredOn(l -> l.line() == 7).singleElement()
                .extracting(PageSplit.LineFate::fate).isInstanceOf(PageSplit.Furniture.class);
    }

    @Test
    void shouldKeepASubheadAfterAParagraphWithoutAFinalFullStop() {
        List<Article> articles = splitter.split("""
                市政府召开常务会议

                本报讯 会议研究了三项工作，听取了全市重点项目推进情况的汇报

                优化营商环境

                会议要求，各部门要持续优化营商环境，提升服务效能。
                """);
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.paragraphs()).containsExactly(
                "本报讯 会议研究了三项工作，听取了全市重点项目推进情况的汇报", "优化营商环境", "会议要求，各部门要持续优化营商环境，提升服务效能。"));
    }

    @Test
    void shouldKeepBulletsPhoneLinesAndListsOfNamesInTheArticle() {
        String page = """
                政府工作报告摘要

                ■ 2024年成绩单

                ●预计全省地区生产总值增长6%左右

                ●粮食总产达到557亿斤

                会议选举产生新一届领导班子：

                市长 张三

                副市长 李四 王五

                联系电话：0352-1234567

                会议时间为3月5日（星期二）上午9时。
                """;
        PageSplit split = splitter.splitPage(PageRef.NONE, page);
        assertThat(split.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("政府工作报告摘要");
            assertThat(a.paragraphs()).containsExactly("■ 2024年成绩单", "●预计全省地区生产总值增长6%左右", "●粮食总产达到557亿斤",
                    "会议选举产生新一届领导班子：", "市长 张三", "副市长 李四 王五", "联系电话：0352-1234567", "会议时间为3月5日（星期二）上午9时。");
        });
        assertThat(split.furnitureCount()).isZero();
    }

    @Test
    void shouldNotCutADocumentAtItsOwnSubheadsAndKeepAHeadlessLead() {
        List<Article> articles = splitter.split("""
                过去一年，全市经济稳中有进，地区生产总值增长5.1%。

                产业转型

                我们坚持把发展经济的着力点放在实体经济上，新建5G基站1200个。

                民生保障

                ◆ 城镇新增就业3.2万人

                ◆ 新改建农村公路500公里
                """);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isNull();
            assertThat(a.paragraphs()).hasSize(6).contains("产业转型", "民生保障");
        });
    }

    @Test
    void shouldAccountForEveryLineAsArticleFurnitureOrRepeat() {
        PageSplit split = splitter.splitPage(PageRef.NONE, """
                2026年1月23日 星期五

                全省经济运行稳中有进

                本报讯 1月22日，省统计局发布数据，全年地区生产总值增长5.2%。

                本报讯 1月22日，省统计局发布数据，全年地区生产总值增长5.2%。

                【字体：大 中 小】 

                责任编辑：张三
                """);
        assertThat(split.lines()).extracting(l -> PageSplit.describe(l.fate())).containsExactly(
                "furniture (edition date line)", "article 1", "article 1", "repeat of line 5",
                "furniture (font size widget)", "furniture (editor credit)");
    }

    @Test
    void shouldDropSiteChromeButKeepTablesFlattenedToText() {
        PageSplit split = splitter.splitPage(PageRef.NONE, """
                首页|新闻|国际|财经|体育|娱乐
                当前位置：首页 > 新闻中心 > 国内新闻
                【放大字体】 【缩小字体】
                市统计局发布一季度数据

                本报讯 4月18日，市统计局发布一季度经济数据。

                | 指标 | 数值 | 增长 |
                ---|---|---|---
                | 地区生产总值 | 512亿元 | 5.1% |

                打印本页 关闭窗口
                """);
        assertThat(split.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("市统计局发布一季度数据");
            assertThat(a.paragraphs()).contains("| 指标 | 数值 | 增长 |", "---|---|---|---", "| 地区生产总值 | 512亿元 | 5.1% |");
        });
        assertThat(split.lines()).extracting(l -> PageSplit.describe(l.fate())).startsWith("furniture (navigation bar)",
                "furniture (breadcrumb)", "furniture (navigation or share widget)").endsWith("furniture (navigation or share widget)");
    }

    @Test
    void shouldStartAHeadlessArticleAtASecondWireDatelineAndAfterATeasersLink() {
        List<Article> articles = splitter.split("""
                1998年3月17日人民日报 第2版

                新华社北京2月24日电 日前，全国政协召开主席会议，研究了有关事项。

                新华社北京11月7日电 全国政协提案委员会负责人就评选表彰重要提案答记者问。（完）

                一年一度的全国两会，交汇着过去与未来。[详细]

                在催人奋进的春天里，全国两会完成各项议程。[详细]
                """);
        assertThat(articles).extracting(a -> a.paragraphs().get(0)).containsExactly(
                "新华社北京2月24日电 日前，全国政协召开主席会议，研究了有关事项。",
                "新华社北京11月7日电 全国政协提案委员会负责人就评选表彰重要提案答记者问。（完）",
                "一年一度的全国两会，交汇着过去与未来。[详细]",
                "在催人奋进的春天里，全国两会完成各项议程。[详细]");
    }

    @Test
    void shouldKeepOriginalTitleLinesWeekdaySentencesAndSubheadsInTheArticle() {
        String page = """
                市人大常委会召开主任会议

                原标题：市人大常委会召开第十二次主任会议

                本报讯 3月22日（星期五）上午，市人大常委会召开主任会议。

                会议听取了有关工作的汇报

                依法履职

                会议要求，要依法履职，做好各项准备工作。

                (原题为《主任会议研究部署下阶段工作》)
                """;
        PageSplit split = splitter.splitPage(PageRef.NONE, page);
        assertThat(split.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("市人大常委会召开主任会议");
            assertThat(a.paragraphs()).contains("原标题：市人大常委会召开第十二次主任会议", "本报讯 3月22日（星期五）上午，市人大常委会召开主任会议。",
                    "依法履职", "(原题为《主任会议研究部署下阶段工作》)");
        });
        assertThat(split.furnitureCount() + split.repeatCount()).isZero();
    }

    @Test
    void shouldStartAnOfficialDocumentAtItsNumber() {
        List<Article> articles = splitter.split("""
                关于召开全市经济工作会议的决议

                会议决定，于近期召开全市经济工作会议。

                长沙市人民政府关于印发联合办理办法的通知

                长政发〔2008〕32号

                各区、县（市）人民政府，市直机关各单位：

                现将办法印发给你们，请认真贯彻执行。
                """);
        assertThat(articles).extracting(Article::title).containsExactly("关于召开全市经济工作会议的决议", "长沙市人民政府关于印发联合办理办法的通知");
    }

    @Test
    void shouldReadAHeadlineGluedToItsDateAndSourceLine() {
        List<Article> articles = splitter.split("""
                长治市人大常委会召开主任会议2024-03-25 10:20 来源：长治日报

                3月22日，市人大常委会召开主任会议。
                """);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("长治市人大常委会召开主任会议");
            assertThat(a.byline()).isEqualTo("2024-03-25 10:20 来源：长治日报");
        });
    }

    @Test
    void shouldStartANewArticleForEachNumberedNoticeUnderTheSameHeadline() {
        List<Article> articles = splitter.split("""
                大同市第十六届人民代表大会第六次会议公告

                （第1号）

                会议选举出委员2人：孙为军、吴生江。

                现予公告

                大同市第十六届人民代表大会第六次会议主席团
                2026年1月22日

                （第2号）

                会议票决出民生实事项目15项：

                - 1.提升失能老年人护理水平

                现予公告
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles).extracting(Article::title).containsOnly("大同市第十六届人民代表大会第六次会议公告");
        assertThat(articles.get(0).paragraphs()).containsExactly("（第1号）", "会议选举出委员2人：孙为军、吴生江。", "现予公告",
                "大同市第十六届人民代表大会第六次会议主席团", "2026年1月22日");
        assertThat(articles.get(1).body()).startsWith("（第2号）");
    }

    @Test
    void shouldReadKickerTitleAndSubtitle() {
        List<Article> articles = splitter.split("""
                全面加快高质量发展 持续深化全方位转型

                市十六届人大五次会议隆重开幕

                张强武健鹏出席 谷明主持

                本报讯（记者 李雪峰）2月15日上午，大会隆重开幕。
                """);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.kicker()).isEqualTo("全面加快高质量发展 持续深化全方位转型");
            assertThat(a.title()).isEqualTo("市十六届人大五次会议隆重开幕");
            assertThat(a.subtitle()).isEqualTo("张强武健鹏出席 谷明主持");
        });
    }

    @Test
    void shouldTakeDashLineAsSubtitleAndSpeakerAsByline() {
        List<Article> articles = splitter.split("""
                政府工作报告

                ——2024年3月5日在第十四届全国人民代表大会第二次会议上

                国务院总理　李　强

                各位代表：

                一、2023年工作回顾

                过去一年，经济总体回升向好。
                """);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("政府工作报告");
            assertThat(a.subtitle()).isEqualTo("——2024年3月5日在第十四届全国人民代表大会第二次会议上");
            assertThat(a.byline()).isEqualTo("国务院总理　李　强");
            assertThat(a.paragraphs()).containsExactly("各位代表：", "一、2023年工作回顾", "过去一年，经济总体回升向好。");
        });
    }

    @Test
    void shouldKeepPhotoCaptionsAndCreditsInOneCaptionArticle() {
        List<Article> articles = splitter.split("""
                大会设有旁听席，5名社会各界人士旁听了会议。

                两会影像

                2025

                ◀ 15日，天镇代表团代表们讨论政府工作报告。

                本报记者 张占兵 摄

                ▶ 15日，委员们讨论政府工作报告。

                本报记者 于宏 摄
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).title()).isEqualTo("两会影像");
        assertThat(articles.get(1).paragraphs()).hasSize(4).first().asString().startsWith("◀ 15日");
    }

    @Test
    void shouldDropExactRepeatsOfAParagraphButKeepPartialRepeatsAndListItems() {
        List<Article> articles = splitter.split("""
                报告

                严格落实义务教育政策，建设普惠性幼儿园32所、乡村寄宿制学校22所。推进安居工程。

                加快城市更新。严格落实义务教育政策，建设普惠性幼儿园32所、乡村寄宿制学校22所。

                严格落实义务教育政策，建设普惠性幼儿园32所、乡村寄宿制学校22所。推进安居工程。

                - 严格落实义务教育政策，建设普惠性幼儿园32所、乡村寄宿制学校22所

                - 加快城市更新

                - 严格落实义务教育政策，建设普惠性幼儿园32所、乡村寄宿制学校22所
                """);
        assertThat(articles.get(0).paragraphs()).containsExactly(
                "严格落实义务教育政策，建设普惠性幼儿园32所、乡村寄宿制学校22所。推进安居工程。",
                "加快城市更新。严格落实义务教育政策，建设普惠性幼儿园32所、乡村寄宿制学校22所。",
                "- 严格落实义务教育政策，建设普惠性幼儿园32所、乡村寄宿制学校22所",
                "- 加快城市更新",
                "- 严格落实义务教育政策，建设普惠性幼儿园32所、乡村寄宿制学校22所");
    }

    @Test
    void shouldDropRunningHeadersAndEditorsCreditsAndReadABylineLine() {
        List<Article> articles = splitter.split("""
                2026年1月23日 星期五

                第2版 要闻

                全省经济运行稳中有进

                本报记者 王浩 李明

                1月22日，省统计局发布数据，全年地区生产总值增长5.2%。

                责任编辑：张三
                """);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.kicker()).isNull();
            assertThat(a.title()).isEqualTo("全省经济运行稳中有进");
            assertThat(a.byline()).isEqualTo("本报记者 王浩 李明");
            assertThat(a.paragraphs()).containsExactly("1月22日，省统计局发布数据，全年地区生产总值增长5.2%。");
        });
    }

    @Test
    void shouldReadAXinhuaBylineAtTheStartOfTheBody() {
        List<Article> articles = splitter.split("""
                国务院常务会议召开

                新华社北京3月5日电（记者 张三）国务院总理主持召开国务院常务会议。
                """);
        assertThat(articles.get(0).byline()).isEqualTo("新华社北京3月5日电（记者 张三）");
    }

    @Test
    void shouldReadANationalFrontPage() {
        List<Article> articles = splitter.split("""
                人民日报

                2025年3月6日 星期四

                习近平在参加江苏代表团审议时强调

                因地制宜发展新质生产力

                本报北京3月5日电  （记者 张三、李四）习近平5日下午在参加江苏代表团审议时强调，要因地制宜发展新质生产力。

                十四届全国人大三次会议在京开幕

                李强作政府工作报告

                新华社北京3月5日电  第十四届全国人民代表大会第三次会议5日上午在人民大会堂开幕。

                （下转第三版）
                """);
        assertThat(articles).extracting(Article::kicker, Article::title, Article::subtitle, Article::byline, Article::continuesOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("习近平在参加江苏代表团审议时强调", "因地制宜发展新质生产力", null,
                                "本报北京3月5日电  （记者 张三、李四）", null),
                        org.assertj.core.groups.Tuple.tuple(null, "十四届全国人大三次会议在京开幕", "李强作政府工作报告", "新华社北京3月5日电", "第三版"));
    }
}
