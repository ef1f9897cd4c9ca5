package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written multi-item pages of the genre, one rule of {@link ItemHeadings} each, with a counter-example. */
class ItemHeadingsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartAnItemAtEachMarkdownHeadingOverASourcedLead() {
        List<Article> articles = splitter.split("""
                ### [视频]市长主持召开政府常务会议

                [查看视频 ↗](https://tv.example.cn/2026/03/02/VIDE1.shtml)

                电视台消息（晚间新闻）：3月2日，市长主持召开市政府常务会议，研究部署春耕生产工作。

                ---

                ### [视频]市人大常委会举行第十次会议

                [查看视频 ↗](https://tv.example.cn/2026/03/02/VIDE2.shtml)

                电视台消息（晚间新闻）：市人大常委会第十次会议2日在市会议中心举行，会议审议了有关报告。
                """);
        assertThat(articles).extracting(Article::title)
                .containsExactly("[视频]市长主持召开政府常务会议", "[视频]市人大常委会举行第十次会议");
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("电视台消息（晚间新闻）：市人大常委会第十次会议");
    }

    @Test
    void shouldStartAnItemAtAnEditorsNoteAfterAFinishedItem() {
        List<Article> articles = splitter.split("""
                代表委员话履职

                3月3日，北京人民大会堂前，几位政协委员在交谈。

                新华社记者 王五摄

                编者按 在今年全国两会的代表委员中，很多人是“老面孔”。他们听民声、集民意，积极参政议政。

                让我们共同倾听这些“老面孔”们的新故事。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("编者按 在今年全国两会的代表委员中");
        assertThat(articles.get(1).paragraphs()).hasSize(2);

        // An editor's note that opens an article stays its first paragraph, under its headline.
        List<Article> headed = splitter.split("""
                代表委员话履职

                【编者按】在今年全国两会的代表委员中，很多人是“老面孔”。

                3月3日，北京人民大会堂前，几位政协委员在交谈。
                """);
        assertThat(headed).hasSize(1);
        assertThat(headed.get(0).title()).isEqualTo("代表委员话履职");
    }

    @Test
    void shouldKeepAMarkdownSectionOverPlainTextInItsArticle() {
        List<Article> articles = splitter.split("""
                # 我市召开优化营商环境大会

                本报讯 3月2日，我市召开优化营商环境大会，部署今年重点任务。

                ## 会议要求

                各区县要对照任务清单，逐项抓好落实，确保各项措施落地见效。
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).contains("会议要求");
    }

    @Test
    void shouldKeepAMarkdownSectionOverACitationInItsArticle() {
        List<Article> articles = splitter.split("""
                # 我国成功发射新一代气象卫星

                本报讯 记者从国家航天局获悉，新一代气象卫星今天成功发射。

                ## 国际反响

                据新华社报道，多国气象机构对此次发射表示祝贺，愿加强数据共享合作。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldSplitANumberedDigestAndRejoinAHeadlineBrokenOverTwoHeadingLines() {
        String page = """
                # 每日要闻速览

                **第128期**

                欢迎阅读今天的要闻速览，以下是今日三条要闻。

                ## **1. 省政府召开**

                ## **全省安全生产电视电话会议**

                会议通报了一季度全省安全生产形势，部署下一阶段重点工作。

                ## **2. 省人大常委会**

                ## **开展食品安全法执法检查**

                执法检查组将分赴五个市，重点检查食品安全责任落实情况。

                ## **3. 全省春季植树活动启动**

                今年全省计划完成造林一百万亩，各地已陆续开展义务植树活动。
                """;
        List<Article> articles = splitter.split(page);
        assertThat(articles).extracting(Article::title).containsExactly("每日要闻速览",
                "1. 省政府召开全省安全生产电视电话会议", "2. 省人大常委会开展食品安全法执法检查", "3. 全省春季植树活动启动");
        // the emphasis marks of the heading lines are layout, like their # marks: no text is lost
        assertThat(KeptText.of(page, articles).lost()).isEmpty();
    }

    @Test
    void shouldKeepTwoNumberedHeadingsAsSectionsOfOneArticle() {
        List<Article> articles = splitter.split("""
                # 关于加强基层治理的调研报告

                本报讯 调研组近日赴五个乡镇开展调研，形成如下报告。

                ## 1. 基本情况

                全市共有乡镇四十个，村（社区）六百个，网格员三千余名。

                ## 2. 存在问题

                部分乡镇网格员力量不足，信息平台使用率不高。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldStartAnItemAtADayPageIndexEntryThatTheNextLineRestates() {
        List<Article> articles = splitter.split("""
                1988-03-26
                第 1 版
                1. 七届全国人大一次会议举行预备会议
                第1版(要闻)专栏: 七届全国人大一次会议举行预备会议 选出大会主席团和秘书长 新华社北京3月24日电 七届全国人大一次会议今天下午举行预备会议。
                2. 国务院召开全体会议
                第1版(要闻)专栏: 国务院召开全体会议 讨论政府工作报告稿 新华社北京3月24日电 国务院今天召开全体会议，讨论政府工作报告稿。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).headline()).contains("七届全国人大一次会议举行预备会议");
        assertThat(articles.get(1).headline()).contains("国务院召开全体会议");
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("第1版(要闻)专栏: 国务院召开全体会议");
    }

    @Test
    void shouldKeepANumberedListItemThatTheNextLineDoesNotRestate() {
        List<Article> articles = splitter.split("""
                市政府部署三项重点工作

                本报讯 市政府常务会议明确今年三项重点工作：

                1. 抓好重点项目建设
                各部门要倒排工期，确保重点项目按期开工，全年完成投资三百亿元。
                2. 抓好民生实事
                年内完成十项民生实事，改造老旧小区五十个。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldSplitAGalleryOfCaptionsOfDifferentDays() {
        List<Article> articles = splitter.split("""
                3月5日,十四届全国人大二次会议在北京人民大会堂开幕。这是代表们步入会场。记者 王明 摄
                3月8日,全国人大代表在小组会议上审议政府工作报告。记者 李华 摄
                3月11日,十四届全国人大二次会议在北京人民大会堂闭幕。记者 张强 摄
                """);
        assertThat(articles).hasSize(3);
        assertThat(articles.get(1).paragraphs()).containsExactly("3月8日,全国人大代表在小组会议上审议政府工作报告。记者 李华 摄");
    }

    @Test
    void shouldKeepCaptionsOfOneDayAsOneStory() {
        List<Article> articles = splitter.split("""
                3月5日,省十三届人大三次会议开幕。省长作政府工作报告。记者 王明 摄
                3月5日,代表们认真阅读政府工作报告。记者 王明 摄
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).hasSize(2);
    }

    @Test
    void shouldEndACaptionAtItsPhotographersCredit() {
        List<Article> articles = splitter.split("""
                省政协会议闭幕

                1月20日,省政协十二届三次会议在省会议中心闭幕。新华社记者 陈立 摄
                新华社1月20日电 政协第十二届省委员会第三次会议20日上午闭幕。
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).containsExactly(
                "1月20日,省政协十二届三次会议在省会议中心闭幕。新华社记者 陈立 摄",
                "新华社1月20日电 政协第十二届省委员会第三次会议20日上午闭幕。");
    }

    @Test
    void shouldStillJoinASentenceAboutAPhotoThatTheLayoutBroke() {
        List<Article> articles = splitter.split("""
                老照片里的人大记忆

                本报讯 这张摄于1954年的照片，由本报记者王五拍摄
                ，记录了第一届全国人民代表大会开幕的场景。
                """);
        assertThat(articles.get(0).paragraphs()).containsExactly(
                "本报讯 这张摄于1954年的照片，由本报记者王五拍摄，记录了第一届全国人民代表大会开幕的场景。");
    }

    @Test
    void shouldStartAnItemAtATeaserBlockLabel() {
        List<Article> articles = splitter.split("""
                市人大常委会举行第二十次会议
                本报讯 昨日,市人大常委会第二十次会议举行,会议审议了市政府关于城市管理工作情况的报告。
                会议还审议了有关人事任免事项
                新闻推荐
                全市中小学春季开学 各校落实安全措施
                本市中小学昨日开学，各校开展开学第一课，落实校园安全各项措施。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).kicker()).isEqualTo("新闻推荐");
        assertThat(articles.get(1).title()).isEqualTo("全市中小学春季开学 各校落实安全措施");
    }

    @Test
    void shouldSplitEveryHeadlessParagraphOfATeaserIndex() {
        List<Article> articles = splitter.split("""
                选举张三为省人民代表大会常务委员会主任。
                记者从大会秘书处了解到,大会共收到议案十一件,均符合规定。
                政府工作报告中的民生清单引发代表热议。[详细]
                省人大代表接受本网记者采访,表示将继续深入联系群众。﹝全文﹞
                """);
        assertThat(articles).hasSize(4);
        assertThat(articles.get(1).paragraphs()).containsExactly("记者从大会秘书处了解到,大会共收到议案十一件,均符合规定。");
    }

    @Test
    void shouldKeepHeadlessParagraphsTogetherWithoutReadMoreLinks() {
        List<Article> articles = splitter.split("""
                选举张三为省人民代表大会常务委员会主任。
                记者从大会秘书处了解到,大会共收到议案十一件,均符合规定。
                政府工作报告中的民生清单引发代表热议。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldTreatAMarkdownLinkOrImageAloneOnItsLineAsChrome() {
        assertThat(Furniture.chromeRuleFor("[查看视频 ↗](https://tv.example.cn/2026/03/02/VIDE1.shtml)")).contains("markdown link or image");
        assertThat(Furniture.chromeRuleFor("![](https://img.example.cn/a/" + "x".repeat(120) + "/640?fmt=png)")).contains("markdown link or image");
        assertThat(Furniture.chromeRuleFor("详见[会议公报](https://example.cn/a.html)，会议审议通过了三项决定。")).isEmpty();
    }
}
