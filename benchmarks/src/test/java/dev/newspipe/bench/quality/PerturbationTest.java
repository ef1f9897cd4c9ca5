package dev.newspipe.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.bench.quality.Perturbation.Story;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The copy changes themselves, on a hand-written page: what each keeps, drops and adds. */
class PerturbationTest {

    /** A kicker and a title over a dateline, three paragraphs (the second broken over two lines) and a sign-off. */
    private static final List<String> PAGE = List.of(
            "本报讯",
            "市十六届人大五次会议隆重开幕",
            "",
            "记者 张三",
            "2月15日上午，市十六届人大五次会议隆重开幕。",
            "会议听取了市长所作的政府工作报告，",
            "审查了计划报告。",
            "大会应到代表420名，实到405名，符合法定人数。",
            "（完）");

    private static Story story(Set<Integer> headline, String headlineText, int leadEnd, LocalDate date) {
        return new Story(PAGE, headline, headlineText, leadEnd, date, List.of("市政协十三届三次会议闭幕", "全市经济工作会议召开"));
    }

    private static final Story STORY = story(Set.of(0, 1), "本报讯 市十六届人大五次会议隆重开幕", 7, LocalDate.of(2025, 2, 16));

    @Test
    void headlessDropsTheHeadlineLinesOnly() {
        assertThat(Perturbation.HEADLESS.apply(STORY)).containsExactly("", "记者 张三", "2月15日上午，市十六届人大五次会议隆重开幕。",
                "会议听取了市长所作的政府工作报告，", "审查了计划报告。", "大会应到代表420名，实到405名，符合法定人数。", "（完）");
    }

    @Test
    void traditionalConvertsEveryLine() {
        List<String> out = Perturbation.TRADITIONAL.apply(STORY);
        assertThat(out).hasSize(PAGE.size());
        assertThat(out.get(1)).isEqualTo("市十六屆人大五次會議隆重開幕");
        assertThat(out.get(3)).isEqualTo("記者 張三");
    }

    @Test
    void gluedHeadlinePutsHeadlineDateAndSourceOnTheFirstHeadlineLine() {
        assertThat(Perturbation.GLUED_HEADLINE.apply(STORY)).containsExactly(
                "本报讯 市十六届人大五次会议隆重开幕 2025-02-16 10:21 来源：人民日报", "", "记者 张三",
                "2月15日上午，市十六届人大五次会议隆重开幕。", "会议听取了市长所作的政府工作报告，", "审查了计划报告。",
                "大会应到代表420名，实到405名，符合法定人数。", "（完）");
        // Without a date the page's line carries a fixed one; without a headline nothing changes.
        assertThat(Perturbation.GLUED_HEADLINE.apply(story(Set.of(1), "市十六届人大五次会议隆重开幕", 7, null)).get(1))
                .isEqualTo("市十六届人大五次会议隆重开幕 2024-03-05 10:21 来源：人民日报");
        assertThat(Perturbation.GLUED_HEADLINE.apply(story(Set.of(), "", 7, null))).isEqualTo(PAGE);
        assertThat(Perturbation.HEADLESS.apply(story(Set.of(), "", 7, null))).isEqualTo(PAGE);
    }

    @Test
    void webDumpWrapsThePageInSiteFurniture() {
        List<String> out = Perturbation.WEB_DUMP.apply(STORY);
        assertThat(out.subList(0, 2)).containsExactly("首页 > 新闻中心 > 正文", "【字体：大 中 小】");
        assertThat(out.subList(2, 2 + PAGE.size())).isEqualTo(PAGE);
        assertThat(out.subList(2 + PAGE.size(), out.size())).containsExactly("分享到：微信 微博", "责任编辑：王敏",
                "上一篇：市政协十三届三次会议闭幕", "下一篇：全市经济工作会议召开");
    }

    @Test
    void leadOnlyKeepsThePageThroughTheSecondParagraph() {
        assertThat(Perturbation.LEAD_ONLY.apply(STORY)).containsExactly("本报讯", "市十六届人大五次会议隆重开幕", "", "记者 张三",
                "2月15日上午，市十六届人大五次会议隆重开幕。", "会议听取了市长所作的政府工作报告，", "审查了计划报告。");
    }

    @Test
    void theLeadEndsWithTheSecondParagraphThatHoldsASentence() {
        // A section label before the text is no paragraph of running text; nothing after the second: no shorter copy.
        assertThat(Perturbations.lead(List.of("国内新闻", "第一段。", "第二段，", "第三段。", "第四段。"))).isEqualTo("国内新闻第一段。第二段，第三段。");
        assertThat(Perturbations.lead(List.of("第一段。", "第二段。"))).isNull();
    }
}
