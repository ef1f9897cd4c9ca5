package dev.newspipe.core.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The page's own line spacing. Web dumps and archive copies often set every line off by a blank line (headline,
 * blank, paragraph, blank, headline, blank, paragraph …): there a blank line is the page's line spacing, not a gap.
 * The splitter's layout cues read "directly under" and "set off by a blank line" ({@code adjacent}, {@code isBrief},
 * {@code compactParagraphs}); on such a page they are read in the page's own spacing: a gap of one blank line is
 * "directly under", and only a wider gap (two blank lines where the page prints one) sets a line off.
 *
 * <p>The page's spacing is the widest gap that separates nearly every line of running text from its neighbours
 * ({@link #UNIFORM} of those gaps; a credit glued under a caption is the usual exception). A site's header block,
 * menus and credits are printed tight on any page and say nothing about its spacing. A page whose headline
 * sits directly on its paragraph while its paragraphs are set apart uses the blank line as a cue (a brief over its
 * paragraph, the gap after it) and keeps its spacing as printed. {@link #lines()} is the page with the spacing taken
 * out of every gap; {@link #restore} maps the fates of those lines back to the lines as printed.
 */
final class PageSpacing {

    /** The share of gaps at least as wide as the page's spacing. */
    private static final double UNIFORM = 0.9;
    /**
     * The share of gaps exactly as wide as the spacing on a page that spaces its lines regularly: only there does a
     * wider gap (two blank lines where the page prints one) set a line off; where the gaps vary, a web dump's markup
     * made them, and they say nothing.
     */
    private static final double REGULAR = 0.8;
    /** A page with fewer gaps around running text shows no spacing of its own. */
    private static final int PAIRS_MIN = 4;

    private static final Pattern FULL_STOP = LineKind.FULL_STOP;

    private final String[] lines;
    /** The 1-based input line of each line of {@link #lines}. */
    private final int[] printedAt;
    private final int spacing;

    private PageSpacing(String[] lines, int[] printedAt, int spacing) {
        this.lines = lines;
        this.printedAt = printedAt;
        this.spacing = spacing;
    }

    /** The page's lines read in their own spacing (the lines as printed when the page has none). */
    static PageSpacing of(String[] raw) {
        List<Integer> gaps = gapsAroundText(raw);
        int spacing = gaps == null ? 0 : spacing(gaps);
        if (spacing == 0) {
            int[] same = new int[raw.length];
            for (int i = 0; i < raw.length; i++) {
                same[i] = i + 1;
            }
            return new PageSpacing(raw, same, 0);
        }
        boolean regular = gaps.stream().filter(g -> g == spacing).count() >= REGULAR * gaps.size();
        List<String> out = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        int blanks = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isBlank()) {
                blanks++;
                continue;
            }
            // a gap of the page's spacing is no gap; a wider one keeps what it has beyond it (leading blanks too) when
            // the page spaces its lines regularly, and says nothing when its gaps vary anyway
            int keep = at.isEmpty() ? blanks : regular ? Math.max(0, blanks - spacing) : 0;
            for (int k = 0; k < keep; k++) {
                out.add("");
                at.add(i + 1 - blanks + k);
            }
            out.add(raw[i]);
            at.add(i + 1);
            blanks = 0;
        }
        for (int k = 0; k < blanks; k++) {
            out.add("");
            at.add(raw.length - blanks + k + 1);
        }
        return new PageSpacing(out.toArray(String[]::new), at.stream().mapToInt(Integer::intValue).toArray(), spacing);
    }

    /** The blank lines the page prints between every two lines (0: none, the blank lines as printed are gaps). */
    int spacing() {
        return spacing;
    }

    /** The page's lines, with the page's spacing taken out of every gap. */
    String[] lines() {
        return lines;
    }

    /** The fates of {@link #lines()}, numbered (and referring to each other) as the lines were printed. */
    List<PageSplit.LineFate> restore(List<PageSplit.LineFate> fates) {
        if (spacing == 0) {
            return fates;
        }
        List<PageSplit.LineFate> out = new ArrayList<>(fates.size());
        for (PageSplit.LineFate f : fates) {
            PageSplit.Fate fate = f.fate() instanceof PageSplit.Repeat r ? new PageSplit.Repeat(printedAt[r.ofLine() - 1]) : f.fate();
            out.add(new PageSplit.LineFate(printedAt[f.line() - 1], f.text(), fate));
        }
        return out;
    }

    /**
     * The gaps (in blank lines) between running text and its neighbours, or null when the page uses the blank line to
     * say something (a headline printed tight on its paragraph, which the gaps around it set off) or shows too few.
     */
    private static List<Integer> gapsAroundText(String[] raw) {
        List<Integer> gaps = new ArrayList<>();
        int previous = -1;
        int blanks = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isBlank()) {
                blanks++;
                continue;
            }
            if (previous >= 0 && (isParagraph(raw[i]) || isParagraph(raw[previous]))) {
                // only the gaps around running text: a site's header block or a menu is printed tight on any page
                gaps.add(blanks);
                if (blanks == 0 && isParagraph(raw[i]) && !isParagraph(raw[previous])) {
                    return null; // a short line tight on a paragraph: a headline on its text
                }
            }
            previous = i;
            blanks = 0;
        }
        return gaps.size() < PAIRS_MIN ? null : gaps;
    }

    /** The widest gap that at least {@link #UNIFORM} of the gaps reach (0: most lines are printed tight). */
    private static int spacing(List<Integer> gaps) {
        int spacing = 0;
        for (int width = 1; ; width++) {
            final int w = width;
            long wide = gaps.stream().filter(g -> g >= w).count();
            if (wide < UNIFORM * gaps.size()) {
                return spacing;
            }
            spacing = width;
        }
    }

    /**
     * Running text: a line this long that ends a sentence and holds a full stop (a site's header line may end in a
     * bracket, {@code …举报电话:(029-…)}, a paragraph that ends in its sign-off {@code …。（张长利）} holds sentences).
     */
    private static boolean isParagraph(String line) {
        String t = line.strip();
        return t.length() >= ArticleSplitter.PARAGRAPH_MIN && ArticleSplitter.endsSentence(t) && FULL_STOP.matcher(t).find();
    }
}
