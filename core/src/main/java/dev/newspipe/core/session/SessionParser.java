package dev.newspipe.core.session;

import dev.newspipe.core.entities.EntityExtractor;
import dev.newspipe.core.entities.TraditionalFold;
import dev.newspipe.core.figures.ChineseNumber;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.IssueMetadata;
import dev.newspipe.core.model.SessionInfo;
import dev.newspipe.core.read.SimplifiedView;
import dev.newspipe.core.read.YearOfDay;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people's congress session an article belongs to: {@code 大同市第十六届人民代表大会第六次会议}, the short
 * forms {@code 市十六届人大六次会议} (the city taken from the text where it names one: 长治市 for an article that writes
 * 长治), else a standing committee of a term with its numbered meeting ({@code 县十八届人大常委会第十四次会议}); the
 * sitting (第三次全体会议, 主席团第四次会议, 预备会议) and its date, the year from the text when only month and day are
 * written. A CPPCC session ({@code 市政协十五届五次会议}) is no people's congress: an article about one alone has no
 * session, as the labelling rules of the gold files say.
 *
 * <p>Every form names a term: a number right before 届 ({@link Term}). So the parser reads the text as a short list of
 * terms and asks of each what stands before its number (第, 市, 全国) and what follows its 届 (人民代表大会第六次,
 * 人大六次会议, 人大常委会第十四次会议): a small grammar around 届 that costs a few character tests per term, where an
 * expression searched over the whole body costs a test at every character. The sittings and dates are read from
 * the headline and lead, and elsewhere only where the character a name begins with stands.
 */
public final class SessionParser {

    private static final String N = "[一二三四五六七八九十\\d]+";

    // What follows the 届 of a term in each form, read right after it (lookingAt): the kind of body and the session.
    /** 第十六届人民代表大会第六次(会议), 第十四届全国人民代表大会第一次: the full name. */
    private static final Pattern CONGRESS = Pattern.compile("(?<kind>全国人民代表大会|人民代表大会)第(?<session>" + N + ")次");
    /** 市十六届人大六次会议, 县十八届人大常委会三次会议: a level before the term ({@link #shortLevel}). */
    private static final Pattern SHORT_CONGRESS = Pattern.compile("人大(?:常委会)?(?<session>" + N + ")次会议");
    /** 十四届全国人大三次会议: the national short form puts 全国 after the term (not its 精神 studied at a local meeting). */
    private static final Pattern SHORT_NATIONAL = Pattern.compile("全国人大(?<session>" + N + ")次会议(?!精神)");
    /** A standing committee of a term, with its numbered meeting where stated. */
    private static final Pattern STANDING = Pattern.compile(
            "(?<kind>全国人民代表大会常务委员会|全国人大常委会|人民代表大会常务委员会|人大常委会)(?:(?:召开|举行)?第?(?<meeting>" + N + ")次(?<chairmen>主任|委员长)?会议)?");
    /** 全国人民代表大会常务委员会公告〔十二届〕第七号: the term in brackets right after a standing committee's notice. */
    private static final String NOTICE = "人民代表大会常务委员会公告";
    private static final String OPENING = "〔(【（";
    private static final String CLOSING = "〕)】）";

