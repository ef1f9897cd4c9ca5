package dev.newspipe.core.split;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the items of a column of briefs, an archive page or a schedule box open, each a general page shape of the
 * genre (never a string of one document). {@link ItemHeadings} reads headings of multi-item pages; these cues need
 * no heading at all:
 *
 * <ul>
 *   <li><b>a bulleted brief</b>: a column of briefs (要闻简报, 简讯) prints each item as one paragraph behind a bullet
 *       ({@code ◆9月23日，我县召开…。}) whose first sentence dates the event it reports (or whose second does, after a
 *       run-in headline: {@code ■某区人大举行代表座谈会。12月4日上午，…}), or that opens with a wire credit
 *       ({@code ■本报讯}). A page with at least {@link #BRIEF_COLUMN_MIN} of them is a brief column, and each
 *       such paragraph is an item of its own. The bullets of one work-report summary ({@code ●地区生产总值增长5%；})
 *       continue one text about one report and date nothing to the day, so they stay one article; so do a chronicle
 *       (大事记), one document whose dated entries are its text, and dated bullets that a sentence introduces
 *       ({@code 会议日程安排如下：}), the items of one notice;
 *   <li><b>a further wire item</b>: {@code 又讯} ("another report") opens the next item of a headless wire column
 *       (under a headline it is a further report that the headline spans);
 *   <li><b>an archive record</b>: a day-page archive (人民日报 图文数据库) prints every record under the page's label
 *       ({@code 第1版(要闻)}) and an empty column field ({@code 专栏:}); the label printed again starts the next record,
 *       and only it: a second dateline inside a record is a further report under the record's headline;
 *   <li><b>a schedule block</b>: a schedule box of the two sessions heads each body's programme with the body's short
 *       name alone on a line ({@code 人大}, {@code 政协}) over its programme; with two such labels on a page each heads
 *       an item. A day's schedule in prose gives each body a paragraph that opens with its session, the day and the
 *       time ({@code 全国政协十三届四次会议9日上午举行…}): the other body's paragraph starts an item;
 *   <li><b>a glued side item</b>: a flattened e-paper prints a side box's label, the item's headline and its
 *       dateline on one line ({@code 相关链接 消防演练确保两会会场安全 本报1月6日讯…}); the label only ever heads an item
 *       of its own, so the line starts that item (kept as printed: its parts cannot be told apart without a guess);
 *   <li><b>a titled brief column</b>: a page whose column label names a column of briefs ({@code 简明新闻},
 *       {@code 简讯}, also as an archive's column field {@code 专栏:简明新闻}) prints short items, each a one-line
 *       headline over one or two paragraphs; such a column has no subheads, so every headline over a paragraph there
 *       heads the next brief. Without the label a headline between paragraphs stays a subhead;
 *   <li><b>a reporter's sign-off</b>: a brief or a short item ends with its reporter's name in brackets, glued to its
 *       last sentence or alone on the line under it ({@code …复商复市。（王晓磊）}, {@code （丁佳伟）}); the item ends
 *       there, so a paragraph after it starts the next item, and the bracketed name alone on a line is that sign-off,
 *       never the byline of the text below (a byline that heads an item is printed as {@code 本报记者 王五}).
 * </ul>
 */
final class BriefItems {

    private BriefItems() {}

    /** A brief column has at least this many dated bulleted paragraphs. */
    static final int BRIEF_COLUMN_MIN = 2;
    /** A schedule box has at least this many body labels. */
    private static final int SCHEDULE_LABELS_MIN = 2;

    /** {@code ■本报讯}, {@code ◆新华社北京3月5日电}: a bullet, then the credit a wire brief opens with. */
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "^[" + ItemMarks.BULLETS + "]\\s*(本报讯|本報訊|(本报|本報|新华社|新華社|中新社)[^\\s（(，,。]{0,14}(讯|电|訊|電))");
    /**
     * {@code 9月23日}, {@code 九月二十三日}: the day of an event; a daily dates its briefs as often by the day relative to
     * the issue ({@code ◇昨日，…}, {@code ■今日，…}, {@code ●日前，…}).
     */
    private static final Pattern DAY = Pattern.compile("[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日"
            + "|^[" + ItemMarks.BULLETS + "]\\s*(昨日|昨天|昨晚|今日|今天|今晨|前日|日前|近日)");
    /** The end of the first sentence. */
    private static final Pattern SENTENCE_END = LineKind.FULL_STOP;
    /** {@code 上午9时}, {@code 举行预备会议}: what an entry of a session's programme names. */
    private static final Pattern SCHEDULE_ENTRY = Pattern.compile("上午|下午|晚上|[0-9０-９]{1,2}[时時点點]|会议|會議|开幕|開幕|闭幕|閉幕");
    /** Words that title a chronicle of dated entries (one document, not a column of briefs). */
    private static final Set<String> CHRONICLE_WORDS = Set.of("大事记", "大事記", "纪事", "紀事", "大事回顾", "大事回顧", "工作日志", "工作日誌");
    /** {@code 又讯}, {@code 另讯}: the credit of a further item of a wire column (also in traditional script). */
    private static final Pattern FURTHER_ITEM = Pattern.compile("^(又讯|又訊|另讯|另訊|又电|又電)");
    /**
     * {@code 第1版(要闻)}, {@code 第4版(国际)}: the page label an archive prints above each record; a page without a
     * section name prints the brackets empty ({@code 第1版()}).
     */
    private static final Pattern RECORD_LABEL = Pattern.compile("^第[0-9一二三四五六七八九十]{1,3}版[（(][^）)]{0,8}[）)]$");
    /** {@code 专栏:}: the column field of an archive record, left empty when the record stands in no column. */
    private static final Pattern EMPTY_COLUMN_FIELD = Pattern.compile("^(专栏|專欄)[:：]$");
    /**
     * {@code 十三届全国人大四次会议9日上午举行…}, {@code 全国政协十三届四次会议9日上午举行…}: a paragraph of a day's schedule of
     * the two sessions opens with the session, the day and the time of day (maybe behind a wire dateline); group 1 is
     * the session's name.
     */
    private static final Pattern SCHEDULED_SESSION = Pattern.compile(
            "^(?:新华社[^电，,。]{0,12}电\\s*)?(\\S{0,14}?(?:人大|政协|政協|人民代表大会|政治协商会议)\\S{0,14}?会议)\\s*"
                    + "[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚)");
    /**
     * The short names a schedule box of the two sessions puts over each body's programme. Extend with any name that
     * only ever labels such a block.
     */
    private static final Set<String> SCHEDULE_BODIES = Set.of(
            "人大", "政协", "政協", "全国人大", "全國人大", "全国政协", "全國政協", "人代会", "人代會");

    /**
     * Whether a paragraph is a brief behind a bullet: its first sentence dates the event ({@code ◆9月23日，我县召开…。})
     * or it opens with a wire credit ({@code ■本报讯（记者 王五）近日，…。}).
     */
    static boolean isDatedBrief(String text) {
        String t = text.strip();
        if (!ItemMarks.isBulleted(t)) {
            return false;
        }
        // a brief is at least one sentence; a bulleted headline above a lead (■市人大常委会开展执法检查) ends none
        var end = SENTENCE_END.matcher(t);
        if (!end.find()) {
            return false;
        }
        if (DAY.matcher(t.substring(0, end.start())).find() || WIRE_CREDIT.matcher(t).lookingAt()) {
            return true;
        }
        // ■某区人大举行代表座谈会。12月4日上午，…: a brief may open with a run-in headline, one sentence that names the
        // event, and date it in the sentence after (a work report's bullet dates nothing to the day)
        int first = end.end();
        return end.find() && DAY.matcher(t.substring(first, end.start())).find();
    }

    /**
     * Whether a page of these lines is a column of briefs: at least {@link #BRIEF_COLUMN_MIN} dated bulleted
     * paragraphs, no chronicle title above them, and no sentence that introduces them as its list
     * ({@code 会议日程安排如下：} over {@code ●3月5日上午，举行开幕会。}: the items of one notice).
     */
    static boolean isBriefColumn(List<String> texts) {
        for (int i = 1; i < texts.size(); i++) {
            String above = texts.get(i - 1).strip();
            if (isDatedBrief(texts.get(i)) && !isDatedBrief(above) && (above.endsWith("：") || above.endsWith(":"))) {
                return false;
            }
        }
        return texts.stream().filter(BriefItems::isDatedBrief).limit(BRIEF_COLUMN_MIN).count() >= BRIEF_COLUMN_MIN
                && texts.stream().noneMatch(BriefItems::isChronicleTitle);
    }

    /** Whether a short line names a chronicle ({@code 2025年市人大常委会大事记}), whose dated entries make one document. */
    static boolean isChronicleTitle(String text) {
        String t = text.strip();
        return t.length() <= LineKind.HEADLINE_MAX && CHRONICLE_WORDS.stream().anyMatch(t::contains);
    }

    /** Whether a paragraph opens a further item of a wire column ({@code 又讯10月31日…}). */
    static boolean opensFurtherItem(String text) {
        return FURTHER_ITEM.matcher(text.strip()).lookingAt();
    }

    /** A bulleted item of prose has at least this many characters (two clauses). */
    private static final int BULLETED_PROSE_MIN = 12;
    /** Punctuation inside a sentence or at its end: a bulleted line with it is prose, not a bulleted headline. */
    private static final Pattern PROSE_PUNCTUATION = Pattern.compile("[，,。！？!?；;]");

    /**
     * Whether a paragraph is a bulleted item of prose ({@code ◇看什么看?我说看武汉,…↑↑↑}): in a column of briefs every
     * bullet opens an item, dated or not (a teaser, an interview); a bulleted headline without punctuation
     * ({@code ■市人大常委会开展执法检查}) heads the lead under it instead.
     */
    static boolean isBulletedProse(String text) {
        String t = text.strip();
        return isBulleted(t) && t.length() >= BULLETED_PROSE_MIN && PROSE_PUNCTUATION.matcher(t).find();
    }

    /** Whether a paragraph opens with a brief's bullet. */
    static boolean isBulleted(String text) {
        return ItemMarks.isBulleted(text.strip());
    }

    /** Whether a line is the page label an archive prints above each of its records. */
    static boolean isRecordLabel(String text) {
        return RECORD_LABEL.matcher(text.strip()).matches();
    }

    /**
     * {@code 第6版(国际)<br/>专栏:<br/><br/> 标题<br/> 新华社…电}: the AMP view of a day-page archive prints each record as
     * a plain headline line over one line that glues the record's page label, column field and text with literal
     * {@code <br/>} tags.
     */
    private static final Pattern GLUED_RECORD = Pattern.compile(
            "^第[0-9一二三四五六七八九十]{1,3}版[（(][^）)]{0,8}[）)]\\s*<br\\s*/?>");

    /**
     * Whether a line is an archive record glued with {@code <br/>} tags (see {@link #GLUED_RECORD}): the headline line
     * above it heads that record, so on a page of such records it starts the next item.
     */
    static boolean opensGluedRecord(String text) {
        String t = text.strip();
        // asked of the line under every heading: only a line that opens with 第 needs the pattern
        return t.startsWith("第") && GLUED_RECORD.matcher(t).lookingAt();
    }

    /** Whether a line is the empty column field of an archive record ({@code 专栏:}). */
    static boolean isEmptyColumnField(String text) {
        return EMPTY_COLUMN_FIELD.matcher(text.strip()).matches();
    }

    /**
     * Whether {@code paragraph} opens the programme of the other body than {@code previous} in a day's schedule: both
     * open with a session, a day and a time of day, one of the congress and one of the CPPCC. A news story about one
     * session does not open its later paragraphs that way.
     */
    static boolean switchesScheduledBody(String previous, String paragraph) {
        if (!previous.contains("会议") || !paragraph.contains("会议")) {
            return false; // (asked of every paragraph: the pattern, which names the 会议, only where both hold the word)
        }
        var a = SCHEDULED_SESSION.matcher(previous.strip());
        var b = SCHEDULED_SESSION.matcher(paragraph.strip());
        return a.lookingAt() && b.lookingAt() && isCppcc(a.group(1)) != isCppcc(b.group(1));
    }

    private static boolean isCppcc(String session) {
        return session.contains("政协") || session.contains("政協") || session.contains("政治协商");
    }

    /**
     * {@code 相关链接 消防演练确保两会会场安全 本报1月6日讯…}: a side box's label, a headline (no sentence punctuation)
     * and the lead; group 1 the label, 2 the headline, 3 the lead.
     */
    private static final Pattern GLUED_SIDE_ITEM = Pattern.compile(
            "^(相关链接|相關鏈接|背景链接|背景鏈接|链接|鏈接|相关新闻|相關新聞|相关报道|相關報道)[\\s:：]*"
                    + "([^\\s，。,：:；;！？!?]{4,30})\\s+(\\S.*)$");

    /**
     * Whether a line is a side item glued to its label: the label, a headline, and a lead that opens with a dateline
     * as {@code opensWithDateline} tells.
     */
    static boolean opensGluedSideItem(String text, Predicate<String> opensWithDateline) {
        var m = GLUED_SIDE_ITEM.matcher(text.strip());
        return m.matches() && opensWithDateline.test(m.group(3));
    }

    /**
     * Whether a line is the label of one body's block in a schedule box ({@code 人大}, {@code 政协}): the line under it
     * is an entry of a programme (a time of day or a meeting).
     */
    static boolean isScheduleLabel(String text, String next) {
        // a site's menu prints the same names one a line (人大 / 政协 / 政府); a schedule's label stands over its programme
        return SCHEDULE_BODIES.contains(text.strip()) && SCHEDULE_ENTRY.matcher(next).find();
    }

    /** Whether a page of these lines is a schedule box: at least {@link #SCHEDULE_LABELS_MIN} body labels. */
    static boolean isScheduleBox(List<String> texts) {
        Set<String> labels = new HashSet<>();
        for (int i = 0; i + 1 < texts.size(); i++) {
            if (isScheduleLabel(texts.get(i), texts.get(i + 1))) {
                labels.add(texts.get(i).strip());
            }
        }
        return labels.size() >= SCHEDULE_LABELS_MIN;
    }

    /**
     * Names of a column of briefs, as its label prints them (simplified and traditional). Extend with any label that
     * only ever heads a column of short items.
     */
    private static final Set<String> BRIEF_COLUMN_LABELS = Set.of(
            "简明新闻", "簡明新聞", "简讯", "簡訊", "新闻简讯", "新聞簡訊", "要闻简报", "要聞簡報", "新闻简报", "新聞簡報",
            "国际简讯", "國際簡訊", "国内简讯", "國內簡訊", "短讯", "短訊", "新闻短讯", "新聞短訊", "一句话新闻", "一句話新聞",
            "新闻速递", "新聞速遞", "要闻速递", "要聞速遞", "新闻速览", "新聞速覽", "要闻速览", "要聞速覽", "简明国际新闻");
    /** {@code 专栏:简明新闻}: an archive's column field; the label stands after it. */
    private static final Pattern COLUMN_FIELD_PREFIX = Pattern.compile("^(专栏|專欄)\\s*[:：]\\s*");

    /** Whether a line is the label of a column of briefs ({@code 简明新闻}, {@code 专栏:简讯}). */
    static boolean isBriefColumnLabel(String text) {
        String t = text.strip();
        // asked of every line: a label is a few characters
        if (t.length() > 12) {
            return false;
        }
        String label = COLUMN_FIELD_PREFIX.matcher(t).replaceFirst("").replaceAll("[\\s\u3000]+", "");
        return BRIEF_COLUMN_LABELS.contains(label) || DOMAIN_BRIEFS_LABEL.matcher(label).matches();
    }

    /**
     * {@code 国际要闻简报}, {@code 体育简讯}, {@code 经济短讯}: a column of briefs named by its field (a few Han characters)
     * and a word for briefs, the same column as {@code 要闻简报} or {@code 简讯} alone.
     */
    private static final Pattern DOMAIN_BRIEFS_LABEL = Pattern.compile(
            "\\p{IsHan}{1,4}(要闻简报|要聞簡報|新闻简报|新聞簡報|简讯|簡訊|短讯|短訊)");

    /**
     * A reporter's name in brackets: one to four names of two to four Han characters ({@code （王晓磊）},
     * {@code （张三 李四）}); group 1 the names.
     */
    /** The longest bracketed names: four names of four characters with separators and brackets, and some spaces. */
    private static final int SIGN_OFF_REACH = 40;
    private static final Pattern BRACKETED_NAMES = Pattern.compile(
            "[（(]\\s*([\\p{IsHan}·]{2,4}(?:[\\s\u3000、，,]+[\\p{IsHan}·]{2,4}){0,3})\\s*[）)]$");
    /**
     * What a bracket after a sentence or alone on a line says that is no name: an editor's mark ({@code （待续）},
     * {@code （摘要）}) or a part ({@code （上）}, too short anyway). Extend with any such word of two to four characters.
     */
    private static final Set<String> NOT_NAMES = Set.of(
            "待续", "待續", "未完", "未完待续", "未完待續", "续完", "續完", "全文完", "摘要", "节选", "節選", "全文", "选登", "選登",
            "有删节", "有刪節", "略", "图文", "圖文", "草案", "试行", "試行", "修订", "修訂", "暂行", "暫行", "附图", "附圖");

    /**
     * Whether a paragraph ends with its reporter's sign-off: a finished sentence, then a bracketed name
     * ({@code …复商复市。（王晓磊）}). {@code （完）} and {@code （记者 王五）} are read elsewhere.
     */
    static boolean endsWithNameSignOff(String text) {
        String t = text.strip();
        // asked of every paragraph: only one that ends in a closing bracket needs the pattern
        if (t.isEmpty() || "）)".indexOf(t.charAt(t.length() - 1)) < 0) {
            return false;
        }
        // the names stand in the last characters: the pattern is tried there only, not at every bracket of a paragraph
        Matcher m = BRACKETED_NAMES.matcher(t).region(Math.max(0, t.length() - SIGN_OFF_REACH), t.length());
        if (!m.find() || !isPersonalName(m.group(1))) {
            return false;
        }
        String before = t.substring(0, m.start()).stripTrailing();
        return !before.isEmpty() && "。！？!?”」".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /** Whether a line is a reporter's sign-off alone ({@code （丁佳伟）}): a bracketed name and nothing else. */
    static boolean isNameSignOff(String text) {
        String t = text.strip();
        // asked of every line: only a short line that opens and closes with a bracket needs the pattern
        if (t.length() < 4 || t.length() > SIGN_OFF_REACH || "（(".indexOf(t.charAt(0)) < 0 || "）)".indexOf(t.charAt(t.length() - 1)) < 0) {
            return false;
        }
        Matcher m = BRACKETED_NAMES.matcher(t);
        return m.find() && m.start() == 0 && isPersonalName(m.group(1));
    }

    /**
     * The last characters of a source's name ({@code 新华社}, {@code 央视}, {@code 人民网}, {@code 本报}): a bracketed
     * source after a caption or a quoted paragraph credits where it came from and ends no item.
     */
    private static final Pattern SOURCE_NAME_END = Pattern.compile("[社网網报報台视視刊站讯訊电電部委局厅廳院办辦]$");

    /** Whether bracketed names are reporters' names: no editor's mark, no source ({@code （央视）}, {@code （新华社）}). */
    private static boolean isPersonalName(String names) {
        String n = names.strip();
        return !NOT_NAMES.contains(n) && !n.startsWith("据") && !n.startsWith("據")
                && java.util.Arrays.stream(n.split("[\\s\u3000、，,]+")).noneMatch(name -> SOURCE_NAME_END.matcher(name).find());
    }
}
