package dev.newspipe.core.classify;

import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import dev.newspipe.core.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what kind of article a text is, headline first: the headline says what an article is, the
 * body only what it talks about. So a resolution about a work report is a resolution, and a session
 * report that summarises the work report is a session notice. Only a fragment without a headline is judged
 * by its body, where a continued work report shows in its vocabulary.
 *
 * <p>Rules in order; the first that fires decides. Confidence reflects how specific the rule is.
 */
public final class ArticleClassifier {

    private static final Pattern RESOLUTION_TITLE = Pattern.compile("关于.{2,80}的(决议|决定)(（草案）|\\(草案\\))?$");
    private static final Pattern RESOLUTION_WORD = Pattern.compile("(决议|决定)(（草案）|\\(草案\\))?$");
    private static final Pattern ADOPTION = Pattern.compile("^[（(].{4,80}(会议|委员会).{0,20}通过[）)]$");
    /** Congress and CPPCC bodies; a bare 常委会 is usually the party's (市委常委会), so it does not count. */
    private static final Pattern CONGRESS = Pattern.compile("(人民代表大会|人大常委会|人大|政协|政治协商会议|主席团)");
    /** Issuers whose 决定 is not a congress resolution. */
    private static final Pattern OTHER_ISSUER = Pattern.compile("(中共|中国共产党|党委|市委|省委|县委|区委|党组|人民政府|国务院|办公厅|办公室)");
    private static final Pattern NOTICE_TITLE = Pattern.compile("公告$|公告[（(]第");
    private static final Pattern NOTICE_NUMBER = Pattern.compile("^[（(]第\\s*[0-9一二三四五六七八九十]+\\s*号[）)]");
    private static final Pattern PROCEEDINGS = Pattern.compile(
            "(预备会议|开幕|闭幕|全体会议|主席团|选举|举行|召开|胜利|隆重|分组审议|大会发言|代表团|第[一二三四五六七八九十\\d]+次会议)");
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "(政府|常委会|常务委员会|法院|检察院)工作报告$|^(政府)?工作报告$|作.{0,12}工作报告$|工作报告[（(]摘要[)）]$|工作报告摘要$");
    private static final Pattern REPORT_SPEECH = Pattern.compile("^——.{0,30}在.{2,40}会议上");
    private static final Pattern REPORT_VOCABULARY = Pattern.compile(
            "各位代表|过去一年|过去五年|一年来|今后五年|今年政府工作|政府工作|我们(将|要|坚持|把|深入|持续|大力|加快|着力)|"
                    + "主要预期目标|工作回顾|工作任务|总体要求|下转第|上接第|[（(][一二三四五六七八九十][）)]");

    public Classification classify(Article article) {
        String title = nullToEmpty(article.title());
        String headline = article.headline();
        String firstParagraphs = String.join("\n", article.paragraphs().subList(0, Math.min(2, article.paragraphs().size())));

        String adoption = article.paragraphs().subList(0, Math.min(2, article.paragraphs().size())).stream()
                .filter(p -> ADOPTION.matcher(p).matches()).findFirst().orElse(null);
        if (RESOLUTION_TITLE.matcher(title).find()) {
            if (CONGRESS.matcher(title).find() || adoption != null && (CONGRESS.matcher(adoption).find() || !OTHER_ISSUER.matcher(title).find())) {
                return result(Category.RESOLUTION, 0.95, "title names a 决议/决定 of a congress: " + abbreviate(title));
            }
            if (OTHER_ISSUER.matcher(title).find()) {
                return new Classification(Category.OTHER, 0.7, List.of("决议/决定 of a party or government body, not a congress: "
                        + abbreviate(title)));
            }
            return result(Category.RESOLUTION, 0.75, "title names a 决议/决定: " + abbreviate(title));
        }
        if (adoption != null && RESOLUTION_WORD.matcher(title).find()) {
            return result(Category.RESOLUTION, 0.9, "adoption line " + abbreviate(adoption));
        }
        if (REPORT_TITLE.matcher(title).find() || REPORT_TITLE.matcher(nullToEmpty(article.kicker())).find()
                || REPORT_SPEECH.matcher(nullToEmpty(article.subtitle())).find() && title.contains("报告")) {
            return result(Category.WORK_REPORT, 0.9, "headline is a work report: " + abbreviate(headline));
        }
        if (NOTICE_TITLE.matcher(title).find() && CONGRESS.matcher(headline).find()) {
            return result(Category.SESSION_NOTICE, 0.95, "notice (公告) of " + group(CONGRESS, headline));
        }
        if (NOTICE_NUMBER.matcher(firstParagraphs).find() && CONGRESS.matcher(headline + firstParagraphs).find()) {
            return result(Category.SESSION_NOTICE, 0.9, "numbered notice " + group(NOTICE_NUMBER, firstParagraphs));
        }
        Matcher congress = CONGRESS.matcher(title);
        if (congress.find()) {
            Matcher proceedings = PROCEEDINGS.matcher(title);
            if (proceedings.find()) {
                return result(Category.SESSION_NOTICE, 0.85,
                        "title reports session proceedings: " + congress.group() + " … " + proceedings.group());
            }
        }
        if (!article.hasHeadline()) {
            List<String> vocabulary = vocabulary(article.body());
            if (vocabulary.size() >= 2 || article.continuedFrom() != null && !vocabulary.isEmpty()) {
                double confidence = Math.min(0.85, 0.55 + 0.05 * vocabulary.size());
                List<String> cues = new ArrayList<>();
                cues.add(article.continuedFrom() != null ? "fragment continued from " + article.continuedFrom() : "fragment without headline");
                cues.add("work report vocabulary: " + String.join("、", vocabulary.subList(0, Math.min(5, vocabulary.size()))));
                return new Classification(Category.WORK_REPORT, confidence, cues);
            }
        }
        List<String> cues = new ArrayList<>();
        cues.add("no rule for session notices, resolutions or work reports fired");
        double confidence = 0.75;
        if (CONGRESS.matcher(headline).find()) {
            cues.add("headline mentions " + group(CONGRESS, headline) + " but not as notice, resolution or report");
            confidence = 0.6;
        }
        return new Classification(Category.OTHER, confidence, cues);
    }

    private static List<String> vocabulary(String body) {
        List<String> found = new ArrayList<>();
        Matcher m = REPORT_VOCABULARY.matcher(body);
        while (m.find()) {
            if (!found.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static Classification result(Category category, double confidence, String cue) {
        return new Classification(category, confidence, List.of(cue));
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : "";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
