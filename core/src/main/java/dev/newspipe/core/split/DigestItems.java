package dev.newspipe.core.split;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a digest of headless one-paragraph news: a morning digest, a "news breakfast", an audio news round-up
 * (早听天下, 新闻早餐, 早报) prints no headline per item; every item is one paragraph behind the same mark, a bullet
 * ({@code ▷今天下午，…。}, {@code ●…。}) or a running number ({@code 1、9月20日15时许，…。} … {@code 8、…}), often under
 * section labels ({@code 【国内】}, {@code 省两会播报}) that do not restart the count. Each marked paragraph is an item
 * of its own.
 *
 * <p>What tells a digest from one article whose points are marked: a digest marks {@link #DIGEST_MIN} or more
 * complete paragraphs (each with a full stop) with the same mark, or numbers them 1, 2, 3 … without a gap over the whole
 * page, the page opens with text (a greeting, or the first item) rather than a headline, and the items stand under
 * no headline of their own (at most a short section label): the marked points of one article stand under its headline
 * and stay in it, and so do the points of a summary ({@code ●地区生产总值增长5%；}),
 * which end no sentence, and the numbered points of a report, which restart at 1 under each section.
 */
final class DigestItems {

    private DigestItems() {}

    /** A digest has at least this many marked items. */
    static final int DIGEST_MIN = 3;
    /** A marked item of prose has at least this many characters. */
    private static final int ITEM_MIN = 12;
    /** A section label a digest's items may stand under has at most this many characters. */
    private static final int LABEL_MAX = 8;

    /** A full stop: a marked item is at least one complete sentence. */
    private static final Pattern SENTENCE_END = LineKind.FULL_STOP;

    /** The mark a paragraph opens with when it is an item of prose: its bullet, or {@code #} for a number; else null. */
    static String markOf(String text) {
        String t = text.strip();
        if (t.length() < ITEM_MIN) {
            return null;
        }
        // (the mark first: asked of every paragraph, and few open with one; the full stop is looked for in those)
        String mark = ItemMarks.isBulleted(t) ? t.substring(0, 1) : ItemMarks.ITEM_NUMBER.matcher(t).lookingAt() ? "#" : null;
        return mark != null && SENTENCE_END.matcher(t).find() ? mark : null;
    }

    private static OptionalInt number(String text) {
        Matcher m = ItemMarks.ITEM_NUMBER.matcher(text.strip());
        return m.lookingAt() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * The mark of a page's digest items: a bullet that opens {@link #DIGEST_MIN} or more prose paragraphs, or
     * {@code #} when the page's numbered prose paragraphs count 1, 2, 3 … without a gap; null when the page is no digest.
     */
    static String digestMark(List<String> texts) {
        Map<String, Integer> bullets = new HashMap<>();
        int expected = 1;
        boolean counting = true;
        for (String text : texts) {
            String mark = markOf(text);
            if (mark == null) {
                continue;
            }
            if (mark.equals("#")) {
                counting &= number(text).getAsInt() == expected;
                expected++;
            } else {
                bullets.merge(mark, 1, Integer::sum);
            }
        }
        if (counting && expected - 1 >= DIGEST_MIN) {
            return "#";
        }
        return bullets.entrySet().stream().filter(e -> e.getValue() >= DIGEST_MIN).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /**
     * Whether a paragraph opens an item of a digest whose items carry {@code digestMark}: it carries the mark; a
     * numbered item counts by its number alone, so the page's copy may cut the last one short ({@code 8、贵州省2022年}).
     */
    static boolean opensItem(String digestMark, String text) {
        if (digestMark == null) {
            return false;
        }
        return digestMark.equals("#") ? number(text).isPresent() && text.strip().length() > MARK_AND_TEXT_MIN
                : digestMark.equals(markOf(text));
    }

    /** A numbered item has more than its number and a word. */
    private static final int MARK_AND_TEXT_MIN = 4;

    /**
     * Whether a paragraph starts the next item of a digest whose items carry {@code digestMark}: it carries the mark,
     * and the item above has text and no headline but at most a short section label.
     */
    static boolean startsItem(String digestMark, String aboveTitle, boolean aboveHasText, String text) {
        if (!aboveHasText || !opensItem(digestMark, text)) {
            return false;
        }
        return aboveTitle == null || aboveTitle.strip().length() <= LABEL_MAX;
    }
}
