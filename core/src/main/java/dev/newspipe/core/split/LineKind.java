package dev.newspipe.core.split;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one line of a page dump is, judged from the line alone. The splitter then reads the sequence of
 * kinds: heading blocks, bodies, notices, captions and continuation markers.
 */
enum LineKind {
    /** {@code (上接第一版)} on a line of its own. */
    CONTINUED_FROM,
    /** A short line without sentence punctuation: a kicker, title or stray running header. */
    HEADLINE,
    /** A top-level markdown heading ({@code # …}): the title of its heading block. */
    TITLE,
    /** A short line starting with ——: a subtitle (副题). */
    SUBTITLE,
    /** {@code 国务院总理　李　强}: the speaker's credit under a report's title. */
    CREDIT,
    /** Markdown headings below the top level, {@code 一、}, {@code （一）}: sections of one article. */
    SECTION,
    /** {@code - 1.提升…}, {@code 1.…}: list items. */
    LIST_ITEM,
    /** {@code （第2号）}: a numbered notice, a new article under the same headline. */
    NOTICE_NUMBER,
    /** {@code （2026年1月22日…通过）}: the adoption line of a resolution. */
    ADOPTION,
    /** {@code 现予公告}, {@code 特此公告}: the start of a notice's sign-off. */
    SIGN_OFF,
    /** A line that is only a date: the sign-off's date. */
    DATE,
    /** {@code 2024-03-25 10:20 来源：长治日报}: the date and source line of a web page, read as the byline. */
    SOURCE_LINE,
    /** ◀ ▶ photo captions. */
    CAPTION,
    /** {@code 本报记者 张占兵 摄}: a photo credit. */
    PHOTO_CREDIT,
    /** A line of {@link Furniture}: edition headers, editors' credits, site navigation, share widgets. */
    FURNITURE,
    /**
     * Page chrome that is not certain furniture ({@code |}, {@code 404 Not Found}, a breadcrumb, a graphic's credit):
     * never a headline or a lead; kept at the end of the article it stands in.
     */
    CHROME,
    /**
     * {@code ——国家统计局新闻发言人毛盛勇} under a paragraph that ends a sentence: who said the quote above. Looks like a
     * subtitle, but a subtitle stands under a title; known only in context.
     */
    ATTRIBUTION,
    /** Running text. */
    BODY;

