package dev.newspipe.core.split;

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

    /** Whether the line is the title of a resolution, decision, notice or circular. */
    static boolean isDocumentTitle(String line) {
        return DOCUMENT_TITLE.matcher(line.strip()).matches();
    }
}
