package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Items of pages that reprint several documents or list other items under an article: hand-written pages in the
 * genre's shapes, each rule with a counter-example.
 */
class ReprintedItemsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartADocumentAtEachTitleGluedToItsAdoptionLine() {
        List<Article> articles = splitter.split("""
                某省人民代表大会常务委员会关于召开某省第十四届人民代表大会第三次会议的决定(2024年12月20日某省第十四届人民代表大会常务委员会第十三次会议通过)

                某省第十四届人民代表大会常务委员会第十三次会议决定：某省第十四届人民代表大会第三次会议于2025年1月在省会召开。

                某省人民代表大会常务委员会关于批准某市城市管理条例的决定(2024年12月20日某省第十四届人民代表大会常务委员会第十三次会议通过)

                某省第十四届人民代表大会常务委员会第十三次会议审查了某市城市管理条例，决定予以批准。
                """);

        assertThat(articles).extracting(Article::title).containsExactly(
                "某省人民代表大会常务委员会关于召开某省第十四届人民代表大会第三次会议的决定",
                "某省人民代表大会常务委员会关于批准某市城市管理条例的决定");
        assertThat(articles).allSatisfy(a -> assertThat(a.paragraphs().get(0)).startsWith("(2024年12月20日").endsWith("会议通过)"));
    }

    @Test
    void shouldReadTouGuoOfAConvertedPageAsTheAdoptionLinesPassed() {
        // a page converted to traditional script by phrase prints 通过 as 透過
        List<Article> articles = splitter.split("""
                某縣人民代表大會常務委員會關於縣鄉兩級人民代表大會換屆選舉時間的決定(2021年6月1日某縣第十八屆人民代表大會常務委員會第三十次會議透過)

                根據選舉法的規定，決定全縣縣鄉兩級人民代表大會換屆選舉於2021年底前完成。

                某縣人民代表大會常務委員會關於縣人民代表大會代表名額的決定(2021年6月1日某縣第十八屆人民代表大會常務委員會第三十次會議透過)

                根據選舉法的規定，決定某縣第十九屆人民代表大會代表名額為二百名。
                """);

        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).title()).isEqualTo("某縣人民代表大會常務委員會關於縣人民代表大會代表名額的決定");
        assertThat(LineKind.of("(2021年6月1日某縣第十八屆人民代表大會常務委員會第三十次會議透過)")).isEqualTo(LineKind.ADOPTION);
    }

    @Test
    void shouldKeepAnArchiveRecordsSummaryLineWithTheDocumentItSummarises() {
        // counter-example: an archive record prints the title and adoption line as one summary line, then the document
        // with its title again: one document
        List<Article> articles = splitter.split("""
                某市第三届人民代表大会第一次会议关于政府工作报告的决议  (一九九三年三月十二日某市第三届人民代表大会第一次会议通过)

                  (1993.03.13)

                某市第三届人民代表大会第一次会议关于政府工作报告的决议
                (一九九三年三月十二日某市第三届人民代表大会第一次会议通过)
                某市第三届人民代表大会第一次会议认真审议了市长所作的政府工作报告，决定予以批准。
                会议号召全市人民团结一致，为完成今年的各项任务而努力奋斗。
                """);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).anyMatch(p -> p.startsWith("某市第三届人民代表大会第一次会议认真审议"));
    }

    @Test
    void shouldNotSplitATitleAtABracketThatIsNoAdoptionLine() {
        // counter-example: a bracket after a title that is not an adoption line (a date, a draft mark) opens nothing
        assertThat(ItemHeadings.gluedAdoptionAt("关于召开市第十届人民代表大会第五次会议的决定(2024年12月20日)")).isEqualTo(-1);
        assertThat(ItemHeadings.gluedAdoptionAt("会议审议了关于人事任免的决定，(2024年12月20日会议通过)")).isEqualTo(-1);
        assertThat(ItemHeadings.gluedAdoptionAt("【标题】= 关于政府工作报告的决议(2024年1月5日某市人民代表大会通过)")).isEqualTo(-1);
        assertThat(ItemHeadings.gluedAdoptionAt("某市城市管理条例(2024年10月25日某市人大常委会会议通过)")).isEqualTo(8);
    }

    @Test
    void shouldStartARelatedItemAtATitleOverASnippetThatRestatesIt() {
        // an aggregator's related items under the article: title, then a snippet cut from the lead
        List<Article> articles = splitter.split("""
                市人大常委会召开第十次会议

                本报讯 市十六届人大常委会第十次会议昨日召开，会议审议了有关报告。
                会议由市人大常委会主任主持。

                市人大常委会开展食品安全执法检查
                市人大常委会开展执法检查组近日深入多个县区检查食品安全
                省人大代表视察全省重点项目建设情况
                十四届省人大代表视察全省重点项目时指出要加快推进项目建设
                """);

        assertThat(articles).extracting(Article::title).containsExactly(
                "市人大常委会召开第十次会议", "市人大常委会开展食品安全执法检查", "省人大代表视察全省重点项目建设情况");
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("市人大常委会开展执法检查组近日");
        assertThat(articles.get(2).paragraphs().get(0)).startsWith("十四届省人大代表视察");
    }

    @Test
    void shouldKeepACopyOfTheTitlePrintedWithItsSnippetInThatItem() {
        assertThat(ItemHeadings.repeatsTitle("市人大常委会开展执法检查 主任带队", "市人大常委会开展执法检查")).isTrue();
        assertThat(ItemHeadings.repeatsTitle("市人大常委会开展执法检查", "省政协召开常委会议")).isFalse();
    }

    @Test
    void shouldKeepCaptionsOfOneSceneAndABrokenTitleWhereTheyStand() {
        // counter-examples: two captions of one scene open alike but are as long as each other; a title broken
        // before its 《 and an adoption line broken over two lines restate words after a bracket, not as a lead does
        assertThat(ItemHeadings.restatesTitleOpening("来自乡镇的委员在参加讨论", "来自乡镇的委员在分组讨论")).isFalse();
        assertThat(ItemHeadings.restatesTitleOpening("市人大常委会召开第十次会议", "市人大常委会召开第十次会议_某某新闻网")).isFalse();
        assertThat(ItemHeadings.restatesTitleOpening("某自治州人民代表大会关于修改", "《某自治州人民代表大会及其常务委员会立法条例》的决定")).isFalse();
        assertThat(ItemHeadings.restatesTitleOpening("某市第三届人民代表大会第一次会议关于政府工作报告的决议",
                "(一九九三年三月十二日某市第三届人民代表大会第一次会议通过)")).isFalse();
        List<Article> articles = splitter.split("""
                委员分组讨论政府工作报告

                本报讯 县政协委员昨日分组讨论政府工作报告，大家踊跃发言。

                来自乡镇的委员在参加讨论
                来自乡镇的委员在分组讨论
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldStartADigestItemAtAHeadlineOverALeadThatRestatesItAndDatesTheEvent() {
        // a digest prints headline over lead, line after line; the lead restates the headline and dates the event
        List<Article> articles = splitter.split("""
                市政协委员热议政府工作报告
                委员们表示，报告总结成绩实事求是，部署工作措施有力，令人鼓舞。
                市十六届人大六次会议主席团举行第三次会议
                市十六届人大六次会议主席团1月22日上午举行第三次会议。会议听取了各代表团审议情况的汇报。
                """);

        assertThat(articles).extracting(Article::title).containsExactly("市政协委员热议政府工作报告", "市十六届人大六次会议主席团举行第三次会议");
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("市十六届人大六次会议主席团1月22日上午");
    }

    @Test
    void shouldKeepASubheadThatTheParagraphUnderItTakesUpInItsArticle() {
        // counter-example: a subhead taken up by its paragraph, which argues and dates no event
        List<Article> articles = splitter.split("""
                坚持以人民为中心的发展思想
                会议指出，过去一年全市经济社会发展取得新成效，人民群众获得感不断增强。
                坚持以人民为中心推进民生实事
                坚持以人民为中心推进民生实事，就要把群众的急难愁盼作为工作的出发点和落脚点。
                """);

        assertThat(articles).hasSize(1);
        assertThat(ItemHeadings.isRestatedDatedLead("坚持以人民为中心推进民生实事", "会议要求，1月起全面推进民生实事。")).isFalse();
        assertThat(ItemHeadings.isRestatedDatedLead("市人大常委会召开第十次会议", "市人大常委会召开第十次会议1月5日在市行政中心举行。")).isTrue();
    }

    @Test
    void shouldSplitAColumnOfBriefsDatedByTheDayRelativeToTheIssue() {
        // a morning digest dates its briefs by 昨日; the item above the first one ends without a full stop
        List<Article> articles = splitter.split("""
                市两会今天开幕

                市政协十三届二次会议今天下午开幕，市人大会议明天上午开幕。

                ◇看两会，跟着代表一起走进会场↓↓↓

                ◇昨日，市人大代表走进社区听取居民对老旧小区改造的意见建议。

                ◇昨日，市政协委员视察全市重点民生项目建设情况。
                """);

        assertThat(articles).hasSize(3);
        assertThat(articles.get(0).paragraphs()).last().asString().startsWith("◇看两会");
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("◇昨日，市人大代表");
        assertThat(articles.get(2).paragraphs().get(0)).startsWith("◇昨日，市政协委员");
        assertThat(BriefItems.isDatedBrief("◆日前，县人大常委会开展执法检查。")).isTrue();
    }

    @Test
    void shouldKeepBulletsThatDateNothingOrDateOnlyLaterInOneArticle() {
        // counter-examples: the bullets of one report's summary; 昨日 deep in a bullet's sentence dates no brief
        assertThat(BriefItems.isDatedBrief("●全年地区生产总值增长5%，比昨日公布的预计数略高。")).isFalse();
        List<Article> articles = splitter.split("""
                市政府工作报告摘要

                ●全年地区生产总值增长5.5%左右。

                ●今年以来，城镇新增就业2.1万人。

                ●居民人均可支配收入增长6%。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldStartAnItemAtEachLongHeadlineOfARunOfHeadlinesOverOneParagraph() {
        List<Article> articles = splitter.split("""
                市人大代表分组审议政府工作报告和计划预算报告
                代表们认为，报告实事求是、重点突出，提出的目标任务符合实际，完全赞成这个报告。
                政协委员讨论法院检察院工作报告：着力增强群众安全感
                委员们表示，五年来，两院围绕中心服务大局，司法公信力明显提升，成绩来之不易。
                市政府工作报告把优化营商环境放在今年重点工作的首位
                政府工作报告今年的头一项重点工作就是持续优化营商环境，打造一流发展环境。
                """);

        assertThat(articles).extracting(Article::title).containsExactly(
                "市人大代表分组审议政府工作报告和计划预算报告",
                "政协委员讨论法院检察院工作报告：着力增强群众安全感",
                "市政府工作报告把优化营商环境放在今年重点工作的首位");
        assertThat(articles.get(2).paragraphs().get(0)).startsWith("政府工作报告今年的头一项");
    }

    @Test
    void shouldKeepShortSubheadsOverOneParagraphEachInOneArticle() {
        // counter-example: an article's subheads are short phrases, each over a paragraph like a digest's items
        List<Article> subheads = splitter.split("""
                市政府召开常务会议研究部署重点工作
                会议指出，今年以来全市经济运行总体平稳，主要指标好于预期，发展态势持续向好。
                稳住经济基本盘
                会议要求，要抓好重点项目建设，加快推进重大项目开工，切实扩大有效投资规模。
                兜牢民生底线
                会议强调，要做好困难群众基本生活保障工作，确保各项民生政策落实落地见效。
                守住安全红线
                会议强调，要压紧压实安全生产责任，深入开展隐患排查整治，坚决遏制重特大事故。
                """);
        assertThat(subheads).hasSize(1);
        assertThat(ItemHeadings.isNewsHeadline("稳住经济基本盘")).isFalse();
        assertThat(ItemHeadings.isNewsHeadline("会议强调，要做好困难群众基本生活保障工作，确保落实")).isFalse();
    }
}
