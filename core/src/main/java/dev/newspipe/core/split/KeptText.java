package dev.newspipe.core.split;

import dev.newspipe.core.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one measure of text kept: the share of a document's text that its articles keep, measured without the
 * splitter's own accounting. Used by the core's {@code TextKeptTest} and by the quality benchmark, so both report
 * the same number.
 *
 * <p>A line counts as kept when its text, whitespace removed, occurs inside one article's concatenated text
 * (kicker, title, subtitle, byline and paragraphs in this order, whitespace removed); a line is never kept by
 * text that straddles two articles. Markdown heading marks ({@code #}, {@code ##} …) at the start of a line are
 * layout, not text: the splitter drops them from a heading, so they are neither counted nor required (sample
 * 003, an e-paper page in markdown, lost nothing but these marks). The same holds for emphasis marks ({@code **})
 * on a heading line, which the splitter drops from an item heading ({@link ItemHeadings}).
 */
public final class KeptText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u3000\u00a0]+");
    private static final Pattern HEADING_MARK = Pattern.compile("^\\s*#{1,6}\\s");
    /** Markdown emphasis ({@code ## **1. 标题**}) on a heading line: layout like the heading mark, dropped with it. */
    private static final Pattern HEADING_EMPHASIS = Pattern.compile("\\*\\*|__");

    private KeptText() {}

    /**
     * Non-whitespace characters of the input, how many of them sit on lines the articles keep, and the lines lost.
     */
    public record Share(long total, long kept, List<String> lost) {
        public double ratio() {
            return total == 0 ? 1.0 : (double) kept / total;
        }
    }

    public static Share of(String input, List<Article> articles) {
        StringBuilder all = new StringBuilder();
        for (Article a : articles) {
            for (String part : new String[] {a.kicker(), a.title(), a.subtitle(), a.byline()}) {
                if (part != null) {
                    all.append(normal(part));
                }
            }
            a.paragraphs().forEach(p -> all.append(normal(p)));
            all.append('\u0001'); // articles apart: no line is kept across an article boundary
        }
        String haystack = all.toString();
        long total = 0;
        long kept = 0;
        List<String> lost = new ArrayList<>();
        for (String line : input.split("\\R")) {
            boolean heading = HEADING_MARK.matcher(line).find();
            String text = normal(HEADING_MARK.matcher(line).replaceFirst(""));
            if (heading) {
                text = HEADING_EMPHASIS.matcher(text).replaceAll("");
            }
            if (text.isEmpty()) {
                continue;
            }
            total += text.length();
            if (haystack.contains(text) || splitHeading(text, articles)) {
                kept += text.length();
            } else {
                lost.add(line.strip());
            }
        }
        return new Share(total, kept, List.copyOf(lost));
    }

    /**
     * A headline glued to the first words of a paragraph on one line ({@code …的决定(1992年7月1日…会议通过)}, a title
     * and its adoption line), which the splitter reads as the article's heading and the start of a paragraph: the line
     * is kept when one article's kicker, title or subtitle is its start and the rest opens one of that article's
     * paragraphs. Nothing else counts as kept in two pieces, so a line the splitter cut and lost in part is still lost.
     */
    private static boolean splitHeading(String text, List<Article> articles) {
        for (Article a : articles) {
            for (String part : new String[] {a.kicker(), a.title(), a.subtitle()}) {
                String head = normal(part);
                if (head.isEmpty() || head.length() >= text.length() || !text.startsWith(head)) {
                    continue;
                }
                String rest = text.substring(head.length());
                if (a.paragraphs().stream().anyMatch(p -> normal(p).startsWith(rest))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text without any whitespace (including the ideographic and the no-break space); "" for null. */
    public static String normal(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll("");
    }
}
