package dev.newspipe.enrich;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the enricher reads of an article: plain values, no Kafka or Avro types.
 *
 * @param issueDate the issue's date, which {@code 今年} and {@code 去年} are relative to
 */
public record ArticleText(String kicker, String title, String subtitle, List<String> paragraphs, LocalDate issueDate,
        String continuedFrom) {

    public ArticleText {
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        Objects.requireNonNull(issueDate, "issueDate");
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

    public String body() {
        return String.join("\n", paragraphs);
    }
}
