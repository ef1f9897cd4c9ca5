package dev.newspipe.core.split;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day view of a chronicle archive ("这一天": what each chronicle, diary and paper recorded on one day) prints one
 * block per source, each headed by the source's name and the day's key ({@code 毛泽东年谱>19560202},
 * {@code 夏鼐日记>19830521}, {@code 解放军报>19830521}); every heading of the page carries the same key. A chronicle's
 * or a diary's block has no headline of its own: the heading titles it, and the day's date line
 * ({@code 02月02日}, {@code 1956年02月02日}, {@code △05月21日 星期六}, {@code 11.25}) opens its entries. A paper's
 * block prints the paper's article with its own headline under the heading, which then is only the archive's label
 * of the source. A single article never heads its parts with a name, a {@code >} and a day key, and the page needs
 * {@link #HEADINGS_MIN} headings with one key before any of this applies.
 */
final class DayViewSources {

    private DayViewSources() {}

    /** A day view has at least this many source headings with the same day key. */
    static final int HEADINGS_MIN = 2;

    /** {@code 毛泽东年谱>19560202}: a source's name (no punctuation, no space), {@code >}, the day as eight digits. */
    private static final Pattern SOURCE_HEADING = Pattern.compile(
            "^([^\\s>＞。，,；;：:！？!?]{2,20})\\s*[>＞]\\s*((?:1[89]|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))$");
    /**
     * The date line that opens a source's entries for the day: {@code 02月02日}, {@code 1956年02月02日},
     * {@code △05月21日 星期六}, {@code 11月25日 星期四}, {@code 11.25}.
     */
    private static final Pattern DAY_LINE = Pattern.compile(
            "^[△▲■●◆]?\\s*(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?:\\s*(?:星期|礼拜|禮拜)[一二三四五六日天])?$"
                    + "|^\\d{1,2}\\.\\d{1,2}$");

    /** The day key shared by at least {@link #HEADINGS_MIN} source headings of the page, if there is one. */
    static Optional<String> dayKey(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            String t = text.strip();
            if (!LineKind.endsInAny(t, "0123456789")) {
                continue; // (asked of every line of every page: only a line ending in its key's digits needs the pattern)
            }
            Matcher m = SOURCE_HEADING.matcher(t);
            if (m.matches() && counts.merge(m.group(2), 1, Integer::sum) >= HEADINGS_MIN) {
                return Optional.of(m.group(2));
            }
        }
        return Optional.empty();
    }

    /** Whether a line is a source heading of the day view with day key {@code key}. */
    static boolean isSourceHeading(String text, String key) {
        String t = text.strip();
        if (!LineKind.endsInAny(t, "0123456789")) {
            return false;
        }
        Matcher m = SOURCE_HEADING.matcher(t);
        return m.matches() && m.group(2).equals(key);
    }

    /** An eight-digit day key anywhere in a line: the archive's links to its days ({@code 上一日:19560201-年月日}). */
    private static final Pattern ANY_DAY_KEY = Pattern.compile("(?<!\\d)(?:1[89]|20)\\d{6}(?!\\d)");

    /**
     * Whether a line under a source heading belongs to the archive's own index, not to a source: another source
     * heading, or a link that names a day by its key ({@code 上一日:19560201-年月日}). No news headline carries a day
     * key.
     */
    static boolean isIndexLink(String text, String key) {
        return isSourceHeading(text, key) || ANY_DAY_KEY.matcher(text).find();
    }

    /**
     * Whether a line is one of the archive's links to its days ({@code 上一日:19560201-年月日},
     * {@code 年月日:1998:19980130:19980130-年月日}): a day key in a line that is no source heading and ends no sentence.
     */
    static boolean isDayLink(String text, String key) {
        return !isSourceHeading(text, key) && ANY_DAY_KEY.matcher(text).find() && !ArticleSplitter.endsSentence(text.strip());
    }

    /** Whether a line is the date line that opens a source's entries for the day. */
    static boolean isDayLine(String text) {
        return DAY_LINE.matcher(text.strip()).matches();
    }
}
