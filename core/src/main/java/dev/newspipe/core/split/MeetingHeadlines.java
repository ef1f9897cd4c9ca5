package dev.newspipe.core.split;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline of meeting news: a line that names a numbered meeting and says it was held
 * ({@code 市六届人大常委会举行第三十二次会议}, {@code 某镇召开第十八届人民代表大会第一次会议},
 * {@code 自治区政协十一届十六次常委会议召开}, {@code 某县十一届六次会议闭幕 某某当选副县长}).
 *
 * <p>The genre reports each meeting in an item of its own, headed by such a line; inside an item the meeting is
 * reported in sentences, and a report's subheads are its sections or tasks, never "the Nth meeting was held". So such a
 * line, alone between a finished paragraph and a paragraph, heads the next item even where no blank line or dateline
 * says so (a page that sets every line off by a blank line, a page printed tight). A line that opens with a date is a
 * chronicle's entry (see {@link ChronicleEntries}), and a meeting's name alone ({@code 市六届人大常委会第三十二次会议})
 * may be a yearbook's subhead: neither is read here. Nor is the headline of the item above printed again
 * ({@link #sameEvent}), nor a headline under headless text, which may be the lead a page printed before its title.
 */
final class MeetingHeadlines {

    private MeetingHeadlines() {}

    private static final String NUMERAL = "0-9０-９〇零一二三四五六七八九十百两兩";
    /** A numbered meeting: a term ({@code 十三届}) or an ordinal meeting ({@code 第二次会议}, {@code 五次全体会议}). */
    private static final Pattern NUMBERED_MEETING = Pattern.compile("第?[" + NUMERAL + "]+[届屆]|第?[" + NUMERAL + "]+次[^，。]{0,6}(会议|會議|全会|全會)");
    /** The words that say a meeting was held. Extend with another. */
    private static final Pattern HELD = Pattern.compile("召开|召開|举行|舉行|开幕|開幕|闭幕|閉幕");
    /** A headline line: no sentence punctuation, not opening with a date or a figure. */
    private static final Pattern HEADLINE_LINE = Pattern.compile("^[^0-9０-９。，,；;！？!?：:]{6,40}$");

    /** A web page may space a headline out where the print runs it on; the event is compared without spaces. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Characters around the word that says a meeting was held that make one event ({@code 主席团举行第一次}). */
    private static final int SAME_EVENT_MIN = 6;

    /**
     * Whether {@code line} reports the event a {@code title} above already reports: both print the words around its
     * {@link #HELD} word together ({@code …主席团举行第一次会议} under {@code 自治区…主席团举行第一次会议 某某主持}). A web page
     * prints its headline again, longer, over the text; two items on one session (its opening and its closing) share
     * the session's name but not the event.
     */
    static boolean sameEvent(String title, String line) {
        if (title == null) {
            return false;
        }
        String t = SPACES.matcher(title).replaceAll("");
        String s = SPACES.matcher(line).replaceAll("");
        Matcher held = HELD.matcher(s);
        while (held.find()) {
            for (int from = 0; from <= held.start(); from++) {
                for (int to = s.length(); to >= held.end() && to - from >= SAME_EVENT_MIN; to--) {
                    if (t.contains(s.substring(from, to))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the line is the headline of a numbered meeting held. */
    static boolean reportsMeetingHeld(String line) {
        String s = line.strip();
        return HEADLINE_LINE.matcher(s).matches() && NUMBERED_MEETING.matcher(s).find() && HELD.matcher(s).find();
    }
}
