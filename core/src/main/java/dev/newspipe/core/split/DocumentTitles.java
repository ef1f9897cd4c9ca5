package dev.newspipe.core.split;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a document a congress or a government issues, printed on a page among other items: a resolution, a
 * decision, a notice or a circular names itself {@code …关于…的决议} ({@code 某区人大常委会关于批准2023年区本级财政决算的决议},
 * {@code 某市第五届人民代表大会第二次会议关于政府工作报告的决议}, {@code 关于召开…会议的通知}). Such a line is the head of a
 * document of its own, never a subhead inside another article: a report's subheads are its sections
 * ({@code 一、…}, {@code （二）…}), and an article that quotes a resolution quotes it in a sentence or in 《》.
 */
final class DocumentTitles {

    private DocumentTitles() {}

    /**
     * {@code …关于…的决议}: a 关于 phrase closed by the kind of document it names, the whole line ({@code 關于} too: a
     * conversion to traditional script often leaves 于, which stands for both 於 and 于).
     */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "^[^。，,；;：:！？!?《》“”]{0,40}(关于|關於|關于|关於)[^。，,；;：:！？!?]{2,60}的(决议|決議|决定|決定|公告|通知)$");

    /** The bodies that issue a notice or make a work report, in both scripts. Extend with a new body. */
    private static final String ISSUER = "(?:人民代表大会常务委员会|人民代表大會常務委員會|人民代表大会|人民代表大會|人大常委会|人大常委會"
            + "|人民政府|人民法院|人民检察院|人民檢察院)";
    /**
     * A document's own name, its issuer and its kind and nothing else: {@code 某市人民代表大会常务委员会公告},
     * {@code 全国人民代表大会常务委员会公告〔十三届〕第七号}, {@code 2021年某县人民代表大会常务委员会工作报告}, and a
     * statistical bulletin named by its place and year ({@code 某县2019年国民经济和社会发展统计公报}). A news headline
     * says what the body did ({@code 市人大常委会听取法院工作报告}), so no verb may stand between issuer and kind.
     */
    private static final Pattern DOCUMENT_NAME = Pattern.compile(
            "^(?:(?:19|20)\\d{2}年)?[\\p{IsHan}]{0,12}?" + ISSUER + "(?:公告|工作报告|工作報告)"
                    + "(?:\\s*[〔［\\[（(][^〕］\\]）)]{1,8}[〕］\\]）)])?(?:\\s*第[0-9一二三四五六七八九十百]+[号號])?$"
                    + "|^[\\p{IsHan}]{2,12}(?:19|20)\\d{2}年(?:度)?(?:国民经济和社会发展|國民經濟和社會發展)?(?:统计公报|統計公報)$");

    /** Whether the line is the title of a resolution, decision, notice or circular. */
    static boolean isDocumentTitle(String line) {
        return DOCUMENT_TITLE.matcher(line.strip()).matches();
    }

    /** The shortest issuer ({@code 某县人大常委会}) whose naming again opens the document's text. */
    private static final int ISSUER_MIN = 6;

    /**
     * Whether {@code text} opens by naming the issuer that the title names before its {@code 关于} phrase
     * ({@code 某市第五届人民代表大会第一次会议关于…的决议} over {@code 某市第五届人民代表大会第一次会议听取和审议了…}): a
     * resolution's text opens with the meeting that adopted it, as its title does, so the title heads that text
     * whatever the line above it (a paragraph a copy cut off mid-sentence, too).
     */
    static boolean textOpensWithIssuer(String title, String text) {
        if (!isDocumentTitle(title)) {
            return false; // (first: it rules out nearly every line, before the text under it is read)
        }
        String t = SPACES.matcher(title).replaceAll("");
        Matcher m = ABOUT.matcher(t);
        if (!m.find() || m.start() < ISSUER_MIN) {
            return false;
        }
        return SPACES.matcher(text).replaceAll("").startsWith(t.substring(0, m.start()));
    }

    private static final Pattern ABOUT = Pattern.compile("关于|關於|關于|关於");
    /** A copy may space out a title or the text's first words (某市 第五届…); the issuer is compared without them. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Whether the line is a document's own name, issuer and kind ({@code 某市人民代表大会常务委员会公告}, {@code …工作报告},
     * {@code 某县2019年国民经济和社会发展统计公报}): the head of that document. A report's subheads are its sections and
     * an article names a document in a sentence or in 《》, so such a line alone is never a subhead.
     */
    static boolean isDocumentName(String line) {
        return DOCUMENT_NAME.matcher(line.strip()).matches();
    }
}
