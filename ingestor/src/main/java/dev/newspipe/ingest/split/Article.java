package dev.newspipe.ingest.split;

import java.util.List;
import java.util.Objects;

/**
 * One article as a reader sees it on the page. Absent parts are {@code null}.
 *
 * @param seq 1-based position on the page
 * @param continuedFrom page named by {@code (上接第一版)}, or {@link #UNKNOWN_PAGE} for a fragment without a headline
 * @param continuesOn page named by {@code (下转第四版)}
 */
public record Article(int seq, String kicker, String title, String subtitle, String byline, List<String> paragraphs,
        String continuedFrom, String continuesOn) {

    /** {@code continuedFrom} of a fragment that starts without a headline and names no page. */
    public static final String UNKNOWN_PAGE = "unknown page";

    public Article {
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    }

    /** The paragraphs joined by newlines, as {@code newspipe split} prints them. */
    public String body() {
        return String.join("\n", paragraphs);
    }

    /** Title, else subtitle, else the start of the body: what a list of articles shows. */
    public String displayTitle() {
        if (title != null) {
            return title;
        }
        if (subtitle != null) {
            return subtitle;
        }
        String body = body();
        return body.length() <= 30 ? body : body.substring(0, 30) + "…";
    }
}
