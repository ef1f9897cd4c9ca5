package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Page shapes of e-paper and web dumps: where one article ends and the next begins, and the chrome around them. */
class PageShapesTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartAnArticleAtAHeadlineSetOffByABlankLineOnAPageOfCompactParagraphs() {
        List<Article> articles = splitter.split("""
                市人大常委会召开主任会议

                会议听取了关于全市重点项目建设情况的报告。
                会议要求，各有关部门要抓紧推进项目建设，确保按期完成。
                会议还研究了其他事项。

                全市春耕生产有序推进

                眼下正值春耕时节，各地农民抢抓农时开展生产。
                农业部门组织技术人员深入田间地头开展指导。
                """);

        assertThat(articles).extracting(Article::title).containsExactly("市人大常委会召开主任会议", "全市春耕生产有序推进");
        assertThat(articles.get(1).paragraphs()).first().asString().startsWith("眼下正值春耕时节");
    }

    @Test
    void shouldKeepASubheadInItsArticleWhenThePageSetsEveryParagraphOffByABlankLine() {
        // a blank line between every paragraph says nothing: the headline between two paragraphs stays a subhead
        List<Article> articles = splitter.split("""
                市人大常委会召开主任会议

                会议听取了关于全市重点项目建设情况的报告，并提出了意见。

                会议要求，各有关部门要抓紧推进项目建设，确保按期完成任务。

                强化责任落实

                会议强调，要压实各方责任，形成工作合力，推动工作落地见效。
                """);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).contains("强化责任落实");
    }

    @Test
    void shouldReadAShortColumnLabelAboveALongerTitleAsItsKicker() {
        List<Article> articles = splitter.split("""
                代表委员风采
                郑州市十三届人大四次会议闭幕

                本报讯 昨日，郑州市第十三届人民代表大会第四次会议胜利闭幕。
                """);

        assertThat(articles.get(0).kicker()).isEqualTo("代表委员风采");
        assertThat(articles.get(0).title()).isEqualTo("郑州市十三届人大四次会议闭幕");
    }

    @Test
    void shouldReadAFeaturesLongerSubtitleUnderItsShortTitleAsTheSubtitle() {
        List<Article> articles = splitter.split("""
                春风化雨
                记市人大代表李某某的履职故事

                本报讯 多年来，市人大代表李某某扎根基层，倾听群众呼声，提出建议20余件。
                """);

        assertThat(articles.get(0).title()).isEqualTo("春风化雨");
        assertThat(articles.get(0).subtitle()).isEqualTo("记市人大代表李某某的履职故事");
    }

    @Test
    void shouldReadTheOccasionUnderAReportsTitleAsItsSubtitle() {
        List<Article> articles = splitter.split("""
                政府工作报告
                2024年3月5日在第十四届全国人民代表大会第二次会议上

                各位代表：现在，我代表国务院，向大会报告政府工作，请予审议。
                """);

        assertThat(articles.get(0).title()).isEqualTo("政府工作报告");
        assertThat(articles.get(0).subtitle()).startsWith("2024年3月5日");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024年3月5日 星期二 第3版 要闻 责任编辑：王伟", "2012-03-20 A1版 要闻", "第3版 综合 2019年10月2日 星期三",
        "2020年8月28日 星期五 第4版 人大 责任编辑： 李雪峰"})
    void shouldReadAnEditionsRunningHeaderAsChrome(String line) {
        assertThat(LineKind.of(line)).isIn(LineKind.CHROME, LineKind.FURNITURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024年3月5日 星期二 上午9时", "2024年3月5日 第3版刊发的报道引起关注", "2024年3月5日"})
    void shouldLeaveDatesThatAreNoHeaderAlone(String line) {
        assertThat(LineKind.of(line)).isNotIn(LineKind.CHROME, LineKind.FURNITURE);
    }

    @Test
    void shouldNeverMakeTheEditionHeaderAnArticleOrATitle() {
        List<Article> articles = splitter.split("""
                2019年10月2日 星期三 第1版 社会 责任编辑：陈静

                运城市人民代表大会常务委员会公告

                运城市第五届人民代表大会常务委员会第十七次会议决定，接受辞职。
                """);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("运城市人民代表大会常务委员会公告");
        assertThat(articles.get(0).body()).contains("责任编辑：陈静"); // chrome is kept as text
    }

    @Test
    void shouldReadEpaperLinksWithTheIssuesDateAsChrome() {
        assertThat(LineKind.of("返回 03-20 读报")).isEqualTo(LineKind.CHROME);
        assertThat(LineKind.of("03-20")).isNotEqualTo(LineKind.HEADLINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"• 81阅读", "  • 0回复", "只看楼主", "楼主", "发表于 2012-3-4 10:22", "只看楼主 倒序阅读 0 发表于: 1992-03-28",
        "快速回复", "上一主题 下一主题", "离线admin"})
    void shouldReadForumThreadControlsAsChrome(String line) {
        assertThat(Furniture.chromeRuleFor(line.strip())).contains("forum thread controls");
        assertThat(LineKind.of(line.strip())).isEqualTo(LineKind.CHROME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"楼主表示，这一问题应当引起重视。", "发表于《人民日报》的评论文章引起广泛关注。", "在线教育", "回复群众来信"})
    void shouldLeaveNewsAboutForumsAndPostsAlone(String line) {
        assertThat(Furniture.chromeRuleFor(line)).isEmpty();
    }

    @Test
    void shouldTitleAForumPostByItsThreadTitleAndKeepItsControls() {
        String page = """
                • 81阅读
                  • 0回复

                市人大常委会开展执法检查 [复制链接]

                上一主题 下一主题
                离线admin

                只看楼主 倒序阅读 0 发表于: 2012-03-04
                本报讯 3月3日，市人大常委会执法检查组深入企业开展安全生产法执法检查。
                检查组要求，要压实企业主体责任，确保安全生产形势稳定。
                快速回复
                """;
        List<Article> articles = splitter.split(page);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("市人大常委会开展执法检查");
        assertThat(articles.get(0).paragraphs()).first().asString().startsWith("本报讯");
        // chrome is kept as text; only the thread's title line is not, its title without the button being the headline
        assertThat(KeptText.of(page, articles).lost()).containsExactly("市人大常委会开展执法检查 [复制链接]");
        assertThat(LineKind.of("[复制链接]")).isIn(LineKind.CHROME, LineKind.FURNITURE);
    }

    @Test
    void shouldTitleAPostThatPrintsItsHeadingAgainByThatHeading() {
        List<Article> articles = splitter.split("""
                代表“拖”领导 [复制链接]
                只看楼主 倒序阅读 0 发表于: 1992-03-28
                专栏:花絮
                代表“拖”领导
                审议政府工作报告过程中，许多代表希望能当面向党和国家领导人介绍情况。
                """);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("代表“拖”领导");
        assertThat(articles.get(0).body()).contains("代表“拖”领导 [复制链接]", "专栏:花絮"); // kept as printed, after the text
    }

    @Test
    void shouldKeepAThreadTitleAsPrintedWhenThePostPrintsItsHeadingAgainBrokenOverTwoLines() {
        String page = """
                全国人民代表大会举行全体会议 开始讨论各项议程 [复制链接]
                只看楼主 倒序阅读 0 发表于: 1955-07-22
                全国人民代表大会举行全体会议
                开始讨论各项议程
                新华社二十一日讯 全国人民代表大会二十一日下午举行全体会议，开始对各项议程进行讨论。
                """;
        List<Article> articles = splitter.split(page);

        assertThat(KeptText.of(page, articles).lost()).isEmpty();
        assertThat(String.join("", articles.stream().map(Article::body).toList()))
                .contains("全国人民代表大会举行全体会议 开始讨论各项议程 [复制链接]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"格式:doc   大小:57KB   页数:5页", "上传者:pppccc8 2017/11/11 文件大小:57 KB", "下载积分:2", "页数:12页", "下载此文档"})
    void shouldReadDocumentSiteFieldsAsChrome(String line) {
        assertThat(Furniture.chromeRuleFor(line)).contains("document site field");
    }

    @ParameterizedTest
    @ValueSource(strings = {"格式：统一按照公文格式要求报送，页数不限。", "大小：一是规模大，二是影响大。"})
    void shouldLeaveSentencesThatStartLikeAFieldAlone(String line) {
        assertThat(Furniture.chromeRuleFor(line)).isEmpty();
    }

    @Test
    void shouldTitleAnUploadedDocumentByItsNameFieldOnTheSameLine() {
        List<Article> articles = splitter.split("""
                文档名称:县人大常委会人事任免办法
                格式:doc   大小:57KB   页数:5页
                下载此文档
                第一条 根据《中华人民共和国宪法》和有关法律的规定，制定本办法。
                第二条 县人民代表大会常务委员会任免本办法规定的人员。
                """);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("县人大常委会人事任免办法");
        assertThat(articles.get(0).paragraphs()).first().asString().startsWith("第一条");
    }

    @Test
    void shouldTitleAnUploadedDocumentByItsNameFieldOnTheNextLine() {
        List<Article> articles = splitter.split("""
                文档名称:

                关于召开县第十八届人民代表大会第三次会议的决定.doc

                上传者:user01 页数:2页 下载积分:1
                县第十七届人民代表大会常务委员会第二十次会议决定，县第十八届人民代表大会第三次会议于2024年1月召开。
                """);

        assertThat(articles.get(0).title()).isEqualTo("关于召开县第十八届人民代表大会第三次会议的决定.doc");
        assertThat(articles.get(0).paragraphs()).first().asString().startsWith("县第十七届");
    }

    @Test
    void shouldNotTitleADocumentByALongLineAfterAnEmptyNameField() {
        List<Article> articles = splitter.split("""
                文档名称:

                县第十七届人民代表大会常务委员会第二十次会议决定，县第十八届人民代表大会第三次会议于2024年1月在县城召开，会期三天。
                """);

        assertThat(articles.get(0).title()).isNull();
        assertThat(articles.get(0).paragraphs()).anyMatch(p -> p.startsWith("县第十七届"));
    }

    @Test
    void shouldReadBulletedBriefsEachAsAnArticle() {
        List<Article> articles = splitter.split("""
                简讯

                ■市人大常委会开展执法检查
                3月3日，市人大常委会执法检查组深入企业开展安全生产法执法检查。

                ■县政协召开常委会议
                县政协召开常委会议，协商讨论有关事项。
                """);

        assertThat(articles).extracting(Article::title).containsExactly("■市人大常委会开展执法检查", "■县政协召开常委会议");
    }

    @Test
    void shouldKeepABulletedListWithoutParagraphsUnderItsItemsInOneArticle() {
        List<Article> articles = splitter.split("""
                全市经济运行稳中向好

                今年以来，全市经济运行总体平稳。主要指标如下：
                ■地区生产总值增长5%
                ■规上工业增加值增长6%
                ■社会消费品零售总额增长4%
                """);

        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldReadPlainBriefsAsHeadlineOverOneParagraph() {
        List<Article> articles = splitter.split("""
                市人大常委会开展执法检查
                检查组深入企业开展安全生产法执法检查，听取有关情况汇报。

                县政协召开常委会议
                会议协商讨论了有关事项，通过了有关决定。
                """);

        assertThat(articles).extracting(Article::title).containsExactly("市人大常委会开展执法检查", "县政协召开常委会议");
    }

    @Test
    void shouldKeepASubheadOverSeveralParagraphsInItsArticle() {
        List<Article> articles = splitter.split("""
                市人大常委会开展执法检查

                检查组深入企业开展安全生产法执法检查，听取有关情况汇报。

                压实责任
                检查组要求，要压实企业主体责任，确保安全生产形势稳定。
                检查组强调，要加强宣传教育，提高全社会安全意识。
                """);

        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldReadABracketedPhotoCreditAsTheEndOfTheCaptionNotAHeadline() {
        assertThat(LineKind.of("（记者 杨帆 摄）")).isEqualTo(LineKind.PHOTO_CREDIT);
        List<Article> articles = splitter.split("""
                县政府常务会议召开

                本报讯 5月23日，县政府召开常务会议，研究部署有关工作。
                会议要求，各部门要抓好落实。

                工作人员向群众讲解有关政策。
                （记者 杨帆 摄）

                市人大常委会开展执法检查

                检查组深入企业开展安全生产法执法检查。
                检查组要求，要压实企业主体责任。
                """);

        assertThat(articles).extracting(Article::title).containsExactly("县政府常务会议召开", "市人大常委会开展执法检查");
    }

    @Test
    void shouldStartTheNextNoticeAfterASignOffWhenItsHeadlineStandsOverAParagraph() {
        List<Article> articles = splitter.split("""
                市人大常委会公告

                市人大常委会接受了张三辞去市人大代表职务的请求。
                特此公告。

                县人大常委会公告

                县第十七届人民代表大会常务委员会第六次会议确认了有关代表的资格，现予公告。
                """);

        assertThat(articles).extracting(Article::title).containsExactly("市人大常委会公告", "县人大常委会公告");
    }

    @Test
    void shouldKeepTheIssuerAndDateUnderASignOffInTheNotice() {
        List<Article> articles = splitter.split("""
                市人大常委会公告

                市人大常委会接受了张三辞去市人大代表职务的请求。
                特此公告。
                市人民代表大会常务委员会
                2024年3月5日
                """);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).contains("市人民代表大会常务委员会");
    }

    @Test
    void shouldJoinAHeadlineBrokenOverTwoLinesWhenTheLeadPrintsTheBrokenWordWhole() {
        List<Article> articles = splitter.split("""
                市委九届九次全
                委(扩大)会议召开

                1月6日，市委九届九次全委(扩大)会议在市会议中心召开。
                """);

        assertThat(articles.get(0).title()).isEqualTo("市委九届九次全委(扩大)会议召开");
        assertThat(articles.get(0).subtitle()).isNull();
    }

    @Test
    void shouldKeepATitleOverItsSubtitleWhenTheLeadDoesNotRunThemTogether() {
        assertThat(BrokenHeadlines.cue("市委经济工作会议举行", "张三讲话", "1月6日，市委经济工作会议在市会议中心举行。")).isEmpty();
        assertThat(BrokenHeadlines.cue("市委九届九次全", "委(扩大)会议", "市委九届九次全委(扩大)会议召开。")).isPresent();
    }
}
