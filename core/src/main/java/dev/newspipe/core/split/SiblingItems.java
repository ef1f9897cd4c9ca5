package dev.newspipe.core.split;

import java.util.regex.Pattern;

/**
 * The principle of <b>sibling items</b>: a page whose units repeat one shape, a heading line over one paragraph that
 * reports a news event, {@link #RUN_MIN} or more times in a row, is a list of items, each unit an article of its own.
 * The reader sees it at once: the heading lines share one mark ({@code 1.} {@code 2.} {@code 3.}, {@code 【…】}, a
 * bullet, or none), each paragraph under them is a complete news item that dates its event ({@code 十五日},
 * {@code 3月5日}, {@code 昨晚}, a heading {@code 【…】 [1982年11月24日]}) or names its source ({@code …。（法新社）},
 * {@code 新华社…电}). This is the shape of a 参考消息 day view of numbered wire briefs, a chronology's dated entries,
 * a column of briefs.
 *
 * <p>The counter-example is one article's subheads: a work report's numbered points ({@code 1. 稳定经济增长}) over one
 * paragraph each carry on one argument; their paragraphs state results and tasks, they do not date an event or name
 * a wire source, so they stay subheads. Outline numbers ({@code 一、}, {@code （二）}) are never item marks.
 */
final class SiblingItems {

    private SiblingItems() {}

    /** A list of sibling items repeats its unit at least this many times. */
    static final int RUN_MIN = 3;

    /** The mark a unit's heading line opens with: it must be the same for every unit of a run. */
    enum Mark { NUMBER, BRACKET, BULLET, NONE }

    private static final Pattern BRACKET = Pattern.compile("^[【\\[［〔]");
    /** A date in full ({@code 1982年11月24日}, {@code 1982-11-24}) anywhere in a heading: a dated entry. */
    private static final Pattern FULL_DATE = Pattern.compile("(1[89]|20)\\d{2}\\s*[年.\\-/]\\s*\\d{1,2}\\s*[月.\\-/]\\s*\\d{1,2}");
    /**
     * The day of the event in a news item's first sentence: {@code 3月5日}, {@code 十五日}, {@code 14日晚},
     * {@code 当地时间10日}; a report of results speaks of years and months, not of the day something happened.
     */
    private static final Pattern EVENT_DAY = Pattern.compile(
            "([0-9一二三四五六七八九十]{1,2}月)?" + LineKind.DAY_OF_MONTH + "日(?![报報](?![道導]))");
    /**
     * The day of the event told relative to the paper's day ({@code 昨晚}, {@code 前天}, {@code 日前}, {@code 近日},
     * {@code 当天}, {@code 周三}): a brief's lead dates its event so as often as by the calendar; a report's paragraph
     * speaks of 今年 and 近年, which this leaves out.
     */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "昨[天日晚晨]?|前天|今[天日晨晚]|日前|近日|[当當][天日晚]|[本上下]?[周週]([一二三四五六日末])|[本上]?[星]期[一二三四五六日天]");
    /** {@code …。（法新社）}, {@code (新华社)}: the source a wire brief closes with. */
    private static final Pattern CLOSING_SOURCE = Pattern.compile(
            "[（(][\\p{IsHan}·]{0,8}(社|电|電|讯|訊|网|網|台|报|報)[）)]$");
    /**
     * {@code 新华社北京3月5日电}, {@code 本报讯}, {@code 人民网消息：}, {@code 路透社报道，}: a lead that names its source (a
     * wire digest such as 参考消息 opens each item with the agency that reported it).
     */
    private static final Pattern SOURCED_OPENING = Pattern.compile(
            "^[\\p{IsHan}]{2,10}(\\p{IsHan}{0,6}[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日)?(电|電|讯|訊|消息|报道|報導)");

    /**
     * A credit after an item's last sentence ({@code …冠军。 ■新華社}, {@code …举行。 记者 王明}, {@code …。 张三 摄}): the
     * item still ends there, its source or author signed under it.
     */
    private static final Pattern SIGNED_END = Pattern.compile(
            "[。！？!?”」]\\s*[■●◆▲□]?\\s*(\\p{IsHan}{0,6}(社|电|電|讯|訊|网|網|台|报|報)|(记者|記者|通讯员|通訊員)[\\p{IsHan}\\s、]{2,12}|[\\p{IsHan}\\s、]{2,12}(摄|攝))$");

    /** Whether a paragraph ends an item: with its last sentence, or with the credit signed under it. */
    static boolean closesItem(String paragraph) {
        String p = paragraph.strip();
        return ArticleSplitter.endsSentence(p) || SIGNED_END.matcher(p).find();
    }

    /** {@code (当时常用的邮票)}: a short bracketed aside, a picture's caption or an editor's remark, never an item's heading. */
    private static final Pattern ASIDE = Pattern.compile("^[（(][^（）()]{2,20}[）)]$");

    /** Whether a line is a bracketed aside (a caption between two units of a list belongs to the unit above it). */
    static boolean isAside(String text) {
        return ASIDE.matcher(text.strip()).matches();
    }

    /** The mark of a heading line, or null when the line cannot head a sibling item (an outline number, a sentence). */
    static Mark markOf(String heading) {
        String text = heading.strip();
        if (text.length() < 4 || text.length() > LineKind.HEADLINE_MAX || ItemHeadings.isOutlineSection(text)
                || LineKind.FULL_STOP.matcher(text).find()) {
            return null;
        }
        if (ItemHeadings.itemNumber(text).isPresent()) {
            return Mark.NUMBER;
        }
        if (BRACKET.matcher(text).find()) {
            return Mark.BRACKET;
        }
        return ItemMarks.isBulleted(text) ? Mark.BULLET : Mark.NONE;
    }

    /**
     * Whether a heading line and the one paragraph under it read as a news item: the heading dates an entry, or the
     * paragraph's first sentence dates the event, opens with its source, or the paragraph closes with its source.
     */
    static boolean isNewsUnit(String heading, String paragraph) {
        String p = paragraph.strip();
        java.util.regex.Matcher end = LineKind.FULL_STOP.matcher(p);
        String first = end.find() ? p.substring(0, end.start()) : p;
        return FULL_DATE.matcher(heading).find() || EVENT_DAY.matcher(first).find() || RELATIVE_DAY.matcher(first).find()
                || SOURCED_OPENING.matcher(p).find() || CLOSING_SOURCE.matcher(p).find();
    }
}
