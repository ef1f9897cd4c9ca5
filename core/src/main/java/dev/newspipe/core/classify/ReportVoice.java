package dev.newspipe.core.classify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose voice an opening speaks in: a work report's own (the reporting body reviewing its period, 一年来，常委会…; 过去一年，
 * 我们…; its address to the plenary, 请予审议) or a reporter's telling a sitting (a dateline, 记者, 会议听取了…报告, 代表们认为).
 *
 * <p>A standing committee's report is full of session words (人大常委会, 审议, 全体会议, 人大代表) because its subject is the
 * committee's own sittings; a court's or a procuratorate's tells its cases. What sets the report apart from news of the
 * session that heard it is who speaks: the reporting body about itself, with no reporter and no sitting told from outside.
 * Session news that quotes a report at length still has its reporter (the dateline, 会议听取…), so it keeps its category.
 *
 * <p>To teach it a new shape, add a row to {@link #OWN_VOICE} or {@link #NEWS_VOICE}.
 */
final class ReportVoice {

    /** The bodies that deliver a work report to a congress: a government, a congress's standing committee, a court, a procuratorate. */
    private static final String REPORTING_BODY = "(全国人大常委会|[^。，,；;\\n]{0,14}?(?:人民代表大会常务委员会|人大常委会|人民政府|政府|人民法院|法院|人民检察院|检察院|检察机关)"
            + "|常委会|本届常委会|我们)";

    /** A period a report reviews (一年来, 过去五年, 本届以来): news tells a day, a report its year or its term. */
    private static final String PERIOD = "(?:一年来|过去一年|五年来|过去五年|本届以来|本届任期内)";

    /** The report's own voice, one shape a row. */
    private static final List<Pattern> OWN_VOICE = List.of(
            // the period reviewed, then the reporting body as the subject (一年来，在…领导下，全国人大常委会坚持…; 过去一年，我们…)
            Pattern.compile(PERIOD + "[，,]?(?:在[^。；;\\n]{0,60}?下[，,])?" + REPORTING_BODY
                    + "(?:坚持|深入|持续|着力|始终|紧紧|认真|全面|依法|共|积极|切实|扎实|围绕|聚焦|贯彻|以|把|在|不断|主动|加强|推动|推进|聚力|牢牢)"),
            // its address to the plenary
            Pattern.compile("请予审议|请予审查|请各位代表(?:审议|提出意见)"));

    /**
     * A reporter's telling of a sitting: a dateline, the reporter, a meeting that heard or deliberated the report, the
     * deputies' views, a sitting opened on a day.
     */
    private static final Pattern NEWS_VOICE = Pattern.compile(
            "\\d{1,2}月\\d{1,2}日电|本报讯|[（(]记者|记者[^。]{0,12}(?:报道|获悉|了解|采访|从)|听取(?:并审议|和审议|审议)?了|会议听取|审议了|代表们|代表委员们"
                    + "|(?:会议|大会)[^。]{0,20}(?:隆重)?(?:开幕|闭幕)|\\d{1,2}日(?:上午|下午|晚)?[^。]{0,30}(?:举行|开幕|闭幕|召开)");

    /** Bodies whose reports are no congress's work report: the CPPCC's and a party committee's. */
    private static final Pattern NOT_A_CONGRESS_BODY = Pattern.compile("政协|党委|党组|中共|[省市县区州]委(?!员)");

    private ReportVoice() {}

    /** What in {@code text} speaks as the report itself, or {@code null}: nothing does, or a reporter tells it. */
    static String ownVoice(String text) {
        if (NEWS_VOICE.matcher(text).find()) {
            return null;
        }
        for (Pattern p : OWN_VOICE) {
            for (Matcher m = p.matcher(text); m.find();) {
                String body = m.groupCount() > 0 ? m.group(1) : null; // the speaking body, where the shape names one
                if (body == null || !NOT_A_CONGRESS_BODY.matcher(body).find()) {
                    return m.group();
                }
            }
        }
        return null;
    }
}