    /** The sitting: every name begins with 主 (主席团), 第 (第三次全体会议) or 预 (预备会议), where {@link #first} tries it. */
    private static final Pattern MEETING = Pattern.compile(
            "(主席团(?:常务主席)?第" + N + "次(?:次)?会议|第" + N + "次全体会议|预备会议|主席团会议|第" + N + "次大会)");
    private static final String MEETING_BEGINS = "主第预";
    /**
     * The delegations' conveners' meeting, the article's sitting only where its headline or lead names it: a report of
     * the opening passes on what the conveners' meeting decided (传达…各代表团召集人会议精神) and is no report of it.
     */
    private static final Pattern CONVENERS = Pattern.compile("(?:各代表团)?召集人会议");
    /** The presidium's sitting with when and where between (主席团8日下午在人民大会堂举行第二次会议), named as 主席团第N次会议. */
    private static final Pattern PRESIDIUM_HELD = Pattern.compile("主席团(?!常务)[^。，,；常]{0,24}?举行第(" + N + ")次会议");
    private static final Pattern PRESIDIUM_TYPO = Pattern.compile("主席团(?:举行)?第(" + N + ")次次?会");
    /** 2026年1月22日, also as copied with a space (2025 年3月5日). */
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4}) ?年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern DAY = Pattern.compile("(?<!\\d|年)(\\d{1,2})月(\\d{1,2})日");
    /** A report's delivery line: ——2023年2月2日在长沙县第十八届人民代表大会第三次会议上. */
    private static final Pattern DELIVERY = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日在[^。，,]{2,40}?会议上");
    /** How much of an article's beginning is read for its date ({@link #leadParagraphs}). */
    private static final int LEAD_CHARACTERS = 120;
    private static final Pattern ADOPTION = Pattern.compile("[（(](\\d{4})年(\\d{1,2})月(\\d{1,2})日.{2,80}(?:通过|批准)[）)]");

    /**
     * A term as written: the 届 at {@code at} and its number (十六, 16) in {@code [from, at)}. Every form this parser
     * reads is anchored here, so a number that is a term is found once and each form only looks a few characters
     * to either side of it.
     */
    private record Term(String text, int from, int at) {

        /** The terms of a text in order; 届 without a number (本届, 历届) names no term. */
        static List<Term> of(String text) {
            List<Term> terms = new ArrayList<>();
            for (int at = text.indexOf('届'); at >= 0; at = text.indexOf('届', at + 1)) {
                int from = at;
                while (from > 0 && isNumeral(text.charAt(from - 1))) {
                    from--;
                }
                if (from < at) {
                    terms.add(new Term(text, from, at));
                }
            }
            return terms;
        }

        String number() {
            return text.substring(from, at);
        }

        /** Where 第十六届 (or 十六届) begins: a full name's place is read back from here. */
        int start() {
            return precededBy("第") ? from - 1 : from;
        }

        boolean precededBy(String written) {
            return text.startsWith(written, from - written.length());
        }

        /** What follows the 届 as {@code form} reads it, or null. */
        Matcher followedBy(Pattern form) {
            Matcher m = form.matcher(text).region(at + 1, text.length());
            return m.lookingAt() ? m : null;
        }

        boolean within(int start, int end) {
            return at >= start && at < end;
        }
    }

    /** One article as the parser reads it: folded text, headline and body joined by a line break, and its terms. */
    private record Reading(Article article, String headline, String body, String text, List<Term> terms) {}

    /** The session of an article in any script: read on its simplified view. */
    public Optional<SessionInfo> parse(Article given) {
        if (!namesATerm(given)) {
            // checked before the view is built: only 届 and 屆 simplify to 届, and dropping pinyin residue adds none, so an
            // article without either has no term in its view either; most articles end here without a scan of the view
            return Optional.empty();
        }
        // the simplified view the rest of the enrichment reads (Newsdesk.enrich): OpenCC's conversion, and pinyin residue
        // such as 會(huì) dropped, which would otherwise split 会议 and hide a traditional-script sitting from every form
        return parseSimplified(SimplifiedView.simplify(given));
    }

    /**
     * As {@link #parse}, for an article that already is its simplified view ({@link SimplifiedView#simplify}), as
     * {@code Newsdesk.enrich} builds it once for every stage.
     */
    public Optional<SessionInfo> parseSimplified(Article written) {
        if (!namesATerm(written)) {
            return Optional.empty(); // every form names a term (第十六届, 十六届, 〔十二届〕): most articles end here, cheaply
        }
        // traditional script read as simplified (屆 as 届); the body names are given in simplified form
        Article article = Article.of(TraditionalFold.fold(written.kicker()), TraditionalFold.fold(written.title()),
                TraditionalFold.fold(written.subtitle()),
                namesCutByALine(written.paragraphs().stream().map(TraditionalFold::fold).map(SessionParser::restoreDateSigns)
                        .map(SessionParser::closeDateSpaces).map(SessionParser::arabicDates).toList()),
                yearsCanBeReadAgainst(written), null);
        String headline = article.headline();
        String body = article.body();
        String text = headline.isEmpty() ? body : headline + "\n" + body;
        Reading reading = new Reading(article, headline, body, text, Term.of(text));
        Optional<SessionInfo> committee = committeeMeetingInLead(reading);
        if (committee.isPresent()) {
            return committee; // a standing committee's meeting, whatever congress session it prepares
        }
        Optional<SessionInfo> convening = convening(reading);
        if (convening.isPresent()) {
            return convening;
        }
        // the headline names the session of the article; a session only the body names counts after it
        Optional<SessionInfo> found = find(reading, 0, headline.length());
        if (found.isEmpty()) {
            found = find(reading, headline.isEmpty() ? 0 : headline.length() + 1, text.length());
        }
        return found.isPresent() ? found : standing(reading);
    }

    /**
     * The paragraphs with a congress's name cut by a line break joined again: a line that ends in its term and the next
     * that begins with 人民代表大会 (——2023年1月7日在三亚市第八届 / 人民代表大会第四次会议上), as a work report's delivery
     * line wraps in its printed or PDF layout. No form reads over a line break, so the cut name hid the session and the
     * delivery date.
     */
    static List<String> namesCutByALine(List<String> paragraphs) {
        boolean cut = false;
        for (int i = 0; i + 1 < paragraphs.size() && !cut; i++) {
            cut = paragraphs.get(i).endsWith("届") && paragraphs.get(i + 1).startsWith("人民代表大会");
        }
        if (!cut) {
            return paragraphs; // the common case: nothing cut, the list as given
        }
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).endsWith("届") && paragraph.startsWith("人民代表大会")) {
                out.set(last, out.get(last) + paragraph);
            } else {
                out.add(paragraph);
            }
        }
        return out;
    }

    /** A full date in Chinese numerals: 一九九七年十一月二十日, 二〇二三年三月五日. */
    private static final Pattern CHINESE_DATE = Pattern.compile(
            "([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");
    private static final String YEAR_DIGITS = "〇一二三四五六七八九";

    /**
     * A full date in Chinese numerals (（一九九七年十一月二十日…通过）, 一九八四年五月二十六日在第六届全国人民代表大会…上),
     * as formal documents and the adoption and delivery lines of older congresses print it, written in digits: every
     * date form reads digits. The year is read digit by digit (〇 and 零 are 0), month and day as numbers (十一, 二十).
     */
    static String arabicDates(String paragraph) {
        if (paragraph.indexOf('年') < 0 || paragraph.indexOf('月') < 0) {
            return paragraph;
        }
        Matcher m = CHINESE_DATE.matcher(paragraph);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            StringBuilder year = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                year.append(c == '零' ? 0 : YEAR_DIGITS.indexOf(c));
            }
            Integer month = toInt(m.group(2));
            Integer day = toInt(m.group(3));
            if (month == null || day == null || date(year.toString(), String.valueOf(month), String.valueOf(day)) == null) {
                continue;
            }
            out = out == null ? new StringBuilder() : out;
            out.append(paragraph, last, m.start()).append(year).append('年').append(month).append('月').append(day).append('日');
            last = m.end();
        }
        return out == null ? paragraph : out.append(paragraph, last, paragraph.length()).toString();
    }

    /** A date a PDF's text spaces out: 2025 年 3 月 5 日. */
    private static final Pattern SPACED_DATE = Pattern.compile("(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日");

    /**
     * A date written with spaces between its digits and signs (——2025 年 3 月 5 日在…会议上), as a PDF's text layer puts
     * them, written without: every date form (the delivery line, the adoption line) reads the date as printed.
     */
    static String closeDateSpaces(String paragraph) {
        if (paragraph.indexOf(' ') < 0 || paragraph.indexOf('年') < 0) {
            return paragraph;
        }
        return SPACED_DATE.matcher(paragraph).replaceAll("$1年$2月$3日");
    }

    /** A date whose 年 and 月 were lost in copying: a year of this era, two to four digits, and the 日 that was kept. */
    private static final Pattern SIGNS_LOST = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(\\d{2,4})日");

    /**
     * A date copied from a PDF or a form that lost its 年 and 月 but kept its digits and 日 (2017418日, 20221227日,
     * 202184日) written as 2017年4月18日 again, where exactly one split of the digits after the year makes a date: the
     * adoption and delivery lines of resolutions and reports are where a copy loses them, and every date form reads the
     * signs. 2022128日 (1月28日 or 12月8日) stays as written: nothing in it says which.
     */
    static String restoreDateSigns(String paragraph) {
        if (paragraph.indexOf('日') < 0) {
            return paragraph;
        }
        Matcher m = SIGNS_LOST.matcher(paragraph);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String rest = m.group(2);
            String restored = null;
            for (int split = 1; split <= 2 && split < rest.length(); split++) {
                String month = rest.substring(0, split);
                String day = rest.substring(split);
                if (day.length() <= 2 && date(m.group(1), month, day) != null) {
                    restored = restored == null ? m.group(1) + "年" + month + "月" + day + "日" : "";
                }
            }
            if (restored == null || restored.isEmpty()) {
                continue; // no split makes a date, or two do
            }
            out = out == null ? new StringBuilder() : out;
            out.append(paragraph, last, m.start()).append(restored);
            last = m.end();
        }
        return out == null ? paragraph : out.append(paragraph, last, paragraph.length()).toString();
    }

    /**
     * The issue date a month and day may take their year from: not a file's modification time, which says when a page
     * was copied, not when it was printed (a page from 2016 copied today would date its 3月25日 to this year).
     */
    private static LocalDate yearsCanBeReadAgainst(Article article) {
        return article.page().issue().source() == IssueMetadata.Source.FILE_TIME ? null : article.issueDate();
    }

    /** Whether any part of the headline or body writes 届 (or 屆, which folds to it). */
    private static boolean namesATerm(Article article) {
        for (String part : new String[] {article.kicker(), article.title(), article.subtitle()}) {
            if (writesTerm(part)) {
                return true;
            }
        }
        return article.paragraphs().stream().anyMatch(SessionParser::writesTerm);
    }

    private static boolean writesTerm(String part) {
        return part != null && (part.indexOf('届') >= 0 || part.indexOf('屆') >= 0);
    }

    /**
     * The session named in {@code text[start, end)} (the headline or the body), by the first term of the most explicit
     * form: the full name, then the short forms. A CPPCC session (政协…委员会第五次会议) is no people's congress and
     * gives none (an article that names both is given the congress's). A line break separates headline and body, and
     * no form spans one, so the terms of one part never read into the other.
     */
    private Optional<SessionInfo> find(Reading r, int start, int end) {
        List<Term> terms = r.terms().stream().filter(t -> t.within(start, end)).toList();
        String text = r.text();
        for (Term t : terms) {
            Matcher m = t.followedBy(CONGRESS);
            if (m != null) {
                String place = fullestPlace(r, t, placeBefore(text, t.start()));
                String kind = m.group("kind");
                place = kind.startsWith("全国") ? place : evidentForLevelAlone(place, text, t.start());
                String name = (place == null ? "" : place) + "第" + t.number() + "届" + kind;
                SessionInfo.Level level = kind.startsWith("全国") ? SessionInfo.Level.NATIONAL : level(place);
                return Optional.of(info(name, level, toInt(t.number()), toInt(m.group("session")), r));
            }
        }
        for (Term t : terms) {
            String levelChar = shortLevel(t);
            Matcher m = levelChar == null ? null : t.followedBy(SHORT_CONGRESS);
            if (m != null) {
                // the full name elsewhere in the text gives the place: 大同市第十六届人民代表大会 for 市十六届人大
                Term full = r.terms().stream().filter(f -> f.followedBy(CONGRESS) != null).findFirst().orElse(null);
                String fullPlace = full == null ? null : placeBefore(text, full.start());
                String name;
                SessionInfo.Level level = level(levelChar);
                String written = placeWrittenBefore(text, t.from());
                if (fullPlace != null && fullPlace.length() > 1 && full.number().equals(t.number())) {
                    name = fullPlace + "第" + t.number() + "届" + full.followedBy(CONGRESS).group("kind");
                    level = level(fullPlace); // 北京市 (a municipality: a province) for 市十五届人大
                } else if (written != null) {
                    name = written + "第" + t.number() + "届人民代表大会";
                    level = level(written);
                } else {
                    String evident = place(levelChar, text);
                    name = evident + "第" + t.number() + "届人民代表大会";
                    level = MUNICIPALITIES.contains(evident) ? SessionInfo.Level.PROVINCE : level; // 市 of 北京市: a province
                }
                if (text.startsWith("自治区", t.from() - 3)) {
                    level = SessionInfo.Level.PROVINCE; // 自治区十二届人大: the region, not a district
                }
                return Optional.of(info(name, level, toInt(t.number()), toInt(m.group("session")), r));
            }
        }
        for (Term t : terms) {
            Matcher m = t.followedBy(SHORT_NATIONAL);
            if (m != null) {
                return Optional.of(info("第" + t.number() + "届全国人民代表大会", SessionInfo.Level.NATIONAL, toInt(t.number()),
                        toInt(m.group("session")), r));
            }
        }
        return Optional.empty();
    }

    /**
     * The fullest place the text writes before the same congress's full name: an adoption line's 七星区 or 县 is the
     * 桂林市七星区 or 太湖县 of the resolution's opening sentence. Only a place that ends with the one given (or stands
     * for a lone 县/市) is taken, so another body's name never replaces it.
     */
    private static String fullestPlace(Reading r, Term term, String place) {
        String fullest = place;
        for (Term other : r.terms()) {
            if (other == term || !other.number().equals(term.number()) || other.followedBy(CONGRESS) == null) {
                continue;
            }
            String candidate = placeBefore(r.text(), other.start());
            if (candidate != null && (fullest == null || candidate.length() > fullest.length() && candidate.endsWith(fullest))) {
                fullest = candidate;
            }
        }
        return fullest;
    }

    /**
     * A full name whose place is a level alone (县第十七届人民代表大会, 州十四届人民代表大会, 自治州第一届人民代表大会): the
     * gold rule reconstructs the place when the text makes it evident (as for the short form 市十六届人大), so the
     * division of that level the text names is taken, else the level as written. A prefecture is taken as the text
     * writes it (果洛州), 自治州 by its full name; a 州 alone no other reading takes (placeBefore knows 省市县区).
     */
    private static String evidentForLevelAlone(String place, String text, int start) {
        String level = place != null ? place
                : text.startsWith("州", start - 1) ? "州" : null;
        if (level == null || level.length() != 1 || "市县州".indexOf(level) < 0) {
            return place;
        }
        if (level.equals("州") && text.startsWith("自治州", start - 3)) {
            String full = EntityExtractor.evidentPlace(text, '州').orElse(null);
            return full != null && full.endsWith("自治州") ? full : "自治州";
        }
        String evident = place(level, text);
        // a county of one character (和县, 凤县) is as often a conjunction or word read into a body (市政府和县委): the
        // level as written then
        return evident.length() == 2 ? level : evident;
    }

    /** The level written right before a short form's term (市十六届, 全国十四届), or null. */
    private static String shortLevel(Term t) {
        int end = t.from();
        if (t.text().startsWith("全国", end - 2)) {
            return "全国";
        }
        // 州十四届人大 (a prefecture, 大理州), and 区 also for 自治区十二届人大 (a province-level region: see level())
        return end >= 1 && "省市县区州".indexOf(t.text().charAt(end - 1)) >= 0 ? String.valueOf(t.text().charAt(end - 1)) : null;
    }

    /** A standing committee's own business (by-elections, notices): the committee of its term, no congress session. */
    private Optional<SessionInfo> standing(Reading r) {
        String text = r.text();
        String place = null;
        String term = null;
        String meeting = null;
        boolean national = false;
        for (Term t : r.terms()) {
            Matcher m = t.followedBy(STANDING);
            if (m != null) {
                place = placeBefore(text, t.start());
                term = t.number();
                meeting = meetingOf(m);
                national = m.group("kind").startsWith("全国") || "全国".equals(place);
                break;
            }
        }
        if (term == null) {
            for (Term t : r.terms()) {
                int notice = noticeStart(t);
                if (notice >= 0) {
                    place = placeBefore(text, notice);
                    term = t.number();
                    national = "全国".equals(place);
                    break;
                }
            }
        }
        if (term == null) {
            return Optional.empty();
        }
        return Optional.of(committee(place, term, national, meeting, r));
    }

    /**
     * The standing committee of a term as the session record names it (大同市第十六届人民代表大会常务委员会, session
     * null), with its numbered meeting where known.
     */
    private static SessionInfo committee(String place, String term, boolean national, String meeting, Reading r) {
        String text = r.text();
        String body;
        SessionInfo.Level level;
        if (national) {
            body = "第" + term + "届全国人民代表大会常务委员会";
            level = SessionInfo.Level.NATIONAL;
        } else {
            if (place != null && place.length() == 1) {
                place = place(place, text); // 县十八届人大常委会 in a notice of 嘉鱼县人民代表大会常务委员会
            }
            body = (place == null ? "" : place) + "第" + term + "届人民代表大会常务委员会";
            level = level(place);
        }
        // a committee's meeting news dates it in the lead (3月25日,县人大常委会召开第36次会议); a notice under its signature
        return new SessionInfo(body, level, toInt(term), null, meeting, date(r.article(), text, true));
    }

    /**
     * 第十四次会议, 第十一次主任会议 (a local committee's council of chairmen), 第四十五次委员长会议 (the national one's, chaired
     * by the 委员长): a standing committee's numbered meeting as written.
     */
    private static String meetingOf(Matcher standing) {
        return standing.group("meeting") == null ? null
                : "第" + standing.group("meeting") + "次" + (standing.group("chairmen") == null ? "" : standing.group("chairmen")) + "会议";
    }

    /** A standing committee's numbered meeting named without its term: 虹口区人大常委会第25次会议, 常委会召开第33次会议. */
    private static final Pattern TERMLESS_STANDING = Pattern.compile(
            "(?:人民代表大会常务委员会|人大常委会)(?:召开|举行)?第(?<meeting>" + N + ")次(?<chairmen>主任|委员长)?会议");
    /** 经市人大常委会第三十次会议决定: the committee's decision that convenes the session the article is about. */
    private static final Pattern DECIDED = Pattern.compile("[(（]?(?:扩大)?[)）]?决定");
    /** What follows a session that is yet to meet: 于下月初召开, 将于1月16日开幕, 定于. */
    private static final Pattern TO_BE_CONVENED = Pattern.compile("(?:会议)?(?:将于|定于|于|拟于)[^。，,；]{0,24}?(?:召开|开幕|举行)");

    /**
     * A standing committee's meeting that the lead (the headline and first paragraphs) names before any congress session
     * at work: the article is the committee's (县九届人大常委会第三十七次会议 that adopts the agenda of 县九届人大七次会议,
     * 市十三届人大常委会召开第33次会议 under a headline announcing the session it convenes). Its body is the committee,
     * its meeting the numbered meeting, its session null, as the gold files label it. A session the lead only says will
     * meet (于下月初召开) or that the meeting decided to convene (关于召开…会议的决定) is not at work; a committee's
     * decision that convened the session the article reports (经…常委会第三十次会议决定) leaves the article the session's.
     */
    private Optional<SessionInfo> committeeMeetingInLead(Reading r) {
        String text = r.text();
        int leadEnd = leadEnd(r);
        // the committee's meeting: of a term (市十八届人大常委会第十一次主任会议), else without one
        int at = -1;
        String place = null;
        String termWritten = null;
        String meeting = null;
        boolean national = false;
        for (Term t : r.terms()) {
            Matcher m = t.at() < leadEnd ? t.followedBy(STANDING) : null;
            if (m != null && m.group("meeting") != null && !DECIDED.matcher(text).region(m.end(), text.length()).lookingAt()) {
                at = t.start();
                place = placeBefore(text, t.start());
                termWritten = t.number();
                meeting = meetingOf(m);
                national = m.group("kind").startsWith("全国") || "全国".equals(place);
                break;
            }
        }
        Matcher termless = TERMLESS_STANDING.matcher(text).region(0, leadEnd);
        while (termless.find()) {
            if (at >= 0 && termless.start() >= at) {
                break;
            }
            if (DECIDED.matcher(text).region(termless.end(), text.length()).lookingAt()) {
                continue;
            }
            if (at >= 0) {
                at = termless.start(); // 人大常委会第二十六次会议在京闭幕 over 十三届全国人大常委会第二十六次会议: the lead's names it
                if (!meetingOf(termless).equals(meeting)) {
                    // another meeting named first (市人大常委会召开第五十六次主任会议 … 市十七届人大常委会第二十五次会议
                    // it prepares): the meeting the lead reports is the one it names first
                    meeting = meetingOf(termless);
                }
                break;
            }
            at = termless.start();
            place = placeBefore(text, termless.start());
            termWritten = null;
            meeting = meetingOf(termless);
            national = text.startsWith("全国", termless.start() - 2);
            break;
        }
        if (at < 0) {
            return Optional.empty();
        }
        for (Term t : r.terms()) {
            if (t.at() >= leadEnd) {
                break;
            }
            Matcher session = congressSession(t);
            if (session != null && t.start() < at && !toBeConvened(text, t, session)) {
                return Optional.empty(); // the lead names the congress at work first: the article is the session's
            }
        }
        if (termWritten == null) {
            // 区人大常委会第25次会议 … 区十三届人大三次会议: the committee of the congress the text names
            for (Term t : r.terms()) {
                if (congressSession(t) != null || t.followedBy(STANDING) != null) {
                    termWritten = t.number();
                    break;
                }
            }
            if (termWritten == null) {
                return Optional.empty();
            }
        }
        return Optional.of(committee(place, termWritten, national, meeting, r));
    }

    /** Where the lead (the headline and the first paragraphs, {@link #LEAD_CHARACTERS}) ends in the text. */
    private static int leadEnd(Reading r) {
        int end = r.headline().isEmpty() ? 0 : r.headline().length() + 1;
        int read = 0;
        for (String paragraph : r.article().paragraphs()) {
            if (read >= LEAD_CHARACTERS) {
                break;
            }
            end += paragraph.length() + 1;
            read += paragraph.length();
        }
        return Math.min(end, r.text().length());
    }

    /**
     * A lead whose every congress session is one being convened (关于召开安徽省第十二届人民代表大会第七次会议的决定) in a
     * text about the standing committee (常委会): convening a session is the committee's act, so the article is the
     * committee's (a council of chairmen hearing the draft decision), body the committee of that term, session null. Not
     * for a first session, which the outgoing committee of the term before convenes.
     */
    private Optional<SessionInfo> convening(Reading r) {
        String text = r.text();
        if (!text.contains("常委会") && !text.contains("常务委员会")) {
            return Optional.empty();
        }
        int leadEnd = leadEnd(r);
        Term first = null;
        Matcher firstSession = null;
        for (Term t : r.terms()) {
            if (t.at() >= leadEnd) {
                break;
            }
            Matcher session = congressSession(t);
            if (session == null) {
                continue;
            }
            if (!convenedBy(text, t)) {
                return Optional.empty(); // a session at work, or one the text reports on
            }
            if (first == null) {
                first = t;
                firstSession = session;
            }
        }
        Integer sessionNumber = first == null ? null : toInt(firstSession.group("session"));
        if (sessionNumber == null || sessionNumber < 2) {
            return Optional.empty();
        }
        String place = fullestPlace(r, first, placeBefore(text, first.start()));
        boolean national = "全国".equals(place) || firstSession.group().startsWith("全国");
        return Optional.of(committee(place, first.number(), national, null, r));
    }

    /** 关于召开…, 决定召开…: the session named at {@code t} is the object of a decision to convene it. */
    private static boolean convenedBy(String text, Term t) {
        int start = t.start();
        int before = start;
        while (before > 0 && start - before < 16 && Character.UnicodeScript.of(text.charAt(before - 1)) == Character.UnicodeScript.HAN) {
            before--;
        }
        String preceding = text.substring(before, start);
        // 关于召开…的决定, 决定召开…: not 柴旦镇召开第十四届人民代表大会第六次会议, where 召开 says the session sat
        return preceding.matches(".*(?:关于|决定)(?:推迟|延期)?召开\\p{IsHan}{0,10}");
    }

    /** A congress session's name after a term's 届 (人民代表大会第六次, 人大六次会议, 全国人大三次会议), or null. */
    private static Matcher congressSession(Term t) {
        Matcher m = t.followedBy(CONGRESS);
        if (m == null && shortLevel(t) != null) {
            m = t.followedBy(SHORT_CONGRESS);
            if (m != null && m.group().startsWith("人大常委会")) {
                m = null; // 县十八届人大常委会三次会议 is the committee's
            }
        }
        return m != null ? m : t.followedBy(SHORT_NATIONAL);
    }

    /** Whether the session named at {@code t} is one yet to meet or being convened (关于召开…, …于下月初召开). */
    private static boolean toBeConvened(String text, Term t, Matcher session) {
        return convenedBy(text, t) || TO_BE_CONVENED.matcher(text).region(session.end(), text.length()).lookingAt();
    }

    /** Where 人民代表大会常务委员会公告 begins when the term stands in brackets after it (公告〔第十二届〕), else -1. */
    private static int noticeStart(Term t) {
        String text = t.text();
        int opening = t.precededBy("第") ? t.from() - 2 : t.from() - 1;
        boolean bracketed = opening >= 0 && OPENING.indexOf(text.charAt(opening)) >= 0
                && t.at() + 1 < text.length() && CLOSING.indexOf(text.charAt(t.at() + 1)) >= 0;
        int start = opening - NOTICE.length();
        return bracketed && text.startsWith(NOTICE, start) ? start : -1;
    }

    /**
     * The place written just before a congress name: 全国, the longest division ending there (大同市, 广东省深圳市 → 深圳市
     * is enough), else a lone 省/市/县/区 as written; null if none. Looking back from 第…届 instead of matching a free
     * prefix keeps the expressions cheap and stops 2018年11月28日经县 from passing for a county.
     */
    private static String placeBefore(String text, int start) {
        if (start >= 2 && text.startsWith("全国", start - 2)) {
            return "全国";
        }
        int from = start;
        while (from > 0 && start - from < 12 && Character.UnicodeScript.of(text.charAt(from - 1)) == Character.UnicodeScript.HAN) {
            from--;
        }
        String township = townshipBefore(text, from, start);
        if (township != null) {
            return township;
        }
        for (int k = from; k <= start - 2; k++) {
            String candidate = text.substring(k, start);
            char last = candidate.charAt(candidate.length() - 1);
            if ("省市县区州盟旗".indexOf(last) >= 0
                    && EntityExtractor.evidentPlace(candidate, last).map(candidate::equals).orElse(false)) {
                return ("区县".indexOf(last) >= 0 ? parentWrittenBefore(text, from, k) : "") + candidate;
            }
        }
        for (int k = from; k <= start - 3; k++) { // a county written by its own name (景东县, 黔西县): see writtenDivision
            if (EntityExtractor.writtenDivision(text.substring(k, start))) {
                return text.substring(k, start);
            }
        }
        if (start >= 1 && "省市县区".indexOf(text.charAt(start - 1)) >= 0) {
            return String.valueOf(text.charAt(start - 1));
        }
        return null;
    }

    /** What a township's name ends with: 乡 (民族乡 too), 镇, and 苏木 in Inner Mongolia. */
    private static final List<String> TOWNSHIP_ENDINGS = List.of("乡", "镇", "苏木");

    /**
     * A township's congress (连州市三水瑶族乡第九届人民代表大会, 桃源县漳江镇…): no gazetteer lists the forty thousand
     * townships, so the name is read between the county, district or city the text writes before it and the ending
     * (乡, 镇, 苏木); the township and that parent are the congress's name. Without a parent written there the boundary
     * of the name is unknown (在漳江镇…), and null leaves the name to the other readings.
     */
    private static String townshipBefore(String text, int from, int start) {
        String ending = TOWNSHIP_ENDINGS.stream().filter(e -> text.startsWith(e, start - e.length())).findFirst().orElse(null);
        if (ending == null) {
            // 河头镇召开第十八届人民代表大会第一次会议: the township convenes its congress, named before the verb
            boolean convenes = start >= 2 && (text.startsWith("召开", start - 2) || text.startsWith("举行", start - 2));
            return convenes ? listedTownshipBefore(text, from, start - 2) : null;
        }
        for (int k = from; k <= start - ending.length() - 3; k++) {
            for (int j = k + 2; j <= start - ending.length() - 1; j++) {
                String parent = text.substring(k, j);
                char last = parent.charAt(parent.length() - 1);
                int name = start - j;
                if (name >= ending.length() + 1 && name <= 6 && "市县区旗".indexOf(last) >= 0
                        && EntityExtractor.evidentPlace(parent, last).map(parent::equals).orElse(false)) {
                    return text.substring(k, start);
                }
            }
        }
        return listedTownshipBefore(text, from, start);
    }

    /**
     * A township the gazetteer lists, written alone before its congress's term where its clause opens (9月8日，醪桥镇
     * 第六届人民代表大会, a headline 醪桥镇第六届…): the clause's start bounds the name, as a parent written before it
     * does. The longest listed name that ends at {@code start}, or null.
     */
    private static String listedTownshipBefore(String text, int from, int start) {
        for (int k = from; k <= start - 3; k++) {
            String candidate = text.substring(k, start);
            if (EntityExtractor.listedTownship(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The division a short form writes in front of its term (天津市十四届人大, 大理州十四届人大, 自治区十二届人大 after
     * 西藏自治区): a name the article itself gives, so it beats the city a text names most often (which can be a word in a
     * person's name, 张嘉兴). Taken as written (大理州, not the gazetteer's 大理白族自治州) when the gazetteer knows a
     * division of that level beginning the same way; the four municipalities are provinces the gazetteer files apart.
     */
    private static String placeWrittenBefore(String text, int from) {
        if (from < 3) {
            return null;
        }
        char last = text.charAt(from - 1);
        if ("市州区县省".indexOf(last) < 0) {
            return null;
        }
        int start = from - 1;
        while (start > 0 && from - start < 9 && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN) {
            start--;
        }
        for (int k = start; k <= from - 3; k++) { // longest first; a name is at least two characters and its level
            String candidate = text.substring(k, from);
            if (MUNICIPALITIES.contains(candidate)) {
                return candidate;
            }
            String evident = EntityExtractor.evidentPlace(candidate, last).orElse(null);
            if (evident != null && (evident.equals(candidate) || evident.startsWith(candidate.substring(0, 2)))) {
                return candidate;
            }
        }
        return null;
    }

    /** 北京市, 天津市, 上海市, 重庆市: cities in name, provinces in level (the gold files' rule and the constitution's). */
    private static final java.util.Set<String> MUNICIPALITIES = java.util.Set.of("北京市", "天津市", "上海市", "重庆市");

    /**
     * The city written right before a district or county that begins a congress's name (北京市西城区, 抚州市东乡区): part of
     * the name the article gives it, which the gazetteer, knowing 西城区 alone, does not return. Cities only, as a
     * province before a city (广东省深圳市) is not part of the city's name; empty when none stands there.
     */
    private static String parentWrittenBefore(String text, int from, int childStart) {
        if (childStart - from < 3) {
            return "";
        }
        for (int k = from; k <= childStart - 3; k++) {
            String candidate = text.substring(k, childStart);
            char last = candidate.charAt(candidate.length() - 1);
            if (("市州".indexOf(last) >= 0 && EntityExtractor.evidentPlace(candidate, last).map(candidate::equals).orElse(false))
                    || MUNICIPALITIES.contains(candidate)) {
                return candidate;
            }
        }
        return "";
    }

    /** The full name of the place a short form (市, 县) stands for, where the text names one; else the short form. */
    private static String place(String levelChar, String text) {
        if (levelChar.equals("全国")) {
            return "全国";
        }
        String evident = EntityExtractor.evidentPlace(text, levelChar.charAt(0)).orElse(levelChar);
        return evident.endsWith("自治州") ? prefectureAsWritten(evident, text) : evident;
    }

    /**
     * An autonomous prefecture as the article writes it: 黔西南州 for 黔西南布依族苗族自治州, the short name papers and
     * congresses use, when the text writes it (the longest such beginning of the full name followed by 州).
     */
    private static String prefectureAsWritten(String full, String text) {
        for (int length = full.length() - 3; length >= 2; length--) {
            String written = full.substring(0, length) + "州";
            if (text.contains(written)) {
                return written;
            }
        }
        return full;
    }

    private SessionInfo info(String name, SessionInfo.Level level, Integer term, Integer session, Reading r) {
        String meetingName = null;
        String[] parts = {r.headline(), lead(r.article()), r.body()};
        for (int p = 0; p < parts.length && meetingName == null; p++) {
            meetingName = sittingIn(parts[p], p < 2);
        }
        if (meetingName == null) {
            // 主席团举行第四次次会议 / 主席团第四次会: the typo'd forms the genre prints
            Matcher typo = first(PRESIDIUM_TYPO, r.text(), "主");
            meetingName = typo == null ? null : "主席团第" + typo.group(1) + "次会议";
        }
        return new SessionInfo(name, level, term, session, meetingName, date(r.article(), r.text()));
    }

    /**
     * The sitting {@code part} names first: a name of {@link #MEETING}, or the presidium's sitting written with when and
     * where between (主席团举行第五次会议), which the headline and the lead write so and a later paragraph's sitting
     * (第三次全体会议, whose decisions the presidium took up) must not outweigh; in the headline and the lead also the
     * conveners' meeting ({@link #CONVENERS}).
     */
    private static String sittingIn(String part, boolean headlineOrLead) {
        Matcher meeting = first(MEETING, part, MEETING_BEGINS);
        Matcher held = first(PRESIDIUM_HELD, part, "主");
        if (held != null && (meeting == null || held.start() < meeting.start())) {
            return "主席团第" + held.group(1) + "次会议";
        }
        Matcher conveners = headlineOrLead ? first(CONVENERS, part, "各召") : null;
        if (conveners != null && (meeting == null || conveners.start() < meeting.start())) {
            return conveners.group();
        }
        return meeting == null ? null : meeting.group();
    }

    /**
     * The first match of {@code pattern} in {@code text}, as {@link Matcher#find()} gives it, for a pattern whose every
     * match begins with one of the characters {@code begins}: the pattern is tried only where one of them stands
     * (found by {@link String#indexOf(int, int)}), so a long body costs a character search, not an attempt of the
     * whole expression at every character.
     */
    private static Matcher first(Pattern pattern, String text, String begins) {
        int[] next = new int[begins.length()]; // where each beginning character stands next, -1: nowhere further
        for (int b = 0; b < next.length; b++) {
            next[b] = text.indexOf(begins.charAt(b));
        }
        Matcher m = null;
        while (true) {
            int b = nearest(next);
            if (b < 0) {
                return null;
            }
            int i = next[b];
            if (m == null) {
                // lookbehinds see the text before the region, as they do for find()
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (m.region(i, text.length()).lookingAt()) {
                return m;
            }
            next[b] = text.indexOf(begins.charAt(b), i + 1);
        }
    }

    /** The index of the smallest position of {@code next} that is not -1, or -1 when all are. */
    private static int nearest(int[] next) {
        int best = -1;
        for (int b = 0; b < next.length; b++) {
            if (next[b] >= 0 && (best < 0 || next[b] < next[best])) {
                best = b;
            }
        }
        return best;
    }

    /** The lead: the first paragraph (where a news report says what happened and when). */
    private static String lead(Article article) {
        return article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0);
    }

    /** The date of the sitting: the adoption line, else the date in the lead, with its year from the text. */
    private static LocalDate date(Article article, String text) {
        return date(article, text, false);
    }

    /**
     * As {@link #date(Article, String)}; for a standing committee's meeting ({@code ofACommittee}) a date the meeting
     * fixed for the session it convenes is not its own ({@link #fixedForALaterSitting}), while for that session it is.
     */
    private static LocalDate date(Article article, String text, boolean ofACommittee) {
        for (String paragraph : article.paragraphs()) {
            Matcher adoption = ADOPTION.matcher(paragraph); // a paragraph that is the adoption line, from its start
            if (adoption.lookingAt()) {
                return date(adoption.group(1), adoption.group(2), adoption.group(3));
            }
        }
        List<String> lead = leadParagraphs(article);
        for (String paragraph : lead) {
            Matcher delivered = DELIVERY.matcher(paragraph);
            if (delivered.find()) {
                return date(delivered.group(1), delivered.group(2), delivered.group(3));
            }
        }
        LocalDate dateline = null;
        for (String paragraph : lead) {
            LocalDate printed = dateline(paragraph);
            if (printed != null) {
                dateline = dateline == null ? printed : dateline; // the page's date, not the sitting's: read on
                continue;
            }
            LocalDate credited = dayAfterCredit(article, text, paragraph, ofACommittee, dateline);
            if (credited != null) {
                return credited;
            }
            Matcher full = FULL_DATE.matcher(paragraph);
            if (full.find() && !(ofACommittee && fixedForALaterSitting(paragraph, full.start()))) {
                return date(full.group(1), full.group(2), full.group(3));
            }
            Matcher day = DAY.matcher(paragraph);
            if (day.find()) {
                int month = Integer.parseInt(day.group(1));
                Integer year = year(article, text, month, day.group(1) + "月" + day.group(2) + "日");
                return year == null ? null : date(String.valueOf(year), day.group(1), day.group(2));
            }
        }
        // the date line the page prints in its lead (更新时间:2022-12-30) over an issue date read from elsewhere in the text
        LocalDate pageDate = dateline != null ? dateline : article.issueDate() != null ? article.issueDate() : datelineOf(article);
        LocalDate dayOnly = dayOfSitting(lead, pageDate, ofACommittee);
        if (dayOnly != null) {
            return dayOnly;
        }
        return signatureDate(article); // a page's date line is when it was printed, not when the congress sat (昨晚…举行)
    }

    /**
     * Whether the date at {@code at} is one a meeting fixed for a later sitting (省十三届人大五次会议定于2022年1月17日召开,
     * 会议决定，2022年1月17日在长沙召开…, 会议决定：…第三次会议于2009年7月24日在城关举行): the session the standing
     * committee convenes, not the day it met itself.
     */
    private static boolean fixedForALaterSitting(String paragraph, int at) {
        int sentence = Math.max(paragraph.lastIndexOf('。', at), paragraph.lastIndexOf('；', at)) + 1;
        int end = paragraph.indexOf('。', at);
        String whole = paragraph.substring(sentence, end < 0 ? paragraph.length() : end);
        if (!SESSION_CONVENED.matcher(whole).find()) {
            return false; // the committee's own meeting to come (常委会第三十一次会议将于2月23日召开) is its date
        }
        if (at >= 2 && (paragraph.startsWith("定于", at - 2) || paragraph.startsWith("将于", at - 2) || paragraph.startsWith("拟于", at - 2))) {
            return true;
        }
        String after = paragraph.substring(at, Math.min(paragraph.length(), at + 40));
        if (after.contains("通过") || after.contains("批准")) {
            return false; // …的决定(1992年7月1日…通过): the adoption of the decision, which is the meeting's day
        }
        return paragraph.substring(sentence, at).contains("决定"); // what a meeting decided is yet to come
    }

    /** A congress session named in a sentence (人民代表大会第五次会议, 人大五次会议), not a committee's meeting. */
    private static final Pattern SESSION_CONVENED = Pattern.compile("人民代表大会第" + N + "次会议|人大" + N + "次会议");

    /** A line that is only a date, as a page or a web dump prints it: 2021年01月20日, 2016/5/16, 2020-01-18 09:21 来源: 长江网. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?:(?:发布|发表)?时间[:：]\\s*)?(\\d{4})(?:[-/ ]|年 ?)(\\d{1,2})(?:[-/]|月)(\\d{1,2})日?(?:\\s*[\\d:]{4,8})?(?:\\s*(?:星期|周)[一二三四五六日天]?)?(?:\\s*来源[:：]?[^。，,]{0,20})?");

    private static LocalDate dateline(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph.strip());
        return m.matches() ? date(m.group(1), m.group(2), m.group(3))
                : Optional.ofNullable(publicationLine(paragraph)).orElseGet(() -> editionLine(paragraph));
    }

    /** What dates an edition or a posting on a line of chrome: a clock time after the date, a weekday, a page number. */
    private static final Pattern CLOCK = Pattern.compile("\\s*\\d{1,2}:\\d{2}");
    private static final Pattern EDITION_MARK = Pattern.compile("星期|周[一二三四五六日天]|\\d{1,2}版");

    /**
     * The date of a line of page chrome that dates the page, not the congress (NEWS.SOHU.COM 2003年02月26日09:45 新华网,
     * 光明日报 2023年03月05日 星期日, 《内蒙古日报》(2017年1月17日) 01版): a line without a sentence whose full date has a
     * clock time after it, or a weekday or page number beside it, is when the page was posted or printed. The report
     * below it says when the congress sat (1月16日下午…). Null for a line with a sentence, or a bare bracketed date
     * under a report's title (（2019年2月19日）), which is the report's own.
     */
    private static LocalDate editionLine(String paragraph) {
        if (!isChrome(paragraph)) {
            return null;
        }
        Matcher m = FULL_DATE.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        boolean marked = CLOCK.matcher(paragraph).region(m.end(), paragraph.length()).lookingAt() || EDITION_MARK.matcher(paragraph).find();
        return marked ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /**
     * A wire or paper credit's date: 新华社北京3月4日电, 深圳新闻网2024年1月25日讯, 红网双牌县分站3月20日讯 (电/讯 after the
     * date). It says when the report was filed, which is at or after the day the congress sat.
     */
    private static final Pattern CREDIT_DATE = Pattern.compile("(?:(\\d{4}) ?年)?(\\d{1,2})月(\\d{1,2})日(?:电|讯)");
    /** The days a report counts from its credit's date: 今天上午, 昨日, 昨晚, 前天. */
    private static final Pattern RELATIVE_DAY = Pattern.compile("今天|今日|今晨|今晚|昨天|昨日|昨晚|前天");
    /** A day written without its month (25日上午): the credit's month, or the one before for a later day. */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?<![\\d月年./-])(\\d{1,2})日");

    /**
     * The day a lead that opens with a credit reports: the first day its first sentence names after the credit — a
     * relative day counted from the credit's date (3月10日电 今天 → 3月10日; 2024年1月25日讯 昨日 → 1月24日), a date
     * (3月20日讯 3月19日上午 → 3月19日), a day of the credit's month (2月26日电 25日上午) — else the credit's date itself,
     * as before. Only the first sentence: what follows (大会将于2月14日开幕) is not the sitting reported. Null when the
     * paragraph has no credit, or a date before it (a photo caption's 3月5日 is read as it stands).
     */
    private static LocalDate dayAfterCredit(Article article, String text, String paragraph, boolean ofACommittee, LocalDate pageDate) {
        Matcher credit = CREDIT_DATE.matcher(paragraph);
        if (!credit.find()) {
            return null;
        }
        String before = paragraph.substring(0, credit.start());
        if (FULL_DATE.matcher(before).find() || DAY.matcher(before).find() || before.indexOf('。') >= 0) {
            return null;
        }
        String monthDay = credit.group(2) + "月" + credit.group(3) + "日";
        Integer year = credit.group(1) != null ? Integer.valueOf(credit.group(1))
                : yearOnPage(article, text, Integer.parseInt(credit.group(2)), monthDay, pageDate);
        LocalDate filed = year == null ? null : date(String.valueOf(year), credit.group(2), credit.group(3));
        if (filed == null) {
            return null;
        }
        int end = paragraph.indexOf('。', credit.end());
        String sentence = paragraph.substring(credit.end(), end < 0 ? paragraph.length() : end);
        Matcher relative = RELATIVE_DAY.matcher(sentence);
        Matcher full = FULL_DATE.matcher(sentence);
        Matcher day = DAY.matcher(sentence);
        Matcher alone = DAY_OF_MONTH.matcher(sentence);
        int at = Integer.MAX_VALUE;
        LocalDate reported = null;
        if (relative.find()) {
            at = relative.start();
            reported = filed.plusDays(relative.group().startsWith("昨") ? -1 : relative.group().startsWith("前") ? -2 : 0);
        }
        if (full.find() && full.start() < at) {
            at = full.start();
            reported = date(full.group(1), full.group(2), full.group(3));
        }
        if (day.find() && day.start() < at) {
            at = day.start();
            Integer dayYear = yearOnPage(article, text, Integer.parseInt(day.group(1)), day.group(1) + "月" + day.group(2) + "日", pageDate);
            reported = dayYear == null ? null : date(String.valueOf(dayYear), day.group(1), day.group(2));
        }
        if (alone.find() && alone.start() < at) {
            at = alone.start();
            int d = Integer.parseInt(alone.group(1));
            LocalDate month = d > filed.getDayOfMonth() ? filed.minusMonths(1) : filed;
            reported = date(String.valueOf(month.getYear()), String.valueOf(month.getMonthValue()), String.valueOf(d));
        }
        if (reported == null || ofACommittee && at != Integer.MAX_VALUE && fixedForALaterSitting(paragraph, credit.end() + at)) {
            return filed;
        }
        return reported;
    }

    /** A web page's publication date, labelled: 发布时间：2019-01-14 10:06:19, 发布日期:2026年02月10日. */
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:发布|发表|更新)(?:时间|日期)[:：]\\s*(\\d{4})(?:[-/]|年 ?)(\\d{1,2})(?:[-/]|月)(\\d{1,2})");

    /**
     * The date of a line of page chrome that labels its date as the page's publication (0次浏览 发布时间：2025-04-09,
     * 发布日期:2026年02月10日 11:18 浏览:[] 作者:…), whatever else the line holds: when the page was posted, never when
     * the congress sat, and the year of a day the lead writes alone. Null for a line with a sentence in it.
     */
    private static LocalDate publicationLine(String paragraph) {
        if (!isChrome(paragraph)) {
            return null;
        }
        Matcher m = PUBLISHED.matcher(paragraph);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /**
     * Whether a paragraph is a web page's chrome: no sentence, and a menu (three spaces or more between its words), a
     * breadcrumb (首页 > 新闻) or a labelled publication line. A title is none: it is read as part of the lead.
     */
    private static boolean isPageChrome(String paragraph) {
        if (!isChrome(paragraph)) {
            return false;
        }
        int spaces = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            spaces += c == ' ' || c == '\u3000' || c == '\t' ? 1 : 0;
        }
        return spaces >= 3 || paragraph.indexOf('>') >= 0 || PUBLISHED.matcher(paragraph).find();
    }

    /** Whether a paragraph holds no sentence (no ，。；！？ or comma): a title, a menu, a date or credit line. */
    private static boolean isChrome(String paragraph) {
        for (int i = 0; i < paragraph.length(); i++) {
            if ("，。；！？,;".indexOf(paragraph.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The first date line among an article's first paragraphs, or null. */
    private static LocalDate datelineOf(Article article) {
        return article.paragraphs().stream().limit(12).map(SessionParser::dateline).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    /**
     * 13日，县十七届人大常委会召开第二十八次会议; 福建省十二届人大二次会议12日在福州开幕: a lead that writes the day alone,
     * in the sentence that says the meeting sat, has its month and year from the page's date: of the page's month or the
     * month before, whichever puts the day nearer the page (news reports the last days and announces the next ones:
     * 19日开幕 on a page of the 18th is tomorrow, not a month ago). Null without a page date: a day alone says nothing else.
     * 今(26)日 and 昨（25）日, as many papers write today and yesterday, name their day of the month: a day alone too.
     */
    private static final Pattern DAY_ALONE = Pattern.compile(
            "(?<![\\d月年./-])(?:(?<=[今昨前][(（])(\\d{1,2})[)）]|(\\d{1,2}))日(?=[^。；]{0,40}(?:召开|举行|开幕|闭幕|会议))");

    private static LocalDate dayOfSitting(List<String> lead, LocalDate pageDate, boolean ofACommittee) {
        if (pageDate == null) {
            return null;
        }
        for (String paragraph : lead) {
            Matcher m = DAY_ALONE.matcher(paragraph);
            if (m.find() && !(ofACommittee && fixedForALaterSitting(paragraph, m.start()))) {
                int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                LocalDate thisMonth = date(String.valueOf(pageDate.getYear()), String.valueOf(pageDate.getMonthValue()), String.valueOf(day));
                LocalDate before = pageDate.minusMonths(1);
                LocalDate lastMonth = date(String.valueOf(before.getYear()), String.valueOf(before.getMonthValue()), String.valueOf(day));
                if (thisMonth == null || lastMonth == null) {
                    return thisMonth != null ? thisMonth : lastMonth;
                }
                long ahead = java.time.temporal.ChronoUnit.DAYS.between(pageDate, thisMonth);
                long back = java.time.temporal.ChronoUnit.DAYS.between(lastMonth, pageDate);
                return ahead <= back ? thisMonth : lastMonth;
            }
        }
        return null;
    }

    /**
     * Where a report's date of delivery or a news lead's date stands: the headline, then the first paragraphs until
     * {@link #LEAD_CHARACTERS} characters are read. One paragraph is not enough: a copied page often begins with a
     * title, a kicker or a source and time line before the sentence that says when the congress met.
     */
    private static List<String> leadParagraphs(Article article) {
        List<String> lead = new ArrayList<>();
        int read = 0;
        if (!article.headline().isEmpty()) {
            lead.add(article.headline());
        }
        for (String paragraph : article.paragraphs()) {
            if (read >= LEAD_CHARACTERS) {
                break;
            }
            lead.add(paragraph);
            // a web page's menus, breadcrumbs and posting or edition lines (首页 新闻 政务 …, 首页 > 新闻, 发布时间:…,
            // 2024年02月01日15:19 | 来源:…) are read past, not counted: the sentence that says when the congress met comes after them
            read += isPageChrome(paragraph) || editionLine(paragraph) != null ? 0 : paragraph.length();
        }
        return lead;
    }

    /**
     * The year of a month and day in a lead below a page date line ({@code pageDate}, as NEWS.SOHU.COM 2003年02月26日09:45
     * prints it): that line's year, or the year before for a month well after its own; else {@link #year}. The line
     * above the report dates it more surely than a date the reader found elsewhere on the page (1992年6月3日, the day
     * a mayor's career began).
     */
    private static Integer yearOnPage(Article article, String text, int month, String monthDay, LocalDate pageDate) {
        if (pageDate == null) {
            return year(article, text, month, monthDay);
        }
        return pageDate.getYear() - (month > pageDate.getMonthValue() + 1 ? 1 : 0);
    }

    /** A notice's date on its last lines (2018年11月28日 under the issuing body). */
    private static LocalDate signatureDate(Article article) {
        var paragraphs = article.paragraphs();
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - 3); i--) {
            if (paragraphs.get(i).length() > 20) {
                continue; // a signature line is short; a dated sentence is not one
            }
            Matcher m = FULL_DATE.matcher(paragraphs.get(i));
            if (m.find()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        return null;
    }

    /**
     * The year of a month and day: the same date written in full elsewhere; the issue date; the national congress
     * named (十四届全国人大二次会议 met in 2024); a five-year plan's last or first year; else the years written vote: a
     * year of plans (2025年…目标: this year, or next year's for a meeting late in the year), a year reviewed (2022年度,
     * 2022年…生产总值), which a congress early in the next year looks back on.
     */
    private static Integer year(Article article, String text, int month, String monthDay) {
        Integer written = yearWrittenWith(text, monthDay);
        if (written != null) {
            return written;
        }
        LocalDate issued = article.issueDate() != null ? article.issueDate() : datelineOf(article); // a web dump's 2020-01-18 09:21
        if (issued != null) {
            return issued.getYear() - (month > issued.getMonthValue() + 1 ? 1 : 0);
        }
        Integer npc = nationalCongressYear(Term.of(text), month);
        if (npc != null) {
            return npc;
        }
        return YearOfDay.vote(text, month); // the years the text names, as the issue date reads them
    }

    /** The year of the first 2026年1月22日 that writes {@code monthDay} (1月22日) in full, or null. */
    private static Integer yearWrittenWith(String text, String monthDay) {
        String withYear = "年" + monthDay;
        for (int at = text.indexOf(withYear); at >= 0; at = text.indexOf(withYear, at + 1)) {
            if (at >= 4 && isAsciiDigits(text, at - 4, at)) {
                return Integer.valueOf(text.substring(at - 4, at));
            }
        }
        return null;
    }

    private static boolean isAsciiDigits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** 十四届全国人大二次会议 / 第十四届全国人民代表大会第二次会议: the national congress meets in March, from 1978 (the 5th). */
    private static final Pattern NPC_SHORT = Pattern.compile("全国人大(" + N + ")次会议");
    private static final Pattern NPC_FULL = Pattern.compile("全国人民代表大会第(" + N + ")次会议");

    /** The year of a meeting in {@code month} of the national congress session the text names first, or null. */
    private static Integer nationalCongressYear(List<Term> terms, int month) {
        for (Term t : terms) {
            Matcher m = t.followedBy(NPC_SHORT);
            if (m == null && t.precededBy("第")) {
                m = t.followedBy(NPC_FULL);
            }
            if (m != null) {
                Integer term = toInt(t.number());
                Integer session = toInt(m.group(1));
                if (term != null && session != null && term >= 5 && session <= 5) {
                    // a January or February meeting looks back to last March's
                    return 1978 + (term - 5) * 5 + session - 1 + (month <= 2 ? 1 : 0);
                }
                return null; // the first session named decides
            }
        }
        return null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static SessionInfo.Level level(String place) {
        if (place == null) {
            return null;
        }
        if (place.equals("全国")) {
            return SessionInfo.Level.NATIONAL;
        }
        if (place.endsWith("省") || place.endsWith("自治区") || MUNICIPALITIES.contains(place)) {
            return SessionInfo.Level.PROVINCE;
        }
        if (place.endsWith("区")) {
            return SessionInfo.Level.DISTRICT;
        }
        if (place.endsWith("县") || place.endsWith("旗")) {
            return SessionInfo.Level.COUNTY;
        }
        // a township's congress (连州市三水瑶族乡第九届人民代表大会): the place ends in the township's own word
        if (TOWNSHIP_ENDINGS.stream().anyMatch(place::endsWith)) {
            return SessionInfo.Level.TOWNSHIP;
        }
        return SessionInfo.Level.CITY;
    }

    private static boolean isNumeral(char c) {
        return c >= '0' && c <= '9' || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static Integer toInt(String number) {
        if (number == null) {
            return null;
        }
        if (Character.isDigit(number.charAt(0))) {
            return Integer.valueOf(number);
        }
        var value = ChineseNumber.parse(number);
        return value.isPresent() ? (int) value.getAsDouble() : null;
    }
}
