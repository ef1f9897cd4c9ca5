package dev.newspipe.core.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
 *
 * <p>The same run, opened by the day alone or a day told relative to the paper's ({@code 5日上午，…}, {@code 日前，…}),
 * is a digest of the day's headless news items (a TV station's day of local news, a district's briefs): see
 * {@link #dayItemsOfRuns}. A story told day by day opens its paragraphs so too, under a headline that names its
 * event or after an undated lead; there the days stay inside the story.
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

    /**
     * The indexes (into {@code paragraphs}, the running text between two headings) of the dated entries of a chronicle:
     * from the first dated entry to the last there are at least {@link #RUN_MIN} of them, and they are at least half of
     * the paragraphs of that span (an entry may go on in an undated paragraph; a long text that opens a few paragraphs
     * with a month is no chronicle).
     */
    static Set<Integer> entriesOfRuns(List<String> paragraphs) {
        return runsOf(paragraphs, ChronicleEntries::opensWithEntryDate);
    }

    /** The entries of {@link #entriesOfRuns}, each paragraph that {@code dated} accepts opening one. */
    private static Set<Integer> runsOf(List<String> paragraphs, Predicate<String> dated) {
        List<Integer> entries = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            // the last paragraph may be an entry the store cut off in mid-sentence
            if (dated.test(p) && (SiblingItems.closesItem(p) || i == paragraphs.size() - 1)) {
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

    /**
     * The day a headless news item opens with, as a TV station's day of local news, a district's briefs or a digest
     * of summaries prints its items ({@code 5日，…}, {@code 19日上午，…}, {@code 日前，…}, {@code 近日，…},
     * {@code 昨天下午，…}), or its subject and then that it happened lately ({@code 区教育局日前召开…}). A story's
     * paragraphs open so too ({@code 5日上午，代表团…}): a run of these is read as items only where no headline names
     * its event (see {@link #headsTheRun}).
     */
    private static final Pattern ITEM_DAY = Pattern.compile(
            "^[△▲■□●◆○·•]?\\s*(" + N + "{1,3}[日号]|日前|近日|近期|昨[天日晚]|前天|今[天日晚]|[当當][天日晚]"
                    + ")(上午|下午|晚|晚间|晚間|晚上|早上|凌晨|中午|傍晚)?\\s*[,，]"
                    + "|^\\p{IsHan}{2,8}?(日前|近日)(?=\\p{IsHan})");

    /** Whether a paragraph opens with the day of a news item, by the calendar or relative to the paper's day. */
    static boolean opensWithItemDay(String text) {
        return opensWithEntryDate(text) || ITEM_DAY.matcher(text.strip()).lookingAt();
    }

    /**
     * The indexes (into {@code paragraphs}, the running text between two headings) of the headless news items of a
     * run opened by their day: the run of {@link #entriesOfRuns}, each paragraph opening with a day of either kind
     * ({@link #opensWithItemDay}). A digest of the day's news dates each item by the day alone (the month is the
     * paper's); a chronicle needs the month, since it spans many. The same guards keep one story out: its paragraphs
     * name the same subject after their days, and a headline over the run that names the run's event keeps it
     * whole (the caller asks {@link #headsTheRun}).
     */
    static Set<Integer> dayItemsOfRuns(List<String> paragraphs) {
        return runsOf(paragraphs, ChronicleEntries::opensWithItemDay);
    }

    /**
     * Whether a headline over a run of day-opened paragraphs names the event the first of them tells (shares a word,
     * a Han character bigram, with it): then it is a story's headline and the paragraphs the days of that story. A
     * column's label ({@code 外事往来}), a photographer's credit left over the text or a digest's name names no event
     * of its items.
     */
    static boolean headsTheRun(String headline, String firstParagraph) {
        return headline != null && BriefsColumn.sharedShare(firstParagraph, headline) > 0;
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
            if (!m.lookingAt()) {
                m = ITEM_DAY.matcher(e.strip()); // a day item's subject follows its day (or, 区教育局日前…, its 日前)
            }
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
        return hasLead(headed, paragraphsAbove, ChronicleEntries::opensWithEntryDate);
    }

    /**
     * {@link #isNarratedStory} for a run of day items ({@link #dayItemsOfRuns}): a lead that opens with no day of
     * either kind stands above the run ({@code 本报讯 某会议于…举行。} over {@code 1月25日下午，…}), so the days are
     * the stages of the story that lead tells.
     */
    static boolean isNarratedDayStory(boolean headed, List<String> paragraphsAbove) {
        return hasLead(headed, paragraphsAbove, ChronicleEntries::opensWithItemDay);
    }

    private static boolean hasLead(boolean headed, List<String> paragraphsAbove, Predicate<String> dated) {
        return paragraphsAbove.stream().takeWhile(p -> !dated.test(p))
                .anyMatch(p -> ArticleSplitter.endsSentence(p.strip()) && (headed || ArticleSplitter.opensWithDateline(p)));
    }
}
