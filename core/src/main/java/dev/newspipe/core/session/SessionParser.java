package dev.newspipe.core.session;

import dev.newspipe.core.model.SessionInfo;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.figures.ChineseNumber;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the session an article belongs to: {@code 大同市第十六届人民代表大会第六次会议}, the short forms
 * {@code 市十六届人大六次会议} and {@code 市政协十五届五次会议}, the meeting (第三次全体会议, 主席团第四次会议,
 * 预备会议) and its date (from the adoption line, else the first date in the text).
 */
public final class SessionParser {

    private static final String N = "[一二三四五六七八九十\\d]+";
    private static final Pattern FULL = Pattern.compile(
            "(?<place>[\\p{IsHan}]{2,10}?(?:省|市|县|区|自治区|自治州|州|盟|旗)|全国)?第(?<term>" + N + ")届"
                    + "(?<kind>全国人民代表大会|人民代表大会常务委员会|人民代表大会|委员会)第(?<session>" + N + ")次(?:会议|全体会议)?");
    private static final Pattern CPPCC_FULL = Pattern.compile(
            "(?:中国人民政治协商会议|政协)(?<place>[\\p{IsHan}]{2,10}?(?:省|市|县|区|自治区|州)|全国)?第(?<term>" + N + ")届委员会第(?<session>"
                    + N + ")次会议");
    private static final Pattern SHORT_CONGRESS = Pattern.compile(
            "(?<place>全国|省|市|县|区)(?<term>" + N + ")届人大(?:常委会)?(?<session>" + N + ")次会议");
    private static final Pattern SHORT_CPPCC = Pattern.compile(
            "(?<place>全国|省|市|县|区)政协(?<term>" + N + ")届(?<session>" + N + ")次会议");
    private static final Pattern MEETING = Pattern.compile(
            "(主席团(?:常务主席)?第" + N + "次(?:次)?会议|第" + N + "次全体会议|预备会议|开幕会|闭幕会|主席团会议)");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern ADOPTION = Pattern.compile("^[（(](\\d{4})年(\\d{1,2})月(\\d{1,2})日.{2,80}通过[）)]");

    public Optional<SessionInfo> parse(Article article) {
        String headline = article.headline();
        String body = article.body();
        Optional<SessionInfo> found = find(headline, body, article);
        return found.isPresent() ? found : find(body, body, article);
    }

    private Optional<SessionInfo> find(String text, String body, Article article) {
        if (text.indexOf('届') < 0) {
            return Optional.empty(); // every form names a term (第十六届, 十六届): a text without 届 need not be searched
        }
        Matcher m = FULL.matcher(text);
        if (findNearTerm(m, text)) {
            String place = m.group("place");
            String kind = m.group("kind");
            String name = (place == null ? "" : place) + "第" + m.group("term") + "届" + kind;
            SessionInfo.Level level = kind.startsWith("全国") ? SessionInfo.Level.NATIONAL : level(place);
            return Optional.of(info(name, level, m.group("term"), m.group("session"), text, body, article));
        }
        m = CPPCC_FULL.matcher(text);
        if (findNearTerm(m, text)) {
            String place = m.group("place");
            String name = "政协" + (place == null ? "" : place) + "第" + m.group("term") + "届委员会";
            return Optional.of(info(name, level(place), m.group("term"), m.group("session"), text, body, article));
        }
        m = SHORT_CONGRESS.matcher(text);
        if (m.find()) {
            Optional<SessionInfo> full = find(body.equals(text) ? "" : body, "", article).filter(s -> s.body().contains("人民代表大会"));
            String name = full.map(SessionInfo::body).orElse(m.group("place") + "第" + m.group("term") + "届人民代表大会");
            return Optional.of(info(name, level(m.group("place")), m.group("term"), m.group("session"), text, body, article));
        }
        m = SHORT_CPPCC.matcher(text);
        if (m.find()) {
            String name = "政协" + m.group("place") + "第" + m.group("term") + "届委员会";
            return Optional.of(info(name, level(m.group("place")), m.group("term"), m.group("session"), text, body, article));
        }
        return Optional.empty();
    }

    /**
     * {@code m.find()} on the text, searched only around each 届: a full name ends within a few characters after
     * its 届 and starts at most {@link #REACH} before it (place, 第, term). The same first match as a search of the
     * whole text, without trying the place pattern at every character of a long article.
     */
    private static boolean findNearTerm(Matcher m, String text) {
        for (int i = text.indexOf('届'); i >= 0; i = text.indexOf('届', i + 1)) {
            m.region(Math.max(0, i - REACH), Math.min(text.length(), i + REACH));
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    private static final int REACH = 40;

    private SessionInfo info(String name, SessionInfo.Level level, String term, String session, String text, String body,
            Article article) {
        Matcher meeting = MEETING.matcher(text);
        String meetingName = meeting.find() ? meeting.group() : null;
        if (meetingName == null) {
            Matcher inBody = MEETING.matcher(body);
            meetingName = inBody.find() ? inBody.group() : null;
        }
        return new SessionInfo(name, level, toInt(term), toInt(session), meetingName, date(article));
    }

    private static LocalDate date(Article article) {
        for (String paragraph : article.paragraphs()) {
            Matcher adoption = ADOPTION.matcher(paragraph);
            if (adoption.find()) {
                return date(adoption.group(1), adoption.group(2), adoption.group(3));
            }
        }
        Matcher m = FULL_DATE.matcher(article.body());
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
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
        if (place.endsWith("县") || place.endsWith("区") || place.endsWith("旗")) {
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
