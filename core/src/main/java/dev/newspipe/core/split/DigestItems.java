package dev.newspipe.core.split;

import dev.newspipe.core.read.PinyinGloss;
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
        String mark = ItemMarks.isBulleted(t) ? t.substring(0, 1) : numberAt(t) != null ? "#" : null;
        return mark != null && SENTENCE_END.matcher(t).find() ? mark : null;
    }

    private static OptionalInt number(String text) {
        Matcher m = numberAt(text.strip());
        return m != null ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The item number a paragraph opens with ({@code 1、} {@code 2.} or, run into the text, {@code 3，}), or null. */
    private static Matcher numberAt(String text) {
        Matcher m = ItemMarks.ITEM_NUMBER.matcher(text);
        if (m.lookingAt()) {
            return m;
        }
        m = ItemMarks.RUN_IN_NUMBER.matcher(text);
        return m.lookingAt() ? m : null;
    }

    /**
     * The mark of numbered items that are news items ({@link #isNewsItem}): a digest of the day's news, whose count may
     * start again at 1 under each of its section labels ({@code 国内新闻} 1…4, {@code 国际新闻} 1…3), and which may
     * open with its short name ({@code 新闻联播摘要}) over the first item. A report's or a plan's numbered points also
     * start again under each section, but they state tasks and results: they date no event and name no source.
     */
    static final String NEWS_NUMBER = "#news";

    /** Whether a digest's mark numbers its items ({@code #} or {@link #NEWS_NUMBER}) rather than bulleting them. */
    static boolean numbers(String digestMark) {
        return digestMark != null && digestMark.startsWith("#");
    }

    /** Whether a paragraph's {@code mark} ({@link #markOf}) is the digest's mark. */
    static boolean sameMark(String digestMark, String mark) {
        return numbers(digestMark) ? "#".equals(mark) : digestMark.equals(mark);
    }

    /**
     * Whether a numbered paragraph is a news item: its first or second sentence (a digest runs a one-sentence headline
     * into the item's text: {@code 1，某部启动应急响应。记者16日从该部获悉，…}) dates the event or names its source
     * ({@link SiblingItems#isNewsUnit}).
     */
    static boolean isNewsItem(String text) {
        String t = text.strip();
        Matcher end = SENTENCE_END.matcher(t);
        return SiblingItems.isNewsUnit("", t) || end.find() && SiblingItems.isNewsUnit("", t.substring(end.end()));
    }

    /**
     * The short name of a digest of the day's news: {@code 新闻联播摘要}, {@code 国内新闻}, {@code 早间快讯},
     * {@code 要闻速递}; it ends with a word for news or for a round-up of it (a notice's {@code 通知} or {@code 公告} over
     * its numbered points is no digest). Extend with the genre's further names of a round-up.
     */
    private static final Pattern DIGEST_NAME = Pattern.compile(
            "(新闻|新聞|要闻|要聞|摘要|快讯|快訊|简讯|簡訊|早报|早報|晚报|晚報|播报|播報|速递|速遞|早餐|一览|一覽|速览|速覽|集锦|集錦)$");

    /**
     * Whether a page whose first article has {@code firstTitle} opens as a digest: with text (no headline), or, for
     * numbered news items, with the digest's short name ({@link #LABEL_MAX} characters at most, {@link #DIGEST_NAME}).
     */
    static boolean opensDigest(String digestMark, String firstTitle) {
        return firstTitle == null || NEWS_NUMBER.equals(digestMark) && firstTitle.strip().length() <= LABEL_MAX
                && DIGEST_NAME.matcher(firstTitle.strip()).find();
    }

    /**
     * The mark of a page's digest items: a bullet that opens {@link #DIGEST_MIN} or more prose paragraphs, or
     * {@code #} when the page's numbered prose paragraphs count 1, 2, 3 … without a gap; null when the page is no digest.
     */
    static String digestMark(List<String> texts) {
        Map<String, Integer> bullets = new HashMap<>();
        int expected = 1;
        boolean counting = true;
        boolean countingBySection = true; // 1 2 3 4, 1 2 3: the count starts again under a section label
        int numbered = 0;
        int news = 0;
        for (String text : texts) {
            String mark = markOf(text);
            if (mark == null) {
                continue;
            }
            if (mark.equals("#")) {
                int n = number(text).getAsInt();
                counting &= n == expected;
                countingBySection &= n == expected || n == 1;
                expected = n + 1;
                numbered++;
                news += isNewsItem(text) ? 1 : 0;
            } else {
                bullets.merge(mark, 1, Integer::sum);
            }
        }
        boolean newsItems = numbered >= DIGEST_MIN && 2 * news >= numbered;
        if (countingBySection && newsItems) {
            return NEWS_NUMBER;
        }
        if (counting && numbered >= DIGEST_MIN) {
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
        return numbers(digestMark) ? number(text).isPresent() && text.strip().length() > MARK_AND_TEXT_MIN
                : digestMark.equals(markOf(text));
    }

    /**
     * Whether the page's last line, which the store cut before the item's first full stop, opens the next item of the
     * digest ({@code ●記者6日從某縣獲悉,救援}, {@code 8、某省2022年全国硕士研}): it carries the digest's bullet, or a
     * number. A page cut inside its last item leaves the item's opening, mark and all, and nothing under it.
     */
    static boolean opensCutItem(String digestMark, String text) {
        String t = text.strip();
        if (digestMark == null || t.length() <= MARK_AND_TEXT_MIN || SENTENCE_END.matcher(t).find()) {
            return false;
        }
        return numbers(digestMark) ? number(t).isPresent() : t.startsWith(digestMark);
    }

    /** A numbered item has more than its number and a word. */
    private static final int MARK_AND_TEXT_MIN = 4;

    /**
     * Whether a paragraph starts the next item of a digest whose items carry {@code digestMark}: it carries the mark,
     * and the item above has text and no headline but at most a short section label.
     */
    static boolean startsItem(String digestMark, String aboveTitle, boolean aboveHasText, String text) {
        return startsItem(digestMark, aboveTitle, aboveHasText, text, false);
    }

    /** As {@link #startsItem(String, String, boolean, String)}; {@code cutLast}: the text is the page's cut last line. */
    static boolean startsItem(String digestMark, String aboveTitle, boolean aboveHasText, String text, boolean cutLast) {
        if (!aboveHasText || !(opensItem(digestMark, text) || cutLast && opensCutItem(digestMark, text))) {
            return false;
        }
        // (pinyin a converter left after a label, 國(guó)內(nèi), is no part of its length)
        return aboveTitle == null || PinyinGloss.strip(aboveTitle).strip().length() <= LABEL_MAX;
    }
}
