package dev.newspipe.core.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue date a page's own text gives, for pages without a sidecar or a dated path. A page reports on days up to
 * its issue date, but it also cites past dates and announces future ones, so the evidence is read in this order:
 *
 * <ol>
 *   <li>the edition header: a short line among the page's first with a full date and a page number ({@code 1997年6月5日人民日报 第4版},
 *       {@code 2024年3月5日 星期二 第A03版 要闻}), which is the issue's own date whatever the articles cite;
 *   <li>datelines: a date at the start of a lead ({@code 本报讯（记者 …）1月22日上午，…}, {@code 新华社北京3月5日电},
 *       {@code 1月22日，省统计局…}): the latest of them;
 *   <li>otherwise the latest full date anywhere ({@code 2026年1月22日}, {@code 2024-03-25});
 *   <li>otherwise the latest month and day anywhere.
 * </ol>
 *
 * A month and day takes its year from context ({@link Years}): a full date written near it, else the years the text
 * names as a report names them (reviewed, planned), else the latest year the text prints, in a full date or as
 * {@code 2025年} (digits or {@code 二〇二五年}; {@code 十六届人大六次会议} names no year). Dates after {@code notAfter} (the
 * file's time: a page is printed before it is copied) are implausible and skipped.
 */
final class IssueDates {

    /** A date the text gives, and the words it was read from. */
    record Found(LocalDate date, String evidence) {}

    private static final String NUM = "[0-9０-９〇零一二三四五六七八九十]";
    private static final Pattern FULL = Pattern.compile("(" + NUM + "{4})\\s*年\\s*(" + NUM + "{1,3})\\s*月\\s*(" + NUM + "{1,3})\\s*日"
            + "|(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![0-9０-９〇零一二三四五六七八九十年])(" + NUM + "{1,3})\\s*月\\s*("
            + NUM + "{1,3})\\s*日");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9０-９〇零一二三四五六七八九十])([12][0-9]{3}|[一二][〇零一二三四五六七八九]{3})\\s*年");
    /** A lead that opens with a wire or paper credit: its first date, within reach, is the dateline. */
    private static final Pattern CREDIT = Pattern.compile("^(本报|本刊|新华社|中新社|新華社|人民网|人民網|央视网|[（(]?(记者|記者|通讯员))");
    /** Otherwise a dateline opens the line, at most after a parenthesis: {@code 1月22日，省统计局…}. */
    private static final Pattern OPENING = Pattern.compile("^([（(][^）)]{0,20}[）)])?\\s*$");
    private static final int DATELINE_REACH = 60;
    private static final Pattern ANNOUNCED = Pattern.compile("(?:将|定|拟)于\\s*$");
    /** A page number (第4版, 第A03版, 第四版) on a short line: the line is the edition header. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("第\\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\\s*版");
    private static final int EDITION_HEADER_LENGTH = 40;
    /** How many non-blank lines from the top of a page may be its edition header. */
    private static final int EDITION_HEADER_LINES = 6;

    private IssueDates() {}

    static Optional<Found> fromText(String text, LocalDate notAfter) {
        String[] lines = text.split("\\R");
        int read = 0;
        for (String line : lines) {
            String header = line.strip();
            if (header.isEmpty()) {
                continue;
            }
            if (++read > EDITION_HEADER_LINES) {
                break; // a header heads the page: further down a short dated line naming a page cites one (原载…第4版)
            }
            if (header.length() <= EDITION_HEADER_LENGTH && PAGE_NUMBER.matcher(header).find()) {
                Found edition = latest(FULL.matcher(header), null, notAfter);
                if (edition != null) {
                    return Optional.of(edition);
                }
            }
        }
        Years contextYear = new Years(text, notAfter);
        Found dateline = null;
        for (int i = 0; i < lines.length; i++) {
            String lead = lines[i].strip();
            String head = lead.substring(0, Math.min(lead.length(), DATELINE_REACH));
            // only a month and day needs the years of its report: gathering that report for every line would read a long
            // page's rest once per line
            Years years = MONTH_DAY.matcher(head).find() ? contextYear.in(reportFrom(lines, i)) : contextYear;
            Found found = firstDate(head, years, notAfter, true);
            if (found != null && (dateline == null || found.date().isAfter(dateline.date()))) {
                dateline = found;
            }
        }
        if (dateline != null) {
            return Optional.of(dateline);
        }
        Found full = latest(FULL.matcher(text), null, notAfter);
        if (full != null) {
            return Optional.of(full);
        }
        return contextYear.latest == null ? Optional.empty() : Optional.ofNullable(latest(MONTH_DAY.matcher(text), contextYear, notAfter));
    }

    /** The date a lead opens with, if only a credit stands before it. */
    private static Found firstDate(String head, Years contextYear, LocalDate notAfter, boolean leadOnly) {
        Matcher full = FULL.matcher(head);
        Matcher monthDay = MONTH_DAY.matcher(head);
        boolean hasFull = full.find();
        boolean hasMonthDay = monthDay.find();
        // the date the lead opens with is the first one written (12月3日 before the 2022年1月17日 its meeting fixed)
        Matcher first = hasFull && (!hasMonthDay || full.start() <= monthDay.start()) ? full : hasMonthDay ? monthDay : null;
        if (first == null || leadOnly && !CREDIT.matcher(head).find() && !OPENING.matcher(head.substring(0, first.start())).matches()) {
            return null;
        }
        if (leadOnly && ANNOUNCED.matcher(head.substring(0, first.start())).find()) {
            return null; // a day announced (剧目将于2月23日演出, 会议定于1月17日召开) is yet to come: no dateline
        }
        LocalDate date = first == full ? full(full) : dayOf(contextYear, monthDay.group(1), monthDay.group(2));
        return date == null || date.isAfter(notAfter) ? null : new Found(date, head.substring(0, Math.min(head.length(), first.end())));
    }

    /**
     * The report a dateline at line {@code at} opens: its lines up to the next report of the page, which begins with a
     * headline (a short line without a sentence) or a lead that opens with a credit or a date. The years it names are
     * the ones its day is read against; another report on the page reviews or plans its own.
     */
    private static String reportFrom(String[] lines, int at) {
        StringBuilder report = new StringBuilder(lines[at]);
        for (int i = at + 1; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher date = MONTH_DAY.matcher(line);
            if (CREDIT.matcher(line).find() || date.find() && OPENING.matcher(line.substring(0, date.start())).matches()
                    || isHeadline(line)) {
                break;
            }
            report.append('\n').append(line);
        }
        return report.toString();
    }

    private static final int HEADLINE_LENGTH = 40;

    /** A short line without a sentence in it (no ，。；): a headline, a kicker, a section title. */
    private static boolean isHeadline(String line) {
        if (line.isEmpty() || line.length() > HEADLINE_LENGTH) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if ("，。；,;".indexOf(line.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static Found latest(Matcher m, Years year, LocalDate notAfter) {
        Found latest = null;
        while (m.find()) {
            LocalDate date = year == null ? full(m) : dayOf(year, m.group(1), m.group(2));
            if (date != null && !date.isAfter(notAfter) && (latest == null || date.isAfter(latest.date()))) {
                latest = new Found(date, m.group());
            }
        }
        return latest;
    }

    /**
     * The year a month and day of the text takes ({@link YearOfDay}): that of a full date the text writes near it (a
     * meeting on 12月3日 that fixes a session for 2022年1月17日 sat in 2021; a web page's 2021-12-06 line dates its lead's
     * 12月6日); else the year the years it names point to for that month (a January report reviewing 2023年 is of 2024,
     * a December one on 2023年工作要点 of 2022); else the latest plausible year it prints. Null when it prints none: a
     * session number (十六届人大六次会议) is no year.
     */
    private static final class Years {
        /** The text whose years vote: the whole page, or the one report a dateline opens ({@link #in}). */
        private final String text;
        private final java.util.List<LocalDate> fullDates;
        private final Integer latest;

        Years(String text, LocalDate notAfter) {
            this.text = text;
            this.fullDates = new java.util.ArrayList<>();
            Matcher m = FULL.matcher(text);
            while (m.find()) {
                LocalDate date = full(m);
                if (date != null && !date.isAfter(notAfter)) {
                    fullDates.add(date);
                }
            }
            this.latest = latestYear(text, notAfter);
        }

        private Years(String text, java.util.List<LocalDate> fullDates, Integer latest) {
            this.text = text;
            this.fullDates = fullDates;
            this.latest = latest;
        }

        /** The same page's dates and latest year, with only {@code report}'s years voting. */
        Years in(String report) {
            return new Years(report, fullDates, latest);
        }

        Integer of(int month, int day) {
            if (latest == null) {
                return null;
            }
            Integer near = YearOfDay.nearFullDate(fullDates, month, day);
            if (near != null) {
                return near;
            }
            Integer voted = YearOfDay.cuedVote(text, month);
            return voted != null ? voted : latest;
        }
    }

    /** The latest plausible year the text prints, in a full date or on its own ({@code 2025年}). */
    private static Integer latestYear(String text, LocalDate notAfter) {
        Found full = latest(FULL.matcher(text), null, notAfter);
        Integer year = full == null ? null : full.date().getYear();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int y = number(m.group(1));
            if (y >= 1949 && y <= notAfter.getYear() && (year == null || y > year)) {
                year = y;
            }
        }
        return year;
    }

    private static LocalDate full(Matcher m) {
        return m.group(1) != null ? date(number(m.group(1)), number(m.group(2)), number(m.group(3)))
                : date(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
    }

    private static LocalDate dayOf(Years years, String month, String day) {
        if (years == null) {
            return null;
        }
        int m = number(month);
        int d = number(day);
        Integer year = years.of(m, d);
        return year == null ? null : date(year, m, d);
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 1949 || year > 2100) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            // 2月30日 and the like: not a date
            return null;
        }
    }

    /** {@code 2026}, {@code ２６}, {@code 二〇二六} (digit by digit), {@code 二十二} (tens). */
    static int number(String s) {
        String digits = "〇一二三四五六七八九";
        if (s.indexOf('十') >= 0) {
            int at = s.indexOf('十');
            int tens = at == 0 ? 1 : digit(s.charAt(at - 1), digits);
            int ones = at == s.length() - 1 ? 0 : digit(s.charAt(at + 1), digits);
            return tens * 10 + ones;
        }
        int value = 0;
        for (char c : s.toCharArray()) {
            value = value * 10 + digit(c, digits);
        }
        return value;
    }

    private static int digit(char c, String digits) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return c == '零' ? 0 : Math.max(0, digits.indexOf(c));
    }
}
