package dev.newspipe.core.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The principle of <b>chronicle entries</b>: a chronicle (大事记), a daybook or a "today in history" page prints its
 * entries as paragraphs that each open with the date of the entry, and a chronicle dates by month or by part of a
 * month as often as by day ({@code 5月，…}, {@code 是月，…}, {@code 下旬，…}, {@code 9月16日，…},
 * {@code 1827年3月5日，…}). At least {@link #RUN_MIN} paragraphs that each open so and end a sentence, at least half
 * of the running text they span, are such a chronicle: each dated paragraph opens an entry, an article of its own,
 * and a paragraph that opens without a date goes on with the entry above it.
 *
 * <p>The counter-example is one article that narrates its year month by month: a work report's review
 * ({@code 1月，…} {@code 2月，…}), a statistical bulletin, a chronology quoted inside one news story. Each of them
 * prints a lead that is not dated before the dated paragraphs begin; a chronicle's entries follow its headline (or the
 * page's own label) directly. So a run stays inside the article above it when that article already holds a finished
 * paragraph that opens without a date. Two more signs of one story measured on the labelled pages: a chronicle runs
 * forward in time (a gallery of captions goes back and forth between days), and its entries tell different events
 * (the stages of one session each name the same session first).
 */
final class ChronicleEntries {

    private ChronicleEntries() {}

    /** A chronicle prints at least this many dated entries in a row. */
    static final int RUN_MIN = 3;

    private static final String N = "[0-9０-９一二三四五六七八九十〇零]";
    /**
     * The date a chronicle entry opens with, maybe after a bullet: {@code 1827年3月5日}, {@code 1963年5月},
     * {@code 9月16日}, {@code 5月}, {@code 8月下旬}, {@code 是月25日}, {@code 是年}, {@code 同月}, {@code 下旬}, then a comma
     * (the entry's sentence starts there). A day alone ({@code 16日，}) is left out: a story's paragraphs open so.
     */
    private static final Pattern ENTRY_DATE = Pattern.compile(
            "^[△▲■□●◆○·•\\-－—]?\\s*("
                    + "(" + N + "{4}年)?" + N + "{1,2}月(" + N + "{1,2}[日号]|[上中下]旬|初|底|中)?"
                    + "|[是同本当當]月(" + N + "{1,2}[日号])?|[是同本当當]年|[上中下]旬"
                    + ")(上午|下午|晚|晚间|晚間)?\\s*[,，、]");

    /** Whether a paragraph opens with the date of a chronicle entry. */
    static boolean opensWithEntryDate(String text) {
        return ENTRY_DATE.matcher(text.strip()).lookingAt();
    }

    /** Whether a paragraph opens with an entry's date and ends a sentence (an entry, not a heading or a cut line). */
    static boolean isEntry(String text) {
        return opensWithEntryDate(text) && SiblingItems.closesItem(text);
    }

    /**
     * The indexes (into {@code paragraphs}, the running text between two headings) of the dated entries of a chronicle:
     * from the first dated entry to the last there are at least {@link #RUN_MIN} of them, and they are at least half of
     * the paragraphs of that span (an entry may go on in an undated paragraph; a long text that opens a few paragraphs
     * with a month is no chronicle).
     */
    static Set<Integer> entriesOfRuns(List<String> paragraphs) {
        List<Integer> entries = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            // the last paragraph may be an entry the store cut off in mid-sentence
            if (isEntry(paragraphs.get(i)) || i == paragraphs.size() - 1 && opensWithEntryDate(paragraphs.get(i))) {
                entries.add(i);
            }
        }
        if (entries.size() < RUN_MIN) {
            return Set.of();
        }
        int span = entries.get(entries.size() - 1) - entries.get(0) + 1;
        List<String> texts = entries.stream().map(paragraphs::get).toList();
        return 2 * entries.size() >= span && runsForward(texts) && !oneSubject(texts) ? new HashSet<>(entries) : Set.of();
    }

    /** {@code 1827年3月5日}, {@code 9月16日}, {@code 5月}: the calendar date an entry opens with (relative ones left out). */
    private static final Pattern CALENDAR_DATE = Pattern.compile("^[^0-9]{0,2}(?:([0-9]{4})年)?([0-9]{1,2})月(?:([0-9]{1,2})[日号])?");

    /**
     * Whether the entries' calendar dates never go back: a chronicle runs forward in time, while a gallery of captions
     * follows its pictures (1月23日, 1月24日, 1月23日 …), not the calendar.
     */
    static boolean runsForward(List<String> entries) {
        int year = 0;
        long last = -1;
        for (String e : entries) {
            Matcher m = CALENDAR_DATE.matcher(e.strip());
            if (!m.lookingAt()) {
                continue;
            }
            year = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
            long key = year * 10_000L + Integer.parseInt(m.group(2)) * 100L + (m.group(3) != null ? Integer.parseInt(m.group(3)) : 0);
            if (key < last) {
                return false;
            }
            last = key;
        }
        return true;
    }

    /** The first characters of an entry's sentence that name its subject. */
    private static final int SUBJECT_LENGTH = 6;

    /**
     * Whether at least half of the entries open their sentence with the same subject ({@code 3月3日，某会议在…开幕。} /
     * {@code 3月3日，某会议在…}): the stages of one event (a session's proceedings, its photo captions), one article, not
     * a chronicle of different events.
     */
    static boolean oneSubject(List<String> entries) {
        Map<String, Integer> subjects = new HashMap<>();
        for (String e : entries) {
            Matcher m = ENTRY_DATE.matcher(e.strip());
            if (m.lookingAt()) {
                String rest = e.strip().substring(m.end()).strip();
                if (rest.length() >= SUBJECT_LENGTH) {
                    subjects.merge(rest.substring(0, SUBJECT_LENGTH), 1, Integer::sum);
                }
            }
        }
        return subjects.values().stream().anyMatch(n -> 2 * n >= entries.size());
    }

    /**
     * Whether the article above is one story that narrates month by month, so that the run stays in it: before its
     * first dated paragraph it holds a finished paragraph that opens without a date (the lead over the run; an undated
     * paragraph after an entry goes on with that entry), under a headline or opening with a news dateline
     * ({@code 本报讯}, {@code 新华社…电}). A headless line that is not news (a forum post's {@code 标题:} field run into
     * the first entry) is no lead.
     */
    static boolean isNarratedStory(boolean headed, List<String> paragraphsAbove) {
        return paragraphsAbove.stream().takeWhile(p -> !opensWithEntryDate(p))
                .anyMatch(p -> ArticleSplitter.endsSentence(p.strip()) && (headed || ArticleSplitter.opensWithDateline(p)));
    }
}
