package dev.newspipe.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The one article model, from the splitter to the index: where it stands, what a reader sees on the page, and,
 * once enriched, what newspipe learned about it. Absent parts are {@code null}. Every adapter (Avro, JSON
 * Lines, Elasticsearch documents) maps to and from this record.
 *
 * @param seq 1-based position on the page
 * @param paragraphs the body, one paragraph each, as the splitter rejoined them
 * @param continuedFrom page named by {@code (上接第一版)}, or {@link #UNKNOWN_PAGE} for a fragment without a headline
 * @param continuesOn page named by {@code (下转第四版)}
 * @param enrichment category, figures, entities and session; {@code null} until enriched
 */
public record Article(PageRef page, int seq, String kicker, String title, String subtitle, String byline, List<String> paragraphs,
        String continuedFrom, String continuesOn, Enrichment enrichment) {

    /** {@code continuedFrom} of a fragment that starts without a headline and names no page. */
    public static final String UNKNOWN_PAGE = "unknown page";

    public Article {
        Objects.requireNonNull(page, "page");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    }

    /** A headed article on no page, for text given directly (the {@code figures} command, unit tests). */
    public static Article of(String kicker, String title, String subtitle, List<String> paragraphs, LocalDate issueDate,
            String continuedFrom) {
        return new Article(PageRef.dated(issueDate), 1, kicker, title, subtitle, null, paragraphs, continuedFrom, null, null);
    }

    public Article withEnrichment(Enrichment e) {
        return new Article(page, seq, kicker, title, subtitle, byline, paragraphs, continuedFrom, continuesOn, e);
    }

    public Article withPage(PageRef p) {
        return new Article(p, seq, kicker, title, subtitle, byline, paragraphs, continuedFrom, continuesOn, enrichment);
    }

    public boolean isEnriched() {
        return enrichment != null;
    }

    /** The issue's date ({@code null} for text from no file): what {@code 今年} and {@code 去年} mean. */
    public LocalDate issueDate() {
        return page.issue().issueDate();
    }

    /** The paragraphs joined by newlines, as {@code newspipe split} prints them; figure offsets point into it. */
    public String body() {
        return String.join("\n", paragraphs);
    }

    /** Kicker, title and subtitle as one line; empty for a fragment without a headline. */
    public String headline() {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {kicker, title, subtitle}) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(part);
            }
        }
        return out.toString();
    }

    public boolean hasHeadline() {
        return title != null || kicker != null;
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

    /**
     * Paper, issue date, page and position: the same file ingested again gives the same id, and a corrected file
     * replaces its articles instead of adding new ones.
     */
    public String id() {
        IssueMetadata meta = page.issue();
        return sha256(meta.paper() + '\u0000' + meta.issueDate() + '\u0000' + meta.page() + '\u0000' + seq).substring(0, 24);
    }

    /** SHA-256 of what the reader sees: equal hashes mean an unchanged article. */
    public String contentHash() {
        return sha256(String.join("\u0000", String.valueOf(kicker), String.valueOf(title), String.valueOf(subtitle),
                String.valueOf(byline), body(), String.valueOf(continuedFrom), String.valueOf(continuesOn)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
