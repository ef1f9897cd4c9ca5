package dev.newspipe.core.session;

import dev.newspipe.core.entities.EntityExtractor;
import dev.newspipe.core.entities.TraditionalFold;
import dev.newspipe.core.figures.ChineseNumber;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.SessionInfo;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people's congress session an article belongs to: {@code 大同市第十六届人民代表大会第六次会议}, the short
 * forms {@code 市十六届人大六次会议} (the city taken from the text where it names one: 长治市 for an article that writes
 * 长治) and {@code 市政协十五届五次会议}, else a standing committee of a term with its numbered meeting
 * ({@code 县十八届人大常委会第十四次会议}); the sitting (第三次全体会议, 主席团第四次会议, 预备会议) and its date, the year
 * from the text when only month and day are written.
 */
public final class SessionParser {

    private static final String N = "[一二三四五六七八九十\\d]+";
    private static final String PLACE = "[\\p{IsHan}]{2,10}?(?:省|市|县|区|自治区|自治州|州|盟|旗)";
    private static final Pattern FULL = Pattern.compile(
            "第?(?<term>" + N + ")届(?<kind>全国人民代表大会|人民代表大会)第(?<session>" + N + ")次(?:会议|全体会议)?");
    private static final Pattern CPPCC_FULL = Pattern.compile(
            "(?:中国人民政治协商会议|政协)(?<place>" + PLACE + "|全国)?第(?<term>" + N + ")届委员会第(?<session>" + N + ")次会议");
    private static final Pattern SHORT_CONGRESS = Pattern.compile(
            "(?<place>全国|省|市|县|区)(?<term>" + N + ")届人大(?:常委会)?(?<session>" + N + ")次会议");
    /** 十四届全国人大三次会议: the national short form puts 全国 after the term (not its 精神 studied at a local meeting). */
    private static final Pattern SHORT_NATIONAL = Pattern.compile("(?<term>" + N + ")届全国人大(?<session>" + N + ")次会议(?!精神)");
    private static final Pattern SHORT_CPPCC = Pattern.compile(
            "(?<place>全国|省|市|县|区)政协(?<term>" + N + ")届(?<session>" + N + ")次会议");
    /** A standing committee of a term, with its numbered meeting where stated. */
    private static final Pattern STANDING = Pattern.compile(
            "第?(?<term>" + N + ")届(?<kind>全国人民代表大会常务委员会|全国人大常委会|人民代表大会常务委员会|人大常委会)"
                    + "(?:第(?<meeting>" + N + ")次会议)?");
    /** 全国人民代表大会常务委员会公告〔十二届〕第七号 */
    private static final Pattern STANDING_NOTICE = Pattern.compile(
            "(?<kind>人民代表大会常务委员会)公告[〔(【（]第?(?<term>" + N + ")届[〕)】）]");
    private static final Pattern MEETING = Pattern.compile(
            "(主席团(?:常务主席)?第" + N + "次(?:次)?会议|第" + N + "次全体会议|预备会议|主席团会议)");
    private static final Pattern PRESIDIUM_TYPO = Pattern.compile("主席团(?:举行)?第(" + N + ")次次?会");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern DAY = Pattern.compile("(?<!\\d|年)(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern ADOPTION = Pattern.compile("^[（(](\\d{4})年(\\d{1,2})月(\\d{1,2})日.{2,80}(?:通过|批准)[）)]");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})年(度)?(.{0,16})");
    private static final Pattern PLAN = Pattern.compile("项目|计划|目标|任务|安排|预算|总体要求");
    private static final Pattern NPC = Pattern.compile("(" + N + ")届全国人大(" + N + ")次会议|第(" + N + ")届全国人民代表大会第(" + N + ")次会议");
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六七八九])五”?规划(收官|开局)之年");

    public Optional<SessionInfo> parse(Article written) {
        // traditional script read as simplified (屆 as 届); the body names are given in simplified form
        Article article = Article.of(TraditionalFold.fold(written.kicker()), TraditionalFold.fold(written.title()),
                TraditionalFold.fold(written.subtitle()), written.paragraphs().stream().map(TraditionalFold::fold).toList(),
                written.issueDate(), null);
        String headline = article.headline();
        String body = article.body();
        String text = headline.isEmpty() ? body : headline + "\n" + body;
        if (text.indexOf('届') < 0) {
            return Optional.empty(); // every form names a term (第十六届, 十六届, 〔十二届〕): most articles end here, cheaply
        }
        Optional<SessionInfo> found = find(headline, text, article);
        if (found.isEmpty()) {
            found = find(body, text, article);
        }
        return found.isPresent() ? found : standing(text, article);
    }

    private Optional<SessionInfo> find(String where, String text, Article article) {
        Matcher m = FULL.matcher(where);
        if (m.find()) {
            String place = placeBefore(where, m.start());
            String kind = m.group("kind");
            String name = (place == null ? "" : place) + "第" + m.group("term") + "届" + kind;
            SessionInfo.Level level = kind.startsWith("全国") ? SessionInfo.Level.NATIONAL : level(place);
            return Optional.of(info(name, level, toInt(m.group("term")), toInt(m.group("session")), text, article));
        }
        m = SHORT_CONGRESS.matcher(where);
        if (m.find()) {
            String levelChar = m.group("place");
            Matcher full = FULL.matcher(text);
            String name;
            String fullPlace = full.find() ? placeBefore(text, full.start()) : null;
            if (fullPlace != null && fullPlace.length() > 1 && full.group("term").equals(m.group("term"))) {
                name = fullPlace + "第" + m.group("term") + "届" + full.group("kind");
            } else {
                name = place(levelChar, text) + "第" + m.group("term") + "届人民代表大会";
            }
            return Optional.of(info(name, level(levelChar), toInt(m.group("term")), toInt(m.group("session")), text, article));
        }
        m = SHORT_NATIONAL.matcher(where);
        if (m.find()) {
            return Optional.of(info("第" + m.group("term") + "届全国人民代表大会", SessionInfo.Level.NATIONAL, toInt(m.group("term")),
                    toInt(m.group("session")), text, article));
        }
        m = CPPCC_FULL.matcher(where);
        if (m.find()) {
            String place = m.group("place");
            String name = "政协" + (place == null ? "" : place) + "第" + m.group("term") + "届委员会";
            return Optional.of(info(name, level(place), toInt(m.group("term")), toInt(m.group("session")), text, article));
        }
        m = SHORT_CPPCC.matcher(where);
        if (m.find()) {
            String name = "政协" + place(m.group("place"), text) + "第" + m.group("term") + "届委员会";
            return Optional.of(info(name, level(m.group("place")), toInt(m.group("term")), toInt(m.group("session")), text, article));
        }
        return Optional.empty();
    }

    /** A standing committee's own business (by-elections, notices): the committee of its term, no congress session. */
    private Optional<SessionInfo> standing(String text, Article article) {
        Matcher m = STANDING.matcher(text);
        String place;
        String term;
        String meeting = null;
        boolean national;
        if (m.find()) {
            place = placeBefore(text, m.start());
            term = m.group("term");
            meeting = m.group("meeting") == null ? null : "第" + m.group("meeting") + "次会议";
            national = m.group("kind").startsWith("全国") || "全国".equals(place);
        } else {
            m = STANDING_NOTICE.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
            place = placeBefore(text, m.start());
            term = m.group("term");
            national = "全国".equals(place);
        }
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
        LocalDate date = signatureDate(article);
        return Optional.of(new SessionInfo(body, level, toInt(term), null, meeting, date));
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
        for (int k = from; k <= start - 2; k++) {
            String candidate = text.substring(k, start);
            char last = candidate.charAt(candidate.length() - 1);
            if ("省市县区州盟旗".indexOf(last) >= 0
                    && EntityExtractor.evidentPlace(candidate, last).map(candidate::equals).orElse(false)) {
                return candidate;
            }
        }
        if (start >= 1 && "省市县区".indexOf(text.charAt(start - 1)) >= 0) {
            return String.valueOf(text.charAt(start - 1));
        }
        return null;
    }

    /** The full name of the place a short form (市, 县) stands for, where the text names one; else the short form. */
    private static String place(String levelChar, String text) {
        if (levelChar.equals("全国")) {
            return "全国";
        }
        return EntityExtractor.evidentPlace(text, levelChar.charAt(0)).orElse(levelChar);
    }

    private SessionInfo info(String name, SessionInfo.Level level, Integer term, Integer session, String text, Article article) {
        Matcher meeting = MEETING.matcher(article.headline());
        String meetingName = meeting.find() ? meeting.group() : null;
        if (meetingName == null) {
            Matcher inBody = MEETING.matcher(lead(article));
            meetingName = inBody.find() ? inBody.group() : null;
        }
        if (meetingName == null) {
            Matcher anywhere = MEETING.matcher(article.body());
            meetingName = anywhere.find() ? anywhere.group() : null;
        }
        if (meetingName == null) {
            // 主席团举行第四次次会议 / 主席团第四次会: the typo'd forms the genre prints
            Matcher typo = PRESIDIUM_TYPO.matcher(text);
            meetingName = typo.find() ? "主席团第" + typo.group(1) + "次会议" : null;
        }
        return new SessionInfo(name, level, term, session, meetingName, date(article, text));
    }

    /** The lead: the first paragraph (where a news report says what happened and when). */
    private static String lead(Article article) {
        return article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0);
    }

    /** The date of the sitting: the adoption line, else the date in the lead, with its year from the text. */
    private static LocalDate date(Article article, String text) {
        for (String paragraph : article.paragraphs()) {
            Matcher adoption = ADOPTION.matcher(paragraph);
            if (adoption.find()) {
                return date(adoption.group(1), adoption.group(2), adoption.group(3));
            }
        }
        String lead = article.headline() + "\n" + lead(article);
        Matcher full = FULL_DATE.matcher(lead);
        if (full.find()) {
            return date(full.group(1), full.group(2), full.group(3));
        }
        Matcher day = DAY.matcher(lead);
        if (day.find()) {
            int month = Integer.parseInt(day.group(1));
            Integer year = year(article, text, month, day.group(1) + "月" + day.group(2) + "日");
            return year == null ? null : date(String.valueOf(year), day.group(1), day.group(2));
        }
        return signatureDate(article);
    }

    /** A notice's date on its last lines (2018年11月28日 under the issuing body). */
    private static LocalDate signatureDate(Article article) {
        var paragraphs = article.paragraphs();
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - 3); i--) {
            Matcher m = FULL_DATE.matcher(paragraphs.get(i));
            if (m.find() && paragraphs.get(i).length() <= 20) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        return null;
    }

    /**
     * The year of a month and day: the same date written in full elsewhere; the issue date; the national congress
     * named (十四届全国人大二次会议 met in 2024); a five-year plan's last or first year; a year of plans (2025年…目标:
     * this year, or next year's for a meeting late in the year); else a year reviewed (2022年度, 2022年…生产总值), which a
     * congress early in the next year looks back on.
     */
    private static Integer year(Article article, String text, int month, String monthDay) {
        Matcher full = Pattern.compile("(\\d{4})年" + monthDay).matcher(text);
        if (full.find()) {
            return Integer.valueOf(full.group(1));
        }
        if (article.issueDate() != null) {
            return article.issueDate().getYear() - (month > article.issueDate().getMonthValue() + 1 ? 1 : 0);
        }
        Matcher npc = NPC.matcher(text);
        if (npc.find()) {
            Integer term = toInt(npc.group(1) != null ? npc.group(1) : npc.group(3));
            Integer session = toInt(npc.group(2) != null ? npc.group(2) : npc.group(4));
            if (term != null && session != null && term >= 5 && session <= 5) {
                // the national congress meets in March: a January or February meeting looks back to last March's
                return 1978 + (term - 5) * 5 + session - 1 + (month <= 2 ? 1 : 0);
            }
        }
        Matcher plan = FIVE_YEAR_PLAN.matcher(text);
        if (plan.find()) {
            int start = 1966 + 5 * (10 + "一二三四五六七八九".indexOf(plan.group(1)) + 1 - 3);
            return plan.group(2).equals("收官") ? start + 4 : start;
        }
        Integer planned = null;
        Integer reviewed = null;
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            if (y.group(2) == null && PLAN.matcher(y.group(3)).find()) {
                planned = planned == null ? year : Math.max(planned, year);
            } else {
                reviewed = reviewed == null ? year : Math.max(reviewed, year);
            }
        }
        if (planned != null) {
            return month >= 10 ? planned - 1 : planned;
        }
        if (reviewed != null) {
            return month <= 3 ? reviewed + 1 : reviewed;
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
        if (place.endsWith("省") || place.endsWith("自治区")) {
            return SessionInfo.Level.PROVINCE;
        }
        if (place.endsWith("区")) {
            return SessionInfo.Level.DISTRICT;
        }
        if (place.endsWith("县") || place.endsWith("旗")) {
            return SessionInfo.Level.COUNTY;
        }
        return SessionInfo.Level.CITY;
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
