package dev.newspipe.core.split;

import dev.newspipe.core.entities.PlaceNames;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two heading lines that are one headline a narrow column broke, told from a kicker over its title or a title over its
 * subtitle (the genre prints all three as two short lines).
 *
 * <p>A column breaks a headline wherever its width runs out, often inside a word or a name ({@code 省政协五} /
 * {@code 届四次会议}, {@code 遼寧省2022年國民} / {@code 經濟和社會發展統計公報}); a kicker and its title, or a title and its
 * subtitle, are each a phrase of their own. So the lines are joined only on evidence that the break cuts something
 * a phrase never ends or opens with, each {@link Cue} a shape of the genre's headlines (not a string of one page):
 *
 * <ul>
 *   <li>{@link Cue#NAME_ACROSS}: a congress, session or organisation name, or a report's name, runs across the break
 *       ({@code 郑州市十三届人} / {@code 大四次会议闭幕}, {@code 上海市人民代表大会} / {@code 常务委员会工作报告});
 *   <li>{@link Cue#PLACE_ACROSS}: a place name runs across the break ({@code 祝愿故乡山} / {@code 西再创佳绩}), a province
 *       or city or a full name (see {@link PlaceNames});
 *   <li>{@link Cue#OPEN_END}: the first line ends where no headline ends: a function word ({@code 的 和 与 及 对 在 关于}),
 *       an opening bracket or quote not closed on it, an unfinished number ({@code 第}, a numeral the next line
 *       counts: {@code 五} / {@code 届});
 *   <li>{@link Cue#CONTINUED_START}: the second line opens where no headline opens: a suffix or particle
 *       ({@code 届 次 的 了 们}), a closing bracket or pause mark;
 *   <li>{@link Cue#DOCUMENT_NAME}: a document's name, its issuer on one line and its {@code 关于…的决议} on the next
 *       ({@code …第八次会议} / {@code 关于政府工作报告的决议}): {@code 关于} opens a phrase that only the kind of
 *       document closes, so the issuer and the phrase are one name;
 *   <li>{@link Cue#SUBJECT_LINE}: the first line is only a body's name ({@code 区十八届人大三次会议}) and the second
 *       says what it did ({@code 共收到议案建议119件}): a name alone is no headline;
 *   <li>{@link Cue#WORD_IN_TEXT}: the article's text prints the characters on both sides of the break together (three
 *       Han characters at least: two of one side, one of the other), beyond its lead too: the word the break cut.
 * </ul>
 *
 * <p>Without a cue the lines keep the reading the splitter gives any two heading lines (kicker and title, title and
 * subtitle), except that two plain headline phrases directly over a news lead are one headline joined with a space
 * ({@code ArticleSplitter.twoLineHeadlineOverLead}). A two-phrase headline printed on two lines ({@code 传达学习…精神} /
 * {@code 安排部署…工作}) elsewhere reads as a title and its subtitle, and read as one title it would be right too: what a reader searching titles needs is that
 * no title is a fragment of a word ({@code 张掖市五届人大三次会议决}), which the cues prevent. A subtitle proper keeps its
 * own reading whatever the cues say: one that opens with a dash is a subtitle line already, and an occasion line
 * ({@code 2024年3月5日在…会议上}) is never the end of a title.
 */
final class BrokenHeadlines {

    private BrokenHeadlines() {}

    /** What says that two heading lines are one broken headline. */
    enum Cue {
        NAME_ACROSS("a congress, organisation or report name runs across the break"),
        PLACE_ACROSS("a place name runs across the break"),
        OPEN_END("the first line ends where no headline ends"),
        CONTINUED_START("the second line opens where no headline opens"),
        DOCUMENT_NAME("an issuer over its 关于… document phrase"),
        SUBJECT_LINE("a body's name alone over what it did"),
        WORD_IN_TEXT("the text prints the word the break cut");

        final String description;

        Cue(String description) {
            this.description = description;
        }
    }

    private static final String NUMERAL = "0-9０-９〇零一二三四五六七八九十百两兩";

    /**
     * Names the genre's headlines print whole: a term and session ({@code 五届四次会议}, {@code 十三届人大四次会议},
     * {@code 第十届全国人民代表大会第五次会议}), the congress, its standing committee, the political consultative
     * conference and the names of the reports a session hears. Extend with a new alternative.
     */
    private static final Pattern NAME = Pattern.compile(
            "第?[" + NUMERAL + "]+[届屆](?:全国|全國|省|市|县|縣|区|區)?(?:人大常委会|人大常委會|人大|政协|政協|人民代表大会|人民代表大會|委员会|委員會)?"
                    + "第?[" + NUMERAL + "]+次(?:全体|全體|全委|常委)?(?:会议|會議|全会|全會|大会|大會)?"
                    + "|(?:全国|全國)?人民代表大[会會](?:常务委员会|常務委員會)?|人大常委[会會](?:第[" + NUMERAL + "]+次)?(?:会议|會議)?|常务委员会|常務委員會|政治协商会议|政治協商會議"
                    + "|人民政府|人民法院|人民检察院|人民檢察院|国民经济和社会发展|國民經濟和社會發展|统计公报|統計公報|工作报告|工作報告"
                    + "|党和国家领导人|黨和國家領導人");

    /**
     * A first line ending in one of these ends mid-phrase: a function word, a pause, an opening bracket or quote, a
     * verb that always takes an object ({@code 代表们走进} / {@code 社区…}; not 召开, 举行 or 出席, which end headlines).
     */
    private static final Pattern OPEN_ENDING = Pattern.compile("(?:的|和|与|與|及|对|對|在|关于|關於|于|於|把|被|向|从|從|并|並|或|第|、|，|,|《|“|「|【|（|\\("
            + "|走进|走進|前往|听取|聽取|围绕|圍繞)$");
    /**
     * A line that is only a body's name ({@code 区十八届人大三次会议}, {@code 某市人大代表}, {@code 十七届人大常委会}): no
     * headline, the subject of the line under it ({@code 共收到议案建议…}, {@code 开展集中视察活动}).
     */
    private static final Pattern BODY_NAME_ONLY = Pattern.compile("^(?:[\\p{IsHan}]{1,5}(?:省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉)|省|市|县|縣|区|區)?"
            + "(?:第?[" + NUMERAL + "]+[届屆])?(?:全国|全國)?(?:人大常委会|人大常委會|人大代表|政协委员|政協委員|人大|政协|政協)"
            + "(?:第?[" + NUMERAL + "]+次(?:全体|全體)?(?:会议|會議))?$");
    /** An unfinished number: a numeral at the end of the first line that the second line counts ({@code 五} / {@code 届}). */
    private static final Pattern NUMBER_END = Pattern.compile("[" + NUMERAL + "]$");
    private static final Pattern COUNTED_START = Pattern.compile("^[届屆次年月日号號期名个個%％]");
    /** A second line opening with one of these continues a phrase: suffixes, particles, closing marks. */
    private static final Pattern CONTINUED_OPENING = Pattern.compile("^[届屆次的了们們、，,。）)》」”】]");
    /** {@code 关于…的决议}: the kinds of document a {@code 关于} phrase names last. */
    private static final Pattern DOCUMENT_KIND = Pattern.compile("(决议|決議|决定|決定|报告|報告|通知|公告|意见|意見|办法|辦法|规定|規定|批复|批覆|说明|說明|条例|條例|规则|規則|细则|細則)$");
    /** An occasion line ({@code 2024年3月5日在…会议上}) or a date line is a subtitle, whatever the cues say. */
    private static final Pattern OCCASION_LINE = Pattern.compile("(会议|會議|大会|大會)上$|^[（(]?\\d{4}年\\d{1,2}月\\d{1,2}日");
    private static final List<String[]> BRACKETS = List.of(new String[] {"《", "》"}, new String[] {"“", "”"},
            new String[] {"「", "」"}, new String[] {"【", "】"}, new String[] {"（", "）"}, new String[] {"(", ")"});
    /** Characters of the shorter side of a word the text prints across the break. */
    private static final int WORD_SIDE = 1;
    /** Characters of the longer side of that word. */
    private static final int WORD_OTHER_SIDE = 2;

    /**
     * The cue that reads {@code first} over {@code second} as one headline broken by the column, if any; {@code text}
     * is the article's text under the heading (its lead and the paragraphs after it).
     */
    static Optional<Cue> cue(String first, String second, String text) {
        String a = first.strip();
        String b = second.strip();
        if (a.isEmpty() || b.isEmpty() || a.contains(" ") || b.contains(" ") || a.contains("\u3000") || b.contains("\u3000")
                || b.startsWith("—") || b.startsWith("-") || OCCASION_LINE.matcher(b).find()) {
            // a space sets two phrases side by side; a dash opens a subtitle proper, an occasion or date line is one
            return Optional.empty();
        }
        if (nameAcross(a, b)) {
            return Optional.of(Cue.NAME_ACROSS);
        }
        if (PlaceNames.across(a + b, a.length())) {
            return Optional.of(Cue.PLACE_ACROSS);
        }
        if (OPEN_ENDING.matcher(a).find() || unclosedBracket(a, b)
                || NUMBER_END.matcher(a).find() && COUNTED_START.matcher(b).find()) {
            return Optional.of(Cue.OPEN_END);
        }
        if (CONTINUED_OPENING.matcher(b).find()) {
            return Optional.of(Cue.CONTINUED_START);
        }
        if ((b.startsWith("关于") || b.startsWith("關於") || a.contains("关于") || a.contains("關於")) && DOCUMENT_KIND.matcher(b).find()
                && !DOCUMENT_KIND.matcher(a).find()) {
            return Optional.of(Cue.DOCUMENT_NAME);
        }
        if (BODY_NAME_ONLY.matcher(a).matches() && !BODY_NAME_ONLY.matcher(b).matches() && !DOCUMENT_KIND.matcher(b).find()) {
            return Optional.of(Cue.SUBJECT_LINE);
        }
        if (text != null && wordInText(a, b, text)) {
            return Optional.of(Cue.WORD_IN_TEXT);
        }
        return Optional.empty();
    }

    /** A name of {@link #NAME} in the joined lines that starts on the first line and ends on the second. */
    private static boolean nameAcross(String a, String b) {
        Matcher m = NAME.matcher(a + b);
        int at = a.length();
        while (m.find()) {
            if (m.start() < at && m.end() > at) {
                return true;
            }
        }
        return false;
    }

    /** The first line opens a bracket or quote it does not close. */
    private static boolean unclosedBracket(String a, String b) {
        for (String[] pair : BRACKETS) {
            // 《德宏傣族景颇族 / 自治州…条例》: a title never ends inside its own quotation marks
            if (count(a, pair[0]) > count(a, pair[1])) {
                return true;
            }
        }
        return false;
    }

    private static int count(String s, String mark) {
        int n = 0;
        for (int at = s.indexOf(mark); at >= 0; at = s.indexOf(mark, at + mark.length())) {
            n++;
        }
        return n;
    }

    /** The text prints two characters of one side of the break and one of the other together, all Han. */
    private static boolean wordInText(String a, String b, String text) {
        if (a.length() < WORD_OTHER_SIDE || b.length() < WORD_OTHER_SIDE) {
            return false;
        }
        String[] spans = {a.substring(a.length() - WORD_OTHER_SIDE) + b.substring(0, WORD_SIDE),
            a.substring(a.length() - WORD_SIDE) + b.substring(0, WORD_OTHER_SIDE)};
        for (String span : spans) {
            if (span.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) && text.contains(span)) {
                return true;
            }
        }
        return false;
    }
}
