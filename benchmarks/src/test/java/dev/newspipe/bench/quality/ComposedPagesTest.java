package dev.newspipe.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.bench.quality.ComposedPages.Expected;
import dev.newspipe.bench.quality.ComposedPages.Layout;
import dev.newspipe.bench.quality.ComposedPages.Page;
import dev.newspipe.bench.quality.ComposedPages.Source;
import dev.newspipe.core.model.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ComposedPagesTest {

    private static final Source MEETING = new Source("市人大常委会召开第十次会议",
            List.of("3月4日，市人大常委会召开第十次会议，审议有关报告。", "会议表决通过了有关决定。"));
    private static final Source SPRING = new Source("全市春耕生产有序推进",
            List.of("本报讯 眼下正值春耕时节，各地农民抢抓农时开展生产。第二句。第三句。第四句。", "农业部门组织技术人员深入田间。"));

    @Test
    void shouldLayOutPlainPagesAsHeadlineBlankLineAndParagraphs() {
        Page page = ComposedPages.compose(Layout.PLAIN, List.of(MEETING, SPRING), new Random(1));

        String text = page.text().replace("\u3000", "");
        assertThat(text).startsWith("市人大常委会召开第十次会议\n\n3月4日，市人大常委会召开第十次会议，审议有关报告。\n会议表决通过了有关决定。\n\n全市春耕生产有序推进\n\n");
        assertThat(page.articles()).containsExactly(new Expected("市人大常委会召开第十次会议", "3月4日，市人大常委会召"),
                new Expected("全市春耕生产有序推进", "本报讯眼下正值春耕时节，"));
    }

    @RepeatedTest(5)
    void shouldGlueADatelineToALeadThatHasNone(org.junit.jupiter.api.RepetitionInfo run) {
        Page page = ComposedPages.compose(Layout.HEADED_LEAD, List.of(MEETING, SPRING), new Random(run.getCurrentRepetition()));

        assertThat(page.text()).containsPattern("本报讯（记者 \\p{IsHan}{2,3}）3月4日，市人大常委会");
        assertThat(page.text()).doesNotContain("）本报讯 眼下"); // a lead with its own dateline keeps it
        assertThat(page.articles().get(0).bodyStart()).startsWith("本报讯（记者");
        assertThat(page.articles().get(0).title()).isEqualTo("市人大常委会召开第十次会议");
    }

    @RepeatedTest(5)
    void shouldHeadThePageWithAnEditionHeaderOfARealWeekdayAndPutACaptionBetweenArticles(org.junit.jupiter.api.RepetitionInfo run) {
        Page page = ComposedPages.compose(Layout.PAGE_HEADER_CAPTIONS, List.of(MEETING, SPRING), new Random(run.getCurrentRepetition()));

        String header = page.text().lines().findFirst().orElseThrow();
        Matcher m = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日 (星期.) 第\\d版 \\p{IsHan}{2} 责任编辑：\\p{IsHan}{2,3}$").matcher(header);
        assertThat(m.matches()).as(header).isTrue();
        String[] weekdays = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        assertThat(m.group(4)).isEqualTo(weekdays[date.getDayOfWeek().getValue() - 1]);
        String between = page.text().substring(page.text().indexOf("会议表决通过了有关决定。"), page.text().indexOf("全市春耕生产有序推进"));
        assertThat(between).containsPattern("摄");
    }

    @Test
    void shouldCutBriefsToTheirFirstSentences() {
        assertThat(ComposedPages.firstSentences("第一句。第二句。第三句。", 2)).isEqualTo("第一句。第二句。");
        assertThat(ComposedPages.firstSentences("没有句号的一段", 2)).isEqualTo("没有句号的一段");
        Page page = ComposedPages.compose(Layout.BRIEFS, List.of(MEETING, SPRING), new Random(3));
        assertThat(page.text()).doesNotContain("农业部门组织技术人员深入田间").doesNotContain("第四句");
    }

    @Test
    void shouldBreakAHeadlineAtItsSpaceOrInTheMiddle() {
        assertThat(ComposedPages.broken("画好最大同心圆 共谱壮美新华章")).containsExactly("画好最大同心圆", "共谱壮美新华章");
        assertThat(ComposedPages.broken("市人大常委会召开会议")).containsExactly("市人大常委", "会召开会议");
        Page page = ComposedPages.compose(Layout.BROKEN_HEADLINE, List.of(MEETING, SPRING), new Random(4));
        assertThat(page.text()).contains("市人大常委会\n召开第十次会议\n");
        assertThat(page.articles().get(0).title()).isEqualTo("市人大常委会召开第十次会议");
    }

    @Test
    void shouldFindAnArticleOnlyWithItsTitleAndTheStartOfItsBody() {
        Expected e = new Expected("市人大常委会召开第十次会议", "3月4日，市人大常委会召开第");
        Article right = Article.of(null, "市人大常委会召开第十次会议", null, List.of("3月4日， 市人大常委会召开第十次会议。"), null, null);
        Article otherTitle = Article.of(null, "市人大常委会", "召开第十次会议", List.of("3月4日，市人大常委会召开第十次会议。"), null, null);
        Article otherStart = Article.of(null, "市人大常委会召开第十次会议", null, List.of("会议现场。", "3月4日，市人大常委会召开第十次会议。"), null, null);

        assertThat(ComposedPages.isFound(e, right)).isTrue();
        assertThat(ComposedPages.isFound(e, otherTitle)).isFalse();
        assertThat(ComposedPages.isFound(e, otherStart)).isFalse();
    }

    @Test
    void shouldDrawTheSamePagesFromTheSameSeed() {
        List<Source> sources = List.of(MEETING, SPRING, new Source("县政协召开常委会议", List.of("县政协召开常委会议，协商有关事项。")));
        assertThat(ComposedPages.pages(sources, 7, 3)).isEqualTo(ComposedPages.pages(sources, 7, 3))
                .hasSize(3 * ComposedPages.Layout.values().length);
    }

    @Test
    void shouldSetEveryLineOfADoubleSpacedPageOffByOneBlankLine() {
        Page page = ComposedPages.compose(ComposedPages.Layout.DOUBLE_SPACED_PLAIN, List.of(MEETING, SPRING), new Random(3));
        List<String> lines = page.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).isBlank()).as("line %d", i + 1).isEqualTo(i % 2 == 1);
        }
        assertThat(page.articles()).extracting(Expected::title).containsExactly(MEETING.title(), SPRING.title());
    }
}
