package dev.newspipe.core.split;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A column of briefs, read by its layout alone (no dateline, no bullet, no column name needed): three or more units
 * in a row, each one short headline line without final punctuation directly over one or two finished paragraphs, are
 * separate news items. A short section label may stand between two units ({@code 篮球} over the basketball briefs,
 * {@code 足球} over the football ones; {@code 国内}, {@code 本地}): it heads the briefs under it and does not end the run.
 *
 * <p>The counter-example is one article's subheads, which have the same shape. They head the sections of one
 * argument: a work report's outline numbers ({@code 一、}, {@code （一）}), and paragraphs that open with the argument's
 * voice ({@code 我们…}, {@code 要…}, {@code 坚持…}, {@code 推进…}) rather than with the who, where or when of a news lead.
 * A unit whose paragraph opens so, or whose headline is numbered, is no brief, and the run ends there. A headline
 * printed again over each paragraph is a page's running title, not items (checked by the caller).
 */
final class BriefsColumn {

    private BriefsColumn() {}

    /** A column has at least this many briefs in a row. */
    static final int RUN_MIN = 3;
    /** A brief's headline has at least this many characters ({@code 四川冠城炒教練}); shorter lines are labels. */
    static final int HEADLINE_MIN = 6;
    /** A brief has at most this many paragraphs (a longer section is an article's, or a story of its own). */
    static final int PARAGRAPHS_MAX = 2;
    /** A section label of a column has at most this many characters, spaces not counted ({@code 籃 球}, {@code 滑浪風帆}). */
    private static final int SECTION_LABEL_MAX = 4;

    /** {@code 篮球}, {@code 國 內}, {@code 滑浪風帆}: Han characters only, perhaps spaced out as a label is set. */
    private static final Pattern SECTION_LABEL = Pattern.compile("^[\\p{IsHan}][\\p{IsHan}\\s\u3000]*$");

    /**
     * How a section of an argument opens, not a news lead: the speaker's {@code 我们}, an obligation ({@code 要}, {@code 必须},
     * {@code 应当}), or a policy verb in the imperative ({@code 坚持…}, {@code 推进…}, {@code 加强…}). Extend with any word
     * a report's or a speech's section opens with and a news lead never does.
     */
    private static final Pattern ARGUMENT_OPENING = Pattern.compile("^(我们|我們|我市|我县|我縣|我省|我区|我區|要|必须|必須|应当|應當|应该|應該"
            + "|坚持|堅持|推进|推進|加强|加強|着力|著力|深入|不断|不斷|进一步|進一步|全面|积极|積極|切实|切實|大力|努力|始终|始終"
            + "|持续|持續|扎实|紥實|紮實|统筹|統籌|强化|強化|健全|完善|提高|提升|加快|落实|落實|围绕|圍繞|聚焦|突出|注重|狠抓"
            // ——将着重关注…: a dash opens one voice of a list under its speaker's or outlet's name (美国《侨报》), a
            // point of one article; a news lead never opens with a dash
            + "|——|—"
            // 会议要求，要抓好…, 会议强调，必须…: a meeting's instructions, the sections of one meeting's report
            + "|[\\p{IsHan}]{0,10}(强调|強調|要求|指出|提出)[，,：:]\\s*(要|必须|必須|应|應|坚持|堅持))");

    /** Sentence punctuation a headline never has; a colon it may have, after its topic or speaker ({@code 政院：…}). */
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。；;！？!?，,]");

    /** Whether a line may head a brief: short, no sentence punctuation, no outline or item number. */
    static boolean isBriefHeadline(String text) {
        return text.length() >= HEADLINE_MIN && text.length() <= LineKind.HEADLINE_MAX
                && !SENTENCE_MARK.matcher(text).find()
                && !ItemHeadings.isOutlineSection(text) && ItemHeadings.itemNumber(text).isEmpty();
    }

    /** A headline this long over exactly one paragraph is a brief by its layout alone, whatever words it shares. */
    private static final int PLAIN_HEADLINE_MIN = 8;

    /**
     * Whether a brief's layout alone is unambiguous: a headline of {@link #PLAIN_HEADLINE_MIN} characters or more over
     * exactly one paragraph (a feature's thematic subheads are short phrases, a report's sections run to several
     * paragraphs). A shorter headline, a second paragraph or a section label above it could be one article's subhead
     * and section too: there the vocabulary the unit shares with the text above decides ({@link #COHESIVE}).
     */
    static boolean isPlainBrief(String headline, int paragraphs) {
        return headline.length() >= PLAIN_HEADLINE_MIN && paragraphs == 1;
    }

    /** Whether a short line is a section label of the column ({@code 篮球}), not a headline. */
    static boolean isSectionLabel(String text) {
        String s = text.replaceAll("[\\s\u3000]+", "");
        return s.length() >= 2 && s.length() <= SECTION_LABEL_MAX && SECTION_LABEL.matcher(text).matches();
    }

    /**
     * A unit that shares at least this share of its character bigrams with the text right above it continues that text:
     * it is a subhead of the article above, not the next brief. Measured on the labelled pages: a section under its
     * article's lead shares 0.14-0.19 of its bigrams with the text above it, the briefs of a sports column 0.00-0.07
     * (the genre's own words, 会议, 委员, 今日, are shared by unrelated items too, hence not zero).
     */
    static final double COHESIVE = 0.12;

    /**
     * Lexical cohesion (as TextTiling reads it): the share of the Han character bigrams of {@code below} that occur in
     * {@code above}. Adjacent units of one article share its names, places and key terms; unrelated items share little
     * more than the genre's common words.
     */
    static double sharedShare(String above, String below) {
        Set<String> upper = bigrams(above);
        Set<String> lower = bigrams(below);
        if (lower.isEmpty()) {
            return 0;
        }
        long shared = lower.stream().filter(upper::contains).count();
        return (double) shared / lower.size();
    }

    /** The distinct bigrams of two adjacent Han characters in {@code text}. */
    private static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        for (int k = 0; k + 1 < text.length(); k++) {
            if (Character.UnicodeScript.of(text.charAt(k)) == Character.UnicodeScript.HAN
                    && Character.UnicodeScript.of(text.charAt(k + 1)) == Character.UnicodeScript.HAN) {
                out.add(text.substring(k, k + 2));
            }
        }
        return out;
    }

    /** Whether a paragraph opens as a section of an argument does (see the class comment), not as a news item. */
    static boolean opensArgument(String paragraph) {
        return ARGUMENT_OPENING.matcher(paragraph.strip()).find();
    }
}
