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
        Matcher lead = DATED_LEAD.matcher(body);
        // paragraph i is body[at, end): matched in place (the region's anchoring bounds are the paragraph's ^ and end)
        for (int i = 0, at = 0; i < LEAD_PARAGRAPHS && at <= body.length(); i++) {
            int end = body.indexOf('\n', at);
            end = end < 0 ? body.length() : end;
            lead.region(at, end);
            if (lead.lookingAt()) { // the lead is anchored at the paragraph's start: find would only fail at every later character
                int year = Integer.parseInt(lead.group(1));
                return laterTime(body.substring(lead.end()), year);
            }
            at = end + 1;
        }
        return null;
    }

    /**
     * The first {@link #LATER_TIME} in {@code text} at least {@value #YEARS_LATER} years after {@code year}, as
     * {@code Matcher.find} would find them, but tried only where a find can start: every find holds its 年 four
     * characters after its start (1985年以来) or five (上世纪80年代), so only the places before each 年 are tried, not every
     * character of the body (most of which no year follows).
     */
    private static String laterTime(String text, int year) {
        // transparent bounds: the look-behind sees the text before a tried place, as find's would
        Matcher later = LATER_TIME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0; // where find would go on looking: after the last find
        for (int nian = text.indexOf('年'); nian >= 0; nian = text.indexOf('年', nian + 1)) {
            for (int start = nian - 5; start <= nian - 4; start++) {
                if (start < next) {
                    continue;
                }
                later.region(start, text.length());
                if (later.lookingAt()) {
                    int when = later.group(1) != null ? 1900 + 10 * Integer.parseInt(later.group(1)) : Integer.parseInt(later.group(2));
                    if (when >= year + YEARS_LATER) {
                        return year + "年 … " + later.group();
                    }
                    next = later.end();
                }
            }
        }
        return null;
    }
}
