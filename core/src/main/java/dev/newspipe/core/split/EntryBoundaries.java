package dev.newspipe.core.split;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one headless entry of a page ends and the next begins, read from how such pages print their entries (each a
 * general property of a page shape of the genre, never a string of one document):
 *
 * <ul>
 *   <li><b>a cited entry</b>: a chronicle, a digest of excerpts or a reading list closes each entry with its source
 *       in brackets after the last sentence ({@code …为副省长。 (《人民日报》55.1.23.③)}, {@code …。（摘自《光明日报》）}).
 *       The citation is the entry's sign-off, so the next paragraph starts the next entry. On a page with at least
 *       {@link #CITED_ENTRIES_MIN} such paragraphs only, and only between headless entries: an essay that cites a
 *       paper once after a quotation goes on with its argument, and a headed article is split by its headlines;
 *   <li><b>a page of dated paragraphs</b>: a set of photo captions or news flashes without headlines prints paragraph
 *       after paragraph, each opening with the day of its event ({@code 3月5日，…。} / {@code 3月6日，…。}). When every
 *       paragraph of a headless page opens so, a paragraph of another day than the one above shows another event and
 *       starts an item (the photographer's credit that marks a gallery caption may be missing). Captions of one day
 *       stay together, and an article with a headline or an undated paragraph is told day by day as one text;
 *   <li><b>a bracketed flash headline</b>: a news flash (微博, 客户端 and wire flashes) prints its headline in
 *       {@code 【】} glued to its text, maybe behind the outlet's tag ({@code 新华视点【某会议明年3月5日召开】某委员会决定，…。}).
 *       The bracket holds a headline (no sentence punctuation, not a dateline or a short label such as {@code 【原文】});
 *       the text after it is the flash's lead, so the line is a heading and a paragraph;
 *   <li><b>a cut fragment</b>: a topic page prints fragments of several stories, each cut off and marked so
 *       ({@code ....}); see {@link #isCutFragmentPage}.
 * </ul>
 */
final class EntryBoundaries {

    private EntryBoundaries() {}

    /** A page of cited entries has at least this many paragraphs closed by a bracketed source. */
    static final int CITED_ENTRIES_MIN = 2;
    /** A page of dated paragraphs has at least this many of them. */
    static final int DATED_PARAGRAPHS_MIN = 2;

    /**
     * {@code (《人民日报》55.1.23.③)}, {@code （摘自《光明日报》2024年3月5日）}, {@code （据《团结报》）}: a source in title marks
     * in brackets, maybe with a verb of quoting before it and its date, issue or page after it.
     */
    private static final Pattern SOURCE_CITATION = Pattern.compile(
            "[（(]\\s*(摘自|摘編自|摘编自|原载|原載|转自|轉自|选自|選自|据|據|见|見)?\\s*《[^《》（）()]{1,16}》[^《》（）()]{0,30}[）)]$");
    /** What ends the sentence before a sign-off. */
    private static final String SENTENCE_ENDS = "。！？!?”」";

    /** Whether a paragraph ends with its source in brackets after a finished sentence (see the class comment). */
    static boolean endsWithSourceCitation(String text) {
        String t = text.strip();
        // asked of every paragraph: only one that ends in a closing bracket needs the pattern
        if (t.isEmpty() || "）)".indexOf(t.charAt(t.length() - 1)) < 0) {
            return false;
        }
        Matcher m = SOURCE_CITATION.matcher(t);
        if (!m.find()) {
            return false;
        }
        String before = t.substring(0, m.start()).stripTrailing();
        return !before.isEmpty() && SENTENCE_ENDS.indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /** Whether a page of these lines closes at least {@link #CITED_ENTRIES_MIN} paragraphs with a bracketed source. */
    static boolean isCitedEntryPage(List<String> texts) {
        return texts.stream().filter(EntryBoundaries::endsWithSourceCitation).limit(CITED_ENTRIES_MIN).count() >= CITED_ENTRIES_MIN;
    }

    /** {@code 3月5日，}, {@code 1月23日上午,}: a paragraph that opens with the day of its event. */
    private static final Pattern DAY_OPENING = Pattern.compile("^(\\d{1,2})月(\\d{1,2})日(上午|下午|晚|晚间|晚間)?[,，]");

    /** The day a paragraph opens with ({@code 3月5日}), or null. */
    static String openingDay(String text) {
        Matcher m = DAY_OPENING.matcher(text.strip());
        return m.lookingAt() ? m.group(1) + "月" + m.group(2) + "日" : null;
    }

    /**
     * Whether these paragraphs (the running text of a headless page) are a set of dated paragraphs: at least
     * {@link #DATED_PARAGRAPHS_MIN}, every one opening with a day and ending a sentence.
     */
    static boolean isDatedParagraphSet(List<String> paragraphs) {
        return paragraphs.size() >= DATED_PARAGRAPHS_MIN
                && paragraphs.stream().allMatch(p -> openingDay(p) != null && SENTENCE_ENDS.indexOf(p.strip().charAt(p.strip().length() - 1)) >= 0);
    }

    /** Whether {@code paragraph} opens with another day than {@code previous} (both dated). */
    static boolean changesDay(String previous, String paragraph) {
        String a = openingDay(previous);
        String b = openingDay(paragraph);
        return a != null && b != null && !a.equals(b);
    }

    /**
     * {@code 新华视点【标题】正文…}: an outlet's tag (at most twelve characters, no sentence punctuation), a headline in {@code 【】} of
     * eight to forty characters without sentence punctuation, then the lead; group 1 the tag, 2 the headline, 3 the lead.
     */
    private static final Pattern BRACKETED_FLASH = Pattern.compile(
            "^([^\\s【】，,。：:；;！？!?]{0,12})【([^【】，,。；;！？!?：:]{8,40})】\\s*(\\S.{19,})$");

    /** The parts of a flash line: the outlet's tag (maybe empty), the headline, the lead. */
    record Flash(String tag, String headline, String lead) {}

    /**
     * The parts of a line that is a flash with its headline in brackets, or null. The lead must hold a finished sentence; a
     * bracket that holds a dateline ({@code 【新华社北京3月5日电】}) is a credit, not a headline.
     */
    static Flash bracketedFlash(String text, java.util.function.Predicate<String> opensWithDateline) {
        String t = text.strip();
        if (t.indexOf('【') < 0) {
            return null;
        }
        Matcher m = BRACKETED_FLASH.matcher(t);
        if (!m.matches() || opensWithDateline.test(m.group(2)) || ItemHeadings.opensSourcedLead(m.group(2) + "：")) {
            return null;
        }
        String lead = m.group(3).strip();
        // running text: at least one finished sentence (a sign-off such as （记者 王五） may follow it)
        if (!lead.matches(".*[。！？!?].*") || lead.startsWith("【")) {
            return null;
        }
        return new Flash(m.group(1), m.group(2).strip(), lead);
    }

    /** A page of cut fragments has at least this many paragraphs that open with a cut mark. */
    static final int CUT_FRAGMENTS_MIN = 3;
    /**
     * {@code ....}, {@code ……}: the mark of a text cut off, glued to the fragment's first character (it opens with
     * {@code ^}: read with lookingAt, which tries the line's start alone).
     */
    private static final Pattern OPENS_CUT = Pattern.compile("^(\\.{3,}|…{1,2}|。{3,})\\s*[^\\s.…。]");

    /**
     * Whether a page is a set of cut fragments: a topic page that prints a fragment of each story cut off at both ends,
     * each opening with a cut mark ({@code ....“我们要…。}, {@code ....2003年，…}), at least {@link #CUT_FRAGMENTS_MIN} of
     * them. A quotation that leaves out a passage marks the gap once or twice, and a speech's excerpt marks it
     * alone on its line (that mark is no fragment: it opens no text).
     *
     * <p>A list page cuts its teasers at the end instead ({@code …为建设...}): at least {@link #CUT_FRAGMENTS_MIN}
     * paragraphs of {@link #CUT_TEASER_MIN} characters or more end with a cut mark, and they are at least half of the
     * page's paragraphs of that length. One article's paragraphs are finished; a speech that trails off (……) does so
     * once, not in every paragraph.
     */
    static boolean isCutFragmentPage(List<String> texts) {
        if (texts.stream().filter(t -> OPENS_CUT.matcher(t.strip()).lookingAt()).count() >= CUT_FRAGMENTS_MIN) {
            return true;
        }
        long paragraphs = texts.stream().filter(t -> t.strip().length() >= CUT_TEASER_MIN).count();
        long cut = texts.stream().filter(t -> t.strip().length() >= CUT_TEASER_MIN && endsWithCutMark(t.strip())).count();
        return cut >= CUT_FRAGMENTS_MIN && 2 * cut >= paragraphs;
    }

    /** A teaser a list page cut at its end is at least this long (a line that trails off in a quotation is shorter). */
    static final int CUT_TEASER_MIN = 60;

    /**
     * Whether, on a page of cut fragments, {@code paragraph} starts a fragment: it opens with a cut mark, or the
     * paragraph above ends with one (the fragment above was cut off there).
     */
    static boolean startsCutFragment(String previous, String paragraph) {
        return OPENS_CUT.matcher(paragraph.strip()).lookingAt() || endsWithCutMark(previous);
    }

    /**
     * Whether text ends with a cut mark ({@code …压力。....}): the text trails off there, as after a full stop. Read
     * from the end: a run of three or more dots (as web pages print an ellipsis), or one or two ellipses, after a
     * character that is neither one of them nor white space; the expression {@code [^\\s.…](\\.{3,}|…{1,2})$} says the
     * same (the test holds them equal), but searched from the start it costs a try at every character of every
     * paragraph.
     */
    static boolean endsWithCutMark(CharSequence text) {
        int end = text.length();
        if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end -= end > 1 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\r' ? 2 : 1; // as $ allows
        }
        if (end == 0) {
            return false;
        }
        char mark = text.charAt(end - 1);
        if (mark != '.' && mark != '…') {
            return false;
        }
        int run = end;
        while (run > 0 && text.charAt(run - 1) == mark) {
            run--;
        }
        int length = end - run;
        if (mark == '.' ? length < 3 : length > 2) {
            return false;
        }
        if (run == 0) {
            return false;
        }
        char before = text.charAt(run - 1);
        return before != '.' && before != '…' && " \t\n\u000B\f\r".indexOf(before) < 0;
    }
}
