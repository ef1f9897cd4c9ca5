package dev.newspipe.core.read;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a month and day a text writes without one (1月22日上午, 12月3日), from what else the text writes. Shared by
 * the reader's issue date ({@link IssueDates}) and the session parser, so the two read a lead's day in the same year.
 *
 * <p>Two kinds of evidence, strongest first:
 * <ol>
 *   <li>a full date the text writes shortly after the day ({@link #nearFullDate}): what a report announces or when it
 *       was posted follows its day, so 12月3日 in a text that fixes a session for 2022年1月17日 is 2021-12-03;
 *   <li>the years the text names, as a report names them ({@link #vote}): a government or congress text reviews the
 *       year before and plans the year to come, so the month of the day says which year each one points to.
 * </ol>
 */
public final class YearOfDay {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})年(度)?(.{0,16})");
    /**
     * What a year planned is written with: 2025年目标任务, 2022年国民经济和社会发展计划草案, 2023年工作要点, 2012年重点工作
     * (the tasks a report sets for the year); not a plan's or
     * budget's execution (2021年计划执行情况, 2021年预算执行), which is a year reviewed though it names the plan.
     */
    private static final Pattern PLAN = Pattern.compile(
            "项目|计划|目标|任务|安排|预算|总体要求|要点|之年|重点工作|主要工作" // the issue date reads the page as printed, so
            + "|項目|計劃|計畫|目標|任務|預算|總體要求|要點|重點工作"); // traditional script too
    /** A plan carried out or adjusted (计划执行情况, 预算执行, 预算调整方案): the year's own plan, looked back on. */
    private static final Pattern EXECUTION = Pattern.compile("执行|執行|调整|調整");
    /** What says a year is reviewed, after it (2004年决算, 2023年工作回顾) or just before it (回顾了2017年). */
    private static final Pattern REVIEWED = Pattern.compile("决算|決算|回顾|回顧|总结|總結");
    private static final Pattern REVIEWED_BEFORE = Pattern.compile("回顾|回望|回顧|总结|總結");
    /** Where the phrase a year stands in ends: a plan word after it is another phrase's. */
    private static final Pattern PHRASE_END = Pattern.compile("[，,。；;：:！？]");
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六七八九])五”?规划(收官|开局)之年");
    /** How far from a full date the text writes a day may lie and still take its year: half a year either way. */
    private static final long NEAR_DAYS = 183;

    private YearOfDay() {}

    /**
     * The year that puts {@code month}/{@code day} nearest before one of {@code written} (the full dates a text writes),
     * at most half a year before it; else null. A report is written on or after the day it reports, and the full dates
     * it writes later than that day (the session a meeting fixes, the line a page was posted on) bound it from above;
     * a date it cites (截至2024年11月20日) may lie any distance before its day, and a text about 1959 reprinted in 2000
     * is too far from its reprint line, so neither gives a year.
     */
    public static Integer nearFullDate(List<LocalDate> written, int month, int day) {
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (LocalDate full : written) {
            for (int year = full.getYear() - 1; year <= full.getYear(); year++) {
                LocalDate candidate = date(year, month, day);
                long before = candidate == null ? -1 : ChronoUnit.DAYS.between(candidate, full);
                long distance = before < 0 ? Long.MAX_VALUE : before;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = year;
                }
            }
        }
        return bestDistance <= NEAR_DAYS ? best : null;
    }

    /**
     * The year of a meeting in {@code month} by the years the text names, or null when it names none: a five-year plan's
     * last or first year (十四五规划收官之年); else every year written votes. A year planned (2025年…目标) is this year's,
     * or for a meeting late in the year next year's; a year reviewed (2022年度, 2022年…生产总值, 2023年计划执行情况) is
     * last year's for a meeting early in the year and this year's for one late in it. Most votes win, the later year on
     * a tie. A meeting in mid-year reviews last year's accounts and this year's half alike, so its years reviewed decide
     * only when nothing is planned (the latest of them).
     */
    public static Integer vote(String text, int month) {
        return tally(text, month, false);
    }

    /**
     * As {@link #vote}, but only a year written with a word that plans or reviews it votes; a bare one (2008年的工作,
     * 2013年，是…) does not, and without any the caller keeps its own reading (null). A page's year is read so
     * (IssueDates), where the years of many reports stand together and a bare year is as often the page's own as one
     * reviewed. A year reviewed must say so: 2022年度 alone, a plan's execution (2021年计划执行情况), 决算, or 回顾/回望
     * just before it (全面回顾了2017年全市法院的工作).
     */
    public static Integer cuedVote(String text, int month) {
        return tally(text, month, true);
    }

    /** {@code cuedOnly}: only a year written with a word that plans or reviews it votes ({@link #cuedVote}). */
    private static Integer tally(String text, int month, boolean cuedOnly) {
        Matcher plan = FIVE_YEAR_PLAN.matcher(text);
        if (!cuedOnly && plan.find()) { // a page's years are written with its 收官之年, which may be last year's
            // the Nth plan (十N五) begins 1966 + 5 × (N − 3): the third began in 1966, after the 1963–65 readjustment
            int start = 1966 + 5 * (10 + "一二三四五六七八九".indexOf(plan.group(1)) + 1 - 3);
            return plan.group(2).equals("收官") ? start + 4 : start;
        }
        Map<Integer, Integer> votes = new HashMap<>();
        Integer reviewedMidYear = null;
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            String phrase = PHRASE_END.split(y.group(3), 2)[0]; // 2025年，市委围绕总目标…: the 目标 is no longer the year's
            Matcher planned = PLAN.matcher(phrase);
            // 2022年度 alone is a year reviewed (2022年度优秀代表); 2015年度国民经济和社会发展计划 is a plan all the same
            boolean isPlan = planned.find();
            boolean executed = isPlan && EXECUTION.matcher(phrase).region(planned.end(), phrase.length()).lookingAt();
            if (isPlan && !executed) {
                votes.merge(month >= 10 ? year - 1 : year, 1, Integer::sum);
            } else if (cuedOnly && !executed && y.group(2) == null && !REVIEWED.matcher(phrase).find()
                    && !REVIEWED_BEFORE.matcher(text).region(Math.max(0, y.start() - 4), y.start()).find()) {
                continue; // a bare year says nothing of the day's: the latest printed decides, as before
            } else if (month <= 3 || month >= 10) {
                votes.merge(month <= 3 ? year + 1 : year, 1, Integer::sum);
            } else {
                reviewedMidYear = reviewedMidYear == null ? year : Math.max(reviewedMidYear, year);
            }
        }
        return votes.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(reviewedMidYear);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
