package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written chronicle pages whose entries are dated by month or part of a month, and the counter-examples that
 * narrate a year month by month inside one article (see {@link ChronicleEntries}).
 */
class ChronicleEntriesTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldReadEachDatedEntryOfAChronicleAsAnArticleAndKeepAnUndatedParagraphWithTheEntryAbove() {
        List<Article> articles = splitter.split("""
                3月2日,某县成立防汛指挥部,由副县长任指挥长。
                4月,某镇新建小学一所,可容纳学生六百人。
                是月,全县遭受冰雹灾害,受灾农田三千亩。
                县政府拨出救灾款二十万元,帮助群众恢复生产。
                下旬,县里组织三百名干部下乡帮助春耕。
                9月16日,召开县人民代表大会第一次会议,选举产生新一届县人民政府。
                """);
        for (String start : List.of("3月2日", "4月", "是月", "下旬", "9月16日")) {
            assertThat(articles).as(start).filteredOn(a -> entry(a).startsWith(start)).hasSize(1);
        }
        assertThat(articles).hasSize(5);
        assertThat(articles).filteredOn(a -> entry(a).startsWith("是月")).first()
                .satisfies(a -> assertThat(entry(a)).contains("县政府拨出救灾款"));
    }

    @Test
    void shouldReadTheEntriesOfATodayInHistoryPageUnderItsDateHeading() {
        List<Article> articles = splitter.split("""
                历史上的今天
                1901年6月1日,某地一所新式学堂开学,招收学生四十名。
                1935年6月1日,某作家在上海逝世,享年五十岁。
                1960年6月1日,某大桥建成通车,全长一千二百米。
                """);
        for (String start : List.of("1901年", "1935年", "1960年")) {
            assertThat(articles).as(start).filteredOn(a -> entry(a).startsWith(start)).hasSize(1);
        }
    }

    @Test
    void shouldKeepAWorkReportsMonthByMonthReviewInTheReport() {
        List<Article> articles = splitter.split("""
                某县人民政府工作报告
                过去一年,全县上下团结一心,经济社会发展取得了新的成绩,现将主要工作报告如下。
                1月,我们召开全县经济工作会议,部署全年重点任务。
                3月,全县重点项目集中开工,完成投资十二亿元。
                6月,县里出台扶持小微企业的十条措施。
                今年,我们将继续抓好项目建设,确保经济平稳增长。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldKeepAChronologyQuotedInsideOneStoryInTheStory() {
        List<Article> articles = splitter.split("""
                某市地铁一号线全线贯通
                本报讯 经过三年建设,某市地铁一号线昨日全线贯通,年底前将投入试运营。
                2月,盾构机完成最后一段隧道掘进。
                5月,全线轨道铺设完成。
                8月,车站装修全面展开。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldNotReadTwoDatedParagraphsOrADayAloneAsAChronicle() {
        assertThat(ChronicleEntries.opensWithEntryDate("16日,某县召开会议。")).isFalse();
        assertThat(ChronicleEntries.opensWithEntryDate("是年,县政府颁发林权证。")).isTrue();
        assertThat(ChronicleEntries.opensWithEntryDate("△8月下旬,某县开展检查。")).isTrue();
        assertThat(ChronicleEntries.entriesOfRuns(List.of("5月,某事发生。", "6月,某事发生。", "一般的段落。"))).isEmpty();
        // the last entry of a page, cut off by the store in mid-sentence, still counts
        assertThat(ChronicleEntries.entriesOfRuns(List.of("1901年6月1日,某学堂开学。", "1935年6月1日,某作家逝世。",
                "1960年6月1日,某大桥建成通车,全长"))).hasSize(3);
    }

    @Test
    void shouldKeepASessionsProceedingsAndACaptionGalleryOneArticle() {
        assertThat(splitter.split("""
                本报讯 某区第十届人民代表大会第三次会议于1月26日至29日举行。
                1月25日下午,大会举行预备会议,选举产生大会主席团。
                1月26日上午,大会隆重开幕,区长作政府工作报告。
                1月29日上午,大会举行第三次全体会议,通过各项决议。
                """)).hasSize(1);
        assertThat(ChronicleEntries.oneSubject(List.of("12月27日,某市人民代表大会第二次会议举行预备会议。",
                "12月28日,某市人民代表大会第二次会议开幕。", "12月30日,某市人民代表大会第二次会议闭幕。"))).isTrue();
        assertThat(ChronicleEntries.runsForward(List.of("1月23日,某代表团审议报告。", "1月24日,某代表团审议报告。",
                "1月23日,另一代表团审议报告。"))).isFalse();
        assertThat(ChronicleEntries.runsForward(List.of("1901年6月1日,某事。", "1935年6月1日,某事。", "是月,某事。"))).isTrue();
    }

    /** An entry's text, its paragraphs run together (an article without headline is read by its first words). */
    private static String entry(Article article) {
        return String.join("", article.paragraphs());
    }
}