    static final Pattern CONTINUATION = Pattern.compile(
            "[（(]\\s*(上接|接|下转|转|下轉|轉)\\s*(第?[一二三四五六七八九十〇零\\d]+\\s*版)\\s*[）)]");
    private static final Pattern SECTION_NUMBER = Pattern.compile(
            "^(#{2,6}\\s|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部分章节条節條]\\s)");
    /**
     * Bullets, numbered and lettered list items: {@code ● …}, {@code 1.…}, {@code (2)…}, {@code a) …}, {@code ①…}. Its
     * bullets are its own, not {@link ItemMarks#BULLETS}: a list's tick {@code √} is no item's bullet, and a line behind
     * {@code △ ◎ ▷ ▶} is not read as a list item (tried: with the union, a column's {@code △} brief joined the one above
     * it, genre/w's union news briefs, and a {@code ◎} subhead glued to its paragraph was cut from it, genre/n).
     */
    private static final Pattern LIST = Pattern.compile("^([-*]\\s+|[•·●■◆▲◇□○★☆►√]|\\d{1,2}[.、．)）](?!\\d)\\s*\\S"
            + "|[（(]\\s*(\\d{1,2}|[a-zA-Z])\\s*[）)]|[a-zA-Z][.、．)）]\\s*\\p{IsHan}|[①-⑳])");
    /** A date and time or a {@code 来源：} field (a page that opens a line with {@code 出处：} names its source alike; a library record's {@code 内容出处:} field is read as before): the meta line under a web page's headline, maybe glued to it. */
    static final Pattern SOURCE = Pattern.compile(
            "(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s+\\d{1,2}[:：]\\d{2}([:：]\\d{2})?|(来源|來源|发布时间|發布時間|发布日期|作者)\\s*[:：]|^(出处|出處)\\s*[:：])");
    private static final Pattern NOTICE = Pattern.compile("^[（(]第\\s*[0-9一二三四五六七八九十]+\\s*[号號][）)]$");
    /** The adoption line, also in traditional script (通過, 批準). */
    // 透過: a page converted to traditional script by phrase (as Taiwan prints it) turns 通过 into 透過
    private static final Pattern ADOPTED = Pattern.compile("^[（(].{4,80}(通过|批准|通過|批準|透過)[）)]$");
    private static final Pattern SIGN_OFF_LINE = Pattern.compile("^(现予公告|現予公告|特此公告|特此通知|现予公布|現予公佈|現予公布|特此公布|特此公佈|特此通告)[。]?$");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*[0-9〇零一二三四五六七八九]{4}\\s*年\\s*[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日\\s*$");
    /** {@code 本报记者 张占兵 摄}, also in brackets: {@code （记者 杨帆 摄）}. */
    private static final Pattern PHOTO = Pattern.compile("^.{0,30}\\s[摄攝](影)?$|^[（(]?(本报|本報)?(记者|記者|通讯员|通訊員|摄影|攝影)\\s*\\S.{0,20}\\s[摄攝][）)]?$");
    /**
     * The post, then a name of two to four characters (maybe spaced out, maybe {@code ·…}); a longer run after the
     * post is a headline ({@code 段义和当选为济南市人大主任 鲍志强当选市长}), not a credit.
     */
    private static final Pattern SPEAKER = Pattern.compile(
            "^.{0,16}(总理|市长|代市长|省长|代省长|县长|区长|主任|院长|检察长|主席|书记)[\\s\u3000]+\\p{IsHan}([\\s\u3000]*\\p{IsHan}){1,3}(·\\p{IsHan}{1,4})?$");
    /**
     * {@code 本报记者 王浩}, {@code 新华社记者 张三 李四}, {@code 融媒记者 颜元滔}, {@code 本報記者 馮靖欣}: a byline on a line of
     * its own (local papers print their reporters as 融媒记者, 全媒体记者, 首席记者; reprints in traditional script).
     */
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "^(本报|本報|新华社|新華社|人民日报|人民日報|中新社)?(特约|特約|见习|見習|实习|實習|融媒|融媒体|融媒體|全媒体|全媒體|首席|特派)?(记者|記者|通讯员|通訊員)[\\s\u3000]*[\\p{IsHan}·\\s\u3000、]{2,30}$");
    /** {@code 本报两会报道组}, {@code 县融媒体中心记者组}: a reporting team credited as the byline. */
    private static final Pattern TEAM_BYLINE = Pattern.compile("^\\p{IsHan}{0,12}(记者组|報道組|报道组|記者組|采访组|採訪組)$");
    static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。；;！？!?，,：:]");
    /**
     * A full stop (。！？, also half-width): the end of a sentence, defined once for every split class that looks for the
     * end of a first sentence or for a complete one ({@link ArticleSplitter#endsSentence} also takes ；and a closing
     * quote).
     */
    static final Pattern FULL_STOP = Pattern.compile("[。！？!?]");
    /** The day of a month as a news lead writes it, in digits or in Chinese numerals ({@code 3}, {@code 十五}), in a group. */
    static final String DAY_OF_MONTH = "(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
    /** The longest line read as a headline; the splitter reads the same bound in context. */
    static final int HEADLINE_MAX = 48;

    /**
     * Whether {@code text} ends with one of {@code chars} or with a line terminator (before which a pattern's {@code $}
     * also matches): the cheap test before a pattern anchored at the end, whose alternation {@code find} would try at
     * every position of the text.
     */
    static boolean endsInAny(CharSequence text, String chars) {
        if (text.length() == 0) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return chars.indexOf(last) >= 0 || "\n\r\u0085\u2028\u2029".indexOf(last) >= 0;
    }

    static LineKind of(String line) {
        Matcher continuation = CONTINUATION.matcher(line);
        if (continuation.matches()) {
            // (下转第四版) alone on a line ends the article before it: the splitter strips it from the body
            return continuation.group(1).endsWith("接") ? CONTINUED_FROM : BODY;
        }
        if (Furniture.ruleFor(line).isPresent()) {
            return FURNITURE;
        }
        if (Furniture.chromeRuleFor(line).isPresent()) {
            return CHROME;
        }
        if (line.startsWith("# ")) {
            return TITLE;
        }
        if (NOTICE.matcher(line).matches()) {
            return NOTICE_NUMBER;
        }
        if (ADOPTED.matcher(line).matches()) {
            return ADOPTION;
        }
        if (SECTION_NUMBER.matcher(line).lookingAt() && (line.startsWith("#") || line.length() <= 60 && line.indexOf('。') < 0)) {
            // a long numbered line with full sentences is running text that starts a section, not a heading
            return SECTION;
        }
        if (LIST.matcher(line).lookingAt()) { // (lookingAt: SECTION_NUMBER, LIST and PHOTO open with ^)
            return LIST_ITEM;
        }
        if (line.startsWith("◀") || line.startsWith("▶") || line.startsWith("△")
                || line.startsWith("▼") || line.startsWith("上图") || line.startsWith("下图")) {
            return CAPTION;
        }
        if (SIGN_OFF_LINE.matcher(line).matches()) {
            return SIGN_OFF;
        }
        if (DATE_LINE.matcher(line).matches()) {
            return DATE;
        }
        if (PHOTO.matcher(line).lookingAt()) {
            return PHOTO_CREDIT;
        }
        Matcher source = SOURCE.matcher(line);
        if (line.length() <= 100 && line.indexOf('。') < 0 && source.find() && source.start() <= HEADLINE_MAX) {
            return SOURCE_LINE;
        }
        if (line.length() <= HEADLINE_MAX && BYLINE_LINE.matcher(line).matches()) {
            return CREDIT;
        }
        if (line.length() <= HEADLINE_MAX && TEAM_BYLINE.matcher(line).matches()) {
            return CREDIT;
        }
        if (line.length() <= HEADLINE_MAX && SPEAKER.matcher(line).matches()) {
            return CREDIT;
        }
        boolean shortLine = line.length() <= HEADLINE_MAX;
        if (shortLine && !SENTENCE_PUNCTUATION.matcher(line).find()) {
            return line.startsWith("——") || line.startsWith("—") ? SUBTITLE : HEADLINE;
        }
        return BODY;
    }

    /** Kinds that belong to a heading block. */
    boolean isHeading() {
        return this == HEADLINE || this == TITLE || this == SUBTITLE || this == CREDIT || this == SOURCE_LINE;
    }
}
