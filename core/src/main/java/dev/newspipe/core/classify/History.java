package dev.newspipe.core.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text tells a sitting as history: its lead dates a sitting of a congress in a year, and the text goes on
 * to speak of a time at least {@value #YEARS_LATER} years later as past (1966年7月7日，三届全国人大常委会举行第二十三次会议…
 * and then 上世纪80年代彭真当委员长时…). News of a sitting is written days after it, so the latest past it speaks of is
 * the sitting's year; a feature, an anniversary piece or an anecdote looks back on the sitting from later. Years a
 * report plans for (到2035年, 2030年前, 实现2000年翻两番) are no time looked back from: a year counts only as a time
 * things happened in or since (1985年以来, 2004年后).
 */
final class History {

    /** How far after the sitting a later time must be to make the sitting history. */
    static final int YEARS_LATER = 10;
    /** The paragraphs looked at for the dated lead. */
    private static final int LEAD_PARAGRAPHS = 3;

    /** A lead dated with its year at the start (1966年7月7日, 1960年3月30日至4月10日), naming a congress's sitting in its sentence. */
    private static final Pattern DATED_LEAD = Pattern.compile("^[^。]{0,24}?((?:1[89]|20)\\d\\d)年\\d{1,2}月[^。]{0,80}?(?:会议|人大|人民代表大会)");
    /**
     * A later time spoken of as past: a decade of the last century (上世纪80年代), or a year told as a time things happened
     * in or since (1985年以来, 1993年时, 2004年后). A bare year may be one a plan aims at (实现2000年翻两番), so it is none.
     */
    private static final Pattern LATER_TIME = Pattern.compile(
            "上世纪([1-9])0年代|(?<!到|至|迄|于|迈向|展望|[\\d-—~～])((?:1[89]|20)\\d\\d)年(?:以来|以后|之后|后|时|间|起|初|底|末)(?!前)");

    private History() {}

    /** The dated lead and the later time, or null when the text does not tell a sitting as history. */
    static String toldAsHistory(String body) {
        if (body.indexOf('年') < 0) {
            return null;
        }
        String[] paragraphs = body.split("\n", LEAD_PARAGRAPHS + 1);
        int at = 0; // where paragraph i starts in the body
        for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, paragraphs.length); at += paragraphs[i].length() + 1, i++) {
            Matcher lead = DATED_LEAD.matcher(paragraphs[i]);
            if (lead.find()) {
                int year = Integer.parseInt(lead.group(1));
                Matcher later = LATER_TIME.matcher(body);
                later.region(at + lead.end(), body.length());
                while (later.find()) {
                    int when = later.group(1) != null ? 1900 + 10 * Integer.parseInt(later.group(1)) : Integer.parseInt(later.group(2));
                    if (when >= year + YEARS_LATER) {
                        return year + "年 … " + later.group();
                    }
                }
                return null;
            }
        }
        return null;
    }
}
