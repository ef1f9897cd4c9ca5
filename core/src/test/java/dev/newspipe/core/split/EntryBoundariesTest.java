package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written pages of cited chronicle entries, headless sets of dated captions and bracketed news flashes, each rule
 * with a counter-example (see {@link EntryBoundaries}).
 */
class EntryBoundariesTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldEndAnEntryAtItsBracketedSource() {
        List<Article> articles = splitter.split("""
                出处：某出版社《某省人大工作大事记》第12页

                3.2-6 某省举行第一届人民代表大会第三次会议，选举省长。 (《某省日报》56.3.8.①)

                5.10 某市举行第二届人民代表大会第一次会议。会议通过了市人委工作报告。 (《某市报》56.5.12.②)

                6.1-3 某自治州举行第一届人民代表大会第二次会议。 (《团结报》56.6.5.①)
                """);
        assertThat(articles).hasSize(3);
        assertThat(articles.get(0).paragraphs().get(0)).startsWith("3.2-6 某省举行");
        assertThat(articles.get(0).byline()).startsWith("出处");
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("5.10 某市举行");
        assertThat(articles.get(2).paragraphs().get(0)).startsWith("6.1-3 某自治州");
    }

    @Test
    void shouldKeepAnEssayThatCitesAPaperOnceAsOneText() {
        // one citation after a quotation: the essay goes on with its argument, no entry ends there
        List<Article> articles = splitter.split("""
                当时的报纸写道：“人民代表大会制度在各地普遍建立起来了。” (《某省日报》56.3.8.①)

                这一评价说明，地方各级人民代表大会在这一时期已经成为人民行使权力的机关，各地政府也由此产生。

                此后，各地陆续召开人民代表大会，选举产生了新的人民委员会。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldStartACaptionOfAnotherDayOnAHeadlessPageOfDatedParagraphs() {
        List<Article> articles = splitter.split("""
                3月5日，某省代表团举行全体会议，审议政府工作报告。代表团团长主持会议。
                3月6日，某省代表团举行小组会议，审议计划报告和预算报告。
                3月5日，首场“代表通道”采访活动举行，某省代表亮相通道。
                """);
        assertThat(articles).hasSize(3);
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("3月6日，某省代表团举行小组会议");
    }

    @Test
    void shouldKeepCaptionsOfOneDayAndAHeadedDayByDayStoryTogether() {
        // captions of one day show one event
        assertThat(splitter.split("""
                3月11日，某届人大一次会议在北京举行第五次全体会议。
                3月11日，代表们在会上投票表决。
                """)).hasSize(1);
        // a story told day by day under its headline is one text; its paragraphs are not captions
        assertThat(splitter.split("""
                某省代表团在京审议报告

                3月5日，某省代表团举行全体会议，审议政府工作报告。代表团团长主持会议。

                3月6日，某省代表团举行小组会议，审议计划报告和预算报告。
                """)).hasSize(1);
        // an undated paragraph on the page: not a set of dated captions
        assertThat(splitter.split("""
                3月5日，某省代表团举行全体会议，审议政府工作报告。
                代表们认真听取报告，纷纷表示报告实事求是、催人奋进。
                3月6日，某省代表团举行小组会议，审议计划报告和预算报告。
                """)).hasSize(1);
    }

    @Test
    void shouldReadABracketedFlashHeadlineAsTheItemsTitle() {
        List<Article> articles = splitter.split("""
                新华视点【某届人大二次会议明年3月5日召开】某届人大常委会第六次会议决定，二次会议于明年3月5日在北京召开。（记者 王五）
                新华视点【某届政协二次会议拟于明年3月3日召开】政协主席会议建议，二次会议于明年3月3日在北京召开。（记者 赵六）
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).title()).isEqualTo("【某届人大二次会议明年3月5日召开】");
        assertThat(articles.get(0).kicker()).isEqualTo("新华视点");
        assertThat(articles.get(0).paragraphs().get(0)).startsWith("某届人大常委会第六次会议决定");
        assertThat(articles.get(1).title()).isEqualTo("【某届政协二次会议拟于明年3月3日召开】");
    }

    @Test
    void shouldKeepABracketedLabelOrDatelineInsideTheParagraph() {
        // 【原文】 is a short label, 【新华社北京3月5日电】 a dateline: neither is a flash's headline
        assertThat(EntryBoundaries.bracketedFlash("【原文】某届人大常委会第六次会议决定，二次会议于明年召开。", t -> false)).isNull();
        assertThat(EntryBoundaries.bracketedFlash("会议指出，【要坚持人民代表大会制度不动摇】这是根本，必须长期坚持下去。", t -> false)).isNull();
        assertThat(EntryBoundaries.bracketedFlash("【新华社北京3月5日电】十四届全国人大二次会议5日上午开幕。", t -> t.startsWith("新华社"))).isNull();
    }

    @Test
    void shouldStartABoxAtAKickerOverAHeadlineAfterAFinishedParagraph() {
        List<Article> articles = splitter.split("""
                某市人大会议举行第二次全体会议

                会议表决通过了选举办法，听取了法院和检察院的工作报告。

                报告解读

                聚焦市政府工作报告

                全年各项经济指标全面完成，地区生产总值增长百分之七。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).kicker()).isEqualTo("报告解读");
        assertThat(articles.get(1).title()).isEqualTo("聚焦市政府工作报告");
    }

    @Test
    void shouldKeepAOneLineSubheadAndOutlineSectionsInsideTheArticle() {
        assertThat(splitter.split("""
                某市人大会议举行第二次全体会议

                会议表决通过了选举办法，听取了法院和检察院的工作报告。

                代表热议报告

                代表们认为，报告实事求是，目标明确，措施有力。
                """)).hasSize(1);
        // a feature's two-line subhead (a motto over a phrase) names no kind of column: a section of the same story
        assertThat(splitter.split("""
                社区治理有了“热心人”

                如何让居民参与社区治理？社区设立了“热心人”岗位。

                多元共治

                稳固民生实事之基

                街坊地处城区边缘，偷倒垃圾现象严重，社区组织居民轮流值守。
                """)).hasSize(1);
        assertThat(splitter.split("""
                某市人民政府工作报告

                过去一年，全市经济社会发展取得了新成绩。

                一、二〇二四年工作回顾

                （一）经济运行稳中向好

                全年地区生产总值增长百分之六，财政收入稳步增长。
                """)).hasSize(1);
    }

    @Test
    void shouldTitleABoxItemByItsLabelledHeadline() {
        List<Article> articles = splitter.split("""
                两会观察

                “四个全面”写入报告

                报告将“四个全面”高规格提出，并作为指导各项工作的总纲。

                观察:外交思路愈加清晰

                外长记者会在多个层面透露出外交工作的新思路。
                """);
        assertThat(articles).extracting(Article::title).containsExactly("“四个全面”写入报告", "观察:外交思路愈加清晰");
    }

    @Test
    void shouldKeepASentenceOpeningWithALabelAsAParagraph() {
        assertThat(splitter.split("""
                某县推行“热心人”岗位

                社区设立“热心人”岗位，居民参与治理的热情明显提高。

                专家点评：这一做法值得推广。

                下一步，社区还将扩大“热心人”队伍。
                """)).hasSize(1);
    }

    @Test
    void shouldKeepTheReportersLineOfAnArchiveRecordsDeckInTheRecord() {
        List<Article> articles = splitter.split("""
                第1版(要闻)
                专栏:
                开好本届最后一次会
                本报记者 王五
                “本届最后一次会议了，我们一定要开好！”委员们说。委员们带来了精心准备的提案。
                第1版(要闻)
                专栏:
                当好代表
                用好权
                本报记者 赵六
                3月1日下午5时，代表团刚刚到达驻地，记者就敲开了一位代表的房门。
                代表告诉记者，要珍惜每一次参加会议的机会。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).title()).isEqualTo("当好代表");
        assertThat(String.join("", articles.get(1).paragraphs())).contains("本报记者 赵六").contains("3月1日下午5时");
    }

    @Test
    void shouldStartAFragmentAtEachCutMarkOfAPageOfCutFragments() {
        // a topic page: fragments of several stories, each cut off and marked with a run of dots
        List<Article> articles = splitter.split("""
                全国人大代表、某市某公司副总经理张某某连续五年提交关于农民工子女教育的建议。
                ....“我们要保护好绿水青山，让子孙后代共享发展成果。”全国人大代表李某某说。
                ....王某某说，能当选为全国人大代表，深感荣幸，也倍感压力。....
                “人民推选我当代表，我当代表就要为人民说话。”全国人大代表赵某某说。
                ....2005年，某某第一次以全国人大代表的身份参加全国人民代表大会。
                """);
        assertThat(articles).hasSize(5);
        assertThat(articles.get(3).paragraphs().get(0)).startsWith("“人民推选我当代表");
    }

    @Test
    void shouldKeepAQuotationThatLeavesOutAPassageInOneArticle() {
        // an excerpt marks its gaps once or twice, or alone on a line: one text
        List<Article> articles = splitter.split("""
                代表们认真学习了讲话精神。
                ……我们要始终坚持人民代表大会制度，不断完善这一根本政治制度。
                ……
                各级人大要依法履行职责，加强对法律实施的监督。
                """);
        assertThat(articles).hasSize(1);
    }
}
