package dev.newspipe.core.classify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text is <b>the decision itself</b>: the printed text of a 决定 or 决议, not news that one was adopted.
 *
 * <p>The principle: a decision speaks in its own voice from its head. It is headed by its adoption line
 * ({@code （2005年7月29日…常务委员会第十九次会议通过）}) or its title ({@code …关于…的决定}) or opens with its issuer's meeting
 * named in full as the subject ({@code 第九届全国人民代表大会常务委员会第五次会议决定：}); its adopter is a people's congress or
 * its standing committee (a CPPCC's or the party's 决议 is no congress decision); and within its first lines it acts, in
 * the <em>operative voice</em> ({@code 决定：}, {@code 现决定}, {@code 作如下修改}, {@code 予以批准}, articles of amendment
 * {@code 一、将第二条修改为}, {@code 本决定自…起施行}, {@code 决定通过这个议案}). News tells of the decision in the
 * <em>reporting voice</em> ({@code 会议表决通过了…决定}, {@code 据悉}, {@code 记者}, {@code 某某讯}, {@code 新华社…日电}) before any
 * such words. A 公告 that promulgates the decision and then prints it is the decision: its heading, number and
 * 特此公告 only present the text (what makes it a notice is the act it prints, see the silences in
 * {@link ArticleClassifier}).
 *
 * <p>Three small tables: {@link #OPERATIVE} (the voice of the decision), {@link #REPORTING} (the voice of news) and
 * {@link #NOT_A_CONGRESS} (adopters that are no congress). To teach it a new formula, add a row.
 */
final class DecisionText {

    private DecisionText() {}

    /** How far the head of a text reaches: a decision acts within its first lines (after its title and adoption line). */
    private static final int HEAD_LINES = 12;
    private static final int HEAD_CHARS = 1500;

    private static final String N = "[0-9一二三四五六七八九十百零〇]+";
    /** A congress body, in full or short (人民代表大会, 人大, 人代会, their standing committees). */
    private static final Pattern CONGRESS = Pattern.compile("人民代表大会|人代会|(?<!老年)人大(?!学)|常务委员会|常委会");

    /**
     * Adopters that are no people's congress: the CPPCC and its committees, the party's congresses, plenums and
     * committees, a government. Their 决定/决议 may carry an adoption line and a decision's words; they are other.
     */
    static final List<String> NOT_A_CONGRESS = List.of("政协", "政治协商会议", "中国共产党", "中共", "党委", "全会", "党的", "党代会",
            "人民政府", "国务院");
    private static final Pattern NOT_A_CONGRESS_ADOPTER = Pattern.compile(String.join("|", NOT_A_CONGRESS));

    /**
     * The operative voice: the words with which a decision or resolution acts. Each row is one formula; the comment says
     * what act it is.
     */
    static final List<Pattern> OPERATIVE = List.of(
            // the meeting decides (…常务委员会第二十次会议决定：…, …会议决定对《…》作如下修改)
            Pattern.compile("会议决定(?:[:：]|对[^。\\n]{0,60}?作如下)"),
            // the decision's preamble closes (特作如下决定, 作如下决定：, 特作决议如下, 决定如下：)
            Pattern.compile("作如下(?:决定|决议|修改|修正)|特作(?:如下)?决[定议](?:如下)?|(?<!《)决[定议]如下"),
            // 现决定：… (the issuer speaks in the present: 现决定…)
            Pattern.compile("现决定|现作出(?:如下)?决定"),
            // approval given (决定予以批准, 决定批准这个报告)
            Pattern.compile("决定(?:予以)?批准(?:这个|该|[^。\\n]{0,40}?(?:报告|决算|预算|计划))|予以批准"),
            // an article of amendment opening its line (一、将第二条修改为, 2.删去第五条, 增加一条，作为第六条)
            Pattern.compile("^(?:[一二三四五六七八九十]+、|\\d+[、.．]|[（(]" + N + "[)）])?\\s*(?:将?第[一二三四五六七八九十百零]+条[^。\\n]{0,40}?修改为|删去第|增加[一二三四五六七八九十]+(?:条|款))",
                    Pattern.MULTILINE),
            // the decision's own commencement (本决定自公布之日起施行, 本决议自…起执行)
            Pattern.compile("本决[定议]自[^。\\n]{0,20}?(?:起|之日起)(?:施行|执行|生效)"),
            // a congress decides on a motion (决定通过这个议案) or repeals (大会同意废止《…》)
            Pattern.compile("决定通过(?:这个|该)议案|(?:大会|会议)同意(?:废止|撤销|批准)"));

    /**
     * The reporting voice: words only news uses before it tells of a decision (a reporter, a wire's dateline, a source,
     * the vote told in the past: 会议表决通过了…, 审议并通过了…). A decision's promulgation (已由…通过，现予公布) is no report.
     */
    static final List<Pattern> REPORTING = List.of(
            Pattern.compile("记者|通讯员|据悉|据了解|报道"),
            Pattern.compile("[报媒网台社]讯|" + N + "日电"),
            // (会上 as the setting a report opens a clause with, not the 大会上 of 在大会上所作的报告)
            Pattern.compile("通过了|审议并通过|表决通过|获得通过|(?:^|[，,。；;])会上", Pattern.MULTILINE));

    /**
     * The voice of a notice (通知) to its addressees: a salutation line (各乡镇人大主席团、县直各单位：) or 通知如下, 特此通知.
     * Such a notice tells its addressees what the meeting decided and what they must do; a decision addresses no one.
     */
    static final List<Pattern> NOTIFYING = List.of(
            Pattern.compile("^各[^。\\n]{1,60}[:：]$", Pattern.MULTILINE),
            Pattern.compile("通知如下|特此通知"));

    /**
     * Promulgation: the issuer publishes the decision (《…的决定》已由…通过，现予公布). A 公告 that says so and then prints the
     * decision presents that text; one whose own act is the decision (a 公告 convening a session) says no such thing.
     */
    private static final Pattern PROMULGATES = Pattern.compile("现予(?:公布|公告)|予以公布|现公布如下");

    /**
     * An adoption line read by its end: a date, the adopting meeting and 通过 (批准) closing the bracket, even when a damaged
     * copy lost the opening bracket or a digit of the year; the adopter is what stands between the date and 通过.
     */
    private static final Pattern ADOPTION = Pattern.compile(
            "^[^\\p{IsHan}\\n]{0,4}?(?:\\d{1,4}|[一二三四五六七八九〇零]{4})年[^。\\n]{0,12}?日([^。\\n]{2,70}?会议)(?:通过|批准)[)）]?$");
    /** A decision's title on a line of its own: the issuer at most, then 关于…的决定/决议. */
    private static final Pattern TITLE = Pattern.compile("^[^。，,：:\\n]{0,40}?关于[^。，,：:\\n]{1,100}的(?:决定|决议)$");
    /** The issuer's meeting named in full opening a line as the subject of what it decides. */
    private static final Pattern FULL_ISSUER_DECIDES = Pattern.compile(
            "^[^，,。\\d日\\n]{0,30}?人民代表大会(?:常务委员会)?第" + N + "次(?:全体)?会议决定");

    /**
     * The operative words of a congress decision printed from its head (anchored by its adoption line, its title or its
     * issuer's meeting in full, a congress the adopter, no reporting voice before the operative words), or null.
     */
    static String congressDecision(String body) {
        Decision decision = decision(body);
        return decision == null ? null : decision.anchor() + " … " + decision.act().words();
    }

    /**
     * The promulgation of a congress decision printed after it ({@link #congressDecision} holds, and the words before its
     * operative ones publish it: 现予公布), or null.
     */
    static String promulgatedDecision(String body) {
        // publishing words nowhere in the body: no promulgation, and no need to read the decision at all
        if (body.indexOf('公') < 0 || !PROMULGATES.matcher(body).find()) {
            return null;
        }
        Decision decision = decision(body);
        if (decision == null) {
            return null;
        }
        Matcher m = PROMULGATES.matcher(decision.head().substring(0, decision.act().lineStart()));
        return m.find() ? m.group() : null;
    }

    /** A congress decision as read from a body's head: the head, its first operative words and what anchors them. */
    private record Decision(String head, Operative act, String anchor) {}

    /** The congress decision printed from the head of {@code body} (see {@link #congressDecision}), or null. */
    private static Decision decision(String body) {
        if (body.indexOf('决') < 0 && body.indexOf("修改") < 0 && body.indexOf("批准") < 0) {
            return null; // every operative formula holds one of these
        }
        String head = head(body);
        Operative act = firstOperative(head);
        if (act == null) {
            return null;
        }
        String before = head.substring(0, act.lineStart());
        String actLine = head.substring(act.lineStart(), act.end());
        if (reports(before + actLine.substring(0, act.start() - act.lineStart())) || notifies(head)) {
            return null;
        }
        String anchor = anchor(before, actLine);
        if (anchor == null || NOT_A_CONGRESS_ADOPTER.matcher(issuer(anchor)).find() || !CONGRESS.matcher(anchor + actLine).find()) {
            return null;
        }
        return new Decision(head, act, anchor);
    }

    /**
     * The adoption line of a body that is no congress (the CPPCC, the party), in the opening: its text is that body's
     * 决议/决定, however a congress's it reads; or null.
     */
    static String otherBodysAdoption(String opening) {
        if (opening.indexOf("通过") < 0 && opening.indexOf("批准") < 0) {
            return null;
        }
        for (String line : opening.split("\n")) {
            Matcher m = ADOPTION.matcher(line.strip());
            if (m.find() && NOT_A_CONGRESS_ADOPTER.matcher(m.group(1)).find()) {
                return line.strip();
            }
        }
        return null;
    }

    /** Any run of spaces, ideographic and no-break ones too. */
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000\u00a0]+");

    /** The first lines of a body, whitespace inside each line removed (a copy may space out a date or a letterhead). */
    private static String head(String body) {
        StringBuilder head = new StringBuilder();
        int lines = 0;
        for (String line : body.split("\n")) {
            if (lines++ >= HEAD_LINES || head.length() >= HEAD_CHARS) {
                break;
            }
            head.append(SPACES.matcher(line).replaceAll("")).append('\n');
        }
        return head.toString();
    }

    private record Operative(int lineStart, int start, int end, String words) {}

    /** The earliest operative words of the head, with where their line starts. */
    private static Operative firstOperative(String head) {
        Matcher best = null;
        for (Pattern p : OPERATIVE) {
            Matcher m = p.matcher(head);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        int lineStart = head.lastIndexOf('\n', best.start() - 1) + 1;
        int lineEnd = head.indexOf('\n', best.end());
        return new Operative(lineStart, best.start(), lineEnd < 0 ? head.length() : lineEnd, best.group());
    }

    /**
     * Who adopts, as the anchor names it: a title's words before 关于 (what it is about may name a government or the
     * party's congress: 关于批准…人民政府…的决议, 关于学习贯彻党的二十大精神的决定), else the whole anchor.
     */
    private static String issuer(String anchor) {
        int about = anchor.indexOf("关于");
        return about < 0 ? anchor : anchor.substring(0, about);
    }

    private static boolean notifies(String head) {
        for (Pattern p : NOTIFYING) {
            if (p.matcher(head).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean reports(String text) {
        for (Pattern p : REPORTING) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What heads the decision: an adoption line (or one split over two lines) or a title line before the operative
     * words, or the operative line itself when it opens with the issuer's meeting in full; null if nothing does.
     */
    private static String anchor(String before, String actLine) {
        String[] lines = before.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher adoption = ADOPTION.matcher(lines[i]);
            if (adoption.find()) {
                return adoption.group(1);
            }
            if (i + 1 < lines.length && (adoption = ADOPTION.matcher(lines[i] + lines[i + 1])).find()) {
                return adoption.group(1);
            }
            if (TITLE.matcher(lines[i]).find()) {
                return lines[i];
            }
        }
        Matcher full = FULL_ISSUER_DECIDES.matcher(actLine);
        return full.lookingAt() ? full.group() : null;
    }
}
