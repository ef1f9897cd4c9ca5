package dev.newspipe.bench.quality;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A change the genre really shows between two copies of the same article, applied to the article's lines as a page
 * holds them. The category a reader gives an article survives each of them, so the classifier's should too (or, for
 * {@link #HEADLESS}, change only when the headline was the only evidence).
 */
public enum Perturbation {

    /** The headline block (kicker, title, subtitle as the splitter found them) removed: a copy that lost its headline, judged by its body. */
    HEADLESS("headless", Perturbation::headless),
    /** The whole text in traditional script (a Hong Kong, Taiwan or Big5 reprint): the core reads a simplified view, so nothing may change. */
    TRADITIONAL("traditional", story -> story.lines().stream().map(ZhConverterUtil::toTraditional).toList()),
    /** Headline, date and source glued on one line, as web pages print them ({@code 标题 2024-03-05 10:21 来源：某某日报}). */
    GLUED_HEADLINE("glued headline", Perturbation::glued),
    /** Site furniture above and below (breadcrumb, font widget, share bar, editor credit, links to the previous and next story). */
    WEB_DUMP("web dump", Perturbation::webDump),
    /** The page through the article's second paragraph of running text: most stored copies hold only the beginning of a page. */
    LEAD_ONLY("lead only", story -> story.lines().subList(0, story.leadEnd()));

    /** The source a glued headline line names: a paper, as web reprints credit one. */
    static final String SOURCE = "来源：人民日报";
    /** The date a glued headline line carries when the page has none. */
    static final LocalDate NO_DATE = LocalDate.of(2024, 3, 5);

    private final String label;
    private final Function<Story, List<String>> change;

    Perturbation(String label, Function<Story, List<String>> change) {
        this.label = label;
        this.change = change;
    }

    public String label() {
        return label;
    }

    /** The perturbed copy's lines. */
    public List<String> apply(Story story) {
        return change.apply(story);
    }

    /**
     * One article as a page holds it.
     *
     * @param lines the page's lines (an article alone, or a whole single-article page with its furniture)
     * @param headline indexes into {@code lines} of the article's headline lines (kicker, title, subtitle), empty when it has none
     * @param headlineText the headline as one line (its parts joined by a space), empty when none
     * @param leadEnd index of the first line after the article's second paragraph of running text ({@code lines.size()} when it has no more)
     * @param date the issue date, or null
     * @param neighbours headlines of other stories, for the previous/next links of a web page (at least one)
     */
    public record Story(List<String> lines, Set<Integer> headline, String headlineText, int leadEnd, LocalDate date, List<String> neighbours) {

        public Story {
            lines = List.copyOf(lines);
            headline = Set.copyOf(headline);
            Objects.requireNonNull(headlineText, "headlineText");
            neighbours = List.copyOf(neighbours);
            if (neighbours.isEmpty()) {
                throw new IllegalArgumentException("a web page links to at least one other story");
            }
        }

        public String text() {
            return String.join("\n", lines);
        }
    }

    private static List<String> headless(Story story) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < story.lines().size(); i++) {
            if (!story.headline().contains(i)) {
                out.add(story.lines().get(i));
            }
        }
        return out;
    }

    /** The headline lines replaced, where the first stood, by one line with the date and the source after the headline. */
    private static List<String> glued(Story story) {
        if (story.headline().isEmpty()) {
            return story.lines();
        }
        LocalDate date = story.date() == null ? NO_DATE : story.date();
        int first = story.headline().stream().min(Integer::compare).orElseThrow();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < story.lines().size(); i++) {
            if (i == first) {
                out.add(story.headlineText() + " " + date + " 10:21 " + SOURCE);
            } else if (!story.headline().contains(i)) {
                out.add(story.lines().get(i));
            }
        }
        return out;
    }

    /** The furniture of a news site's article page around the story, with other stories' headlines as the previous/next links. */
    private static List<String> webDump(Story story) {
        List<String> out = new ArrayList<>();
        out.add("首页 > 新闻中心 > 正文");
        out.add("【字体：大 中 小】");
        out.addAll(story.lines());
        out.add("分享到：微信 微博");
        out.add("责任编辑：王敏");
        out.add("上一篇：" + story.neighbours().get(0));
        out.add("下一篇：" + story.neighbours().get(story.neighbours().size() > 1 ? 1 : 0));
        return out;
    }
}
