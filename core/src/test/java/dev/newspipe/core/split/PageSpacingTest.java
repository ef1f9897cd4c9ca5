package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.PageRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written pages that set every line off by a blank line (web dumps, archive copies): read in the page's own
 * spacing, each rule with a counter-example where the blank line does mean something or where subheads must stay.
 */
class PageSpacingTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    /** The page with exactly one blank line between every two lines. */
    private static String doubleSpaced(String page) {
        return String.join("\n\n", page.lines().filter(l -> !l.isBlank()).toList()) + "\n";
    }

    /** A short page of two items, printed line after line. */
    private static final String LIBRARY_PAGE = """
            县图书馆新馆开放
            县图书馆新馆十五日起对外开放，藏书二十万册，设有少儿阅览室和电子阅览室。
            开馆首日接待读者三千余人次，不少家长带着孩子前来借书。
            农民技术培训班结业
            县农业局举办的果树修剪技术培训班十六日结业，二百多名果农参加了培训。
            """;

    private static int spacingOf(String page) {
        return PageSpacing.of(page.split("\\R", -1)).spacing();
    }

    @Test
    void shouldReadOneBlankLineAsTheSpacingOfAPageThatSetsEveryLineOff() {
        assertThat(spacingOf(doubleSpaced(LIBRARY_PAGE))).isEqualTo(1);
    }

    @Test
    void shouldFindNoSpacingOnAPagePrintedLineAfterLine() {
        assertThat(spacingOf(LIBRARY_PAGE)).isZero();
    }

    @Test
    void shouldFindNoSpacingWhereAHeadlineSitsTightOnItsParagraph() {
        // headline directly on its paragraph, the paragraphs set apart: the blank line is a cue there, not the spacing
        String page = """
                县图书馆新馆开放
                县图书馆新馆十五日起对外开放，藏书二十万册，设有少儿阅览室和电子阅览室。

                开馆首日接待读者三千余人次，不少家长带着孩子前来借书。

                馆长表示，新馆将延长开放时间，方便上班族在晚间借阅。

                农民技术培训班结业
                县农业局举办的果树修剪技术培训班十六日结业，二百多名果农参加了培训。
                """;
        assertThat(spacingOf(page)).isZero();
    }

    @Test
    void shouldStartABriefAtEachHeadlineOfADoubleSpacedBriefColumn() {
        List<Article> articles = splitter.split(doubleSpaced("""
                工人日报 第2版
                简讯
                车间实行责任制提高工效
                市机床厂装配车间实行经济责任制后，工效明显提高，一个班组日产量翻了一番。（李明）
                职工业余培训班开课
                市总工会举办的职工业余技术培训班本月开课，三百多名职工报名参加。（王芳）
                厂区新建职工食堂
                市纺织厂新建的职工食堂日前投入使用，可同时容纳五百人就餐。（赵刚）
                """));
        assertThat(articles).extracting(Article::title)
                .containsExactly("车间实行责任制提高工效", "职工业余培训班开课", "厂区新建职工食堂");
    }

    @Test
    void shouldStartAnItemAtAHeadlineAfterASignOffOnADoubleSpacedPageWithoutAColumnLabel() {
        // no 简讯 label: the reporter's sign-off ends each item, so the headline after it heads the next
        List<Article> articles = splitter.split(doubleSpaced("""
                车间实行责任制提高工效
                市机床厂装配车间实行经济责任制后，工效明显提高，一个班组日产量翻了一番。（李明）
                职工业余培训班开课
                市总工会举办的职工业余技术培训班本月开课，三百多名职工报名参加。（王芳）
                """));
        assertThat(articles).extracting(Article::title).containsExactly("车间实行责任制提高工效", "职工业余培训班开课");
    }

    @Test
    void shouldKeepTheSubheadsOfADoubleSpacedReportInOneArticle() {
        // a work report's sections and a feature's thematic subheads stay subheads when every line is set off
        List<Article> articles = splitter.split(doubleSpaced("""
                县人民政府工作报告
                各位代表：
                现在，我代表县人民政府向大会报告工作，请予审议。
                一、过去一年工作回顾
                过去一年，全县经济运行稳中有进，地区生产总值增长百分之五。
                农业生产保持稳定，粮食总产量连续五年稳定在十万吨以上。
                二、今年工作安排
                今年是全面完成规划目标任务的关键一年，我们将坚持稳中求进。
                持续抓好项目建设，全年实施重点项目五十个。
                """));
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("县人民政府工作报告");
        List<Article> feature = splitter.split(doubleSpaced("""
                春风化雨润民心
                记市人大代表张华的履职故事
                走进张华的办公室，桌上整齐摆放着一摞摞群众来信。
                倾听民声
                每逢周末，张华都会到社区走访，听取群众的意见和建议。
                一年来，她收集整理群众意见建议八十余条。
                为民代言
                在市人代会上，张华提交了关于改善老旧小区环境的建议。
                这一建议得到了有关部门的积极回应。
                """));
        assertThat(feature).hasSize(1);
    }

    @Test
    void shouldReportEveryLineAsPrintedOnADoubleSpacedPage() {
        String page = doubleSpaced("""
                车间实行责任制提高工效
                市机床厂装配车间实行经济责任制后，工效明显提高，一个班组日产量翻了一番。（李明）
                职工业余培训班开课
                市总工会举办的职工业余技术培训班本月开课，三百多名职工报名参加。（王芳）
                """);
        PageSplit split = splitter.splitPage(PageRef.NONE, page);
        String[] printed = page.split("\\R", -1);
        assertThat(split.lines()).extracting(PageSplit.LineFate::line).containsExactly(1, 3, 5, 7);
        split.lines().forEach(f -> assertThat(printed[f.line() - 1].strip()).isEqualTo(f.text()));
        assertThat(split.lines()).extracting(f -> PageSplit.describe(f.fate()))
                .containsExactly("article 1", "article 1", "article 2", "article 2");
    }

    @Test
    void shouldStartAnItemAtEachHeadlineOfARunOfHeadlinesOverOneParagraphEach() {
        // a double-spaced column without its label and without sign-offs: three different headlines, one paragraph each
        List<Article> articles = splitter.split(doubleSpaced("""
                市图书馆新馆正式对外开放
                市图书馆新馆十五日起对外开放，藏书二十万册，设有少儿阅览室和电子阅览室。
                全市果树修剪技术培训班结业
                市农业局举办的果树修剪技术培训班十六日结业，二百多名果农参加了培训。
                城区新开通两条公交线路
                市交通局十七日宣布，城区新开通两条公交线路，方便群众出行。
                """));
        assertThat(articles).extracting(Article::title)
                .containsExactly("市图书馆新馆正式对外开放", "全市果树修剪技术培训班结业", "城区新开通两条公交线路");
    }

    @Test
    void shouldKeepOneArticleWhereTheSameHeadlineStandsOverEachParagraph() {
        // a web page that prints its title again over each deputy's remark: a running title, not items
        List<Article> articles = splitter.split(doubleSpaced("""
                人大代表热议政府工作报告
                人大代表张某说：“报告提出的民生实事件件实在，群众看得见、摸得着。”
                人大代表热议政府工作报告
                人大代表李某说：“报告对乡村振兴作了全面部署，我们基层干部很受鼓舞。”
                人大代表热议政府工作报告
                人大代表王某说：“报告实事求是，目标明确，措施有力。”
                """));
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldKeepThematicSubheadsOverSeveralParagraphsInOneArticle() {
        List<Article> articles = splitter.split(doubleSpaced("""
                基层人大工作的新探索
                近年来，某县人大常委会不断创新工作方式，推动基层人大工作迈上新台阶。
                筑牢基层治理的坚实根基
                县人大常委会在每个乡镇设立代表联络站，代表定期接待选民。
                一年来，各联络站共收集群众意见建议三百余条。
                架起联系群众的连心桥梁
                代表们走村入户，面对面听取群众诉求。
                许多群众反映的问题得到了及时解决。
                """));
        assertThat(articles).hasSize(1);
    }
}
