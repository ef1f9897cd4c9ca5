package dev.newspipe.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which issue a page belongs to.
 *
 * @param issueDate the issue's date, which {@code 今年} and {@code 去年} are read against; {@code null} only for text
 *     that came from no file (standard input, unit tests)
 * @param source where the date came from, so a wrong date can be traced
 */
public record IssueMetadata(String paper, LocalDate issueDate, String page, Source source) {

    /** Metadata of text that came from no page file. */
    public static final IssueMetadata NONE = new IssueMetadata("unknown", null, "", Source.NONE);

    public enum Source {
        /** {@code NAME.json} beside the page. */
        SIDECAR,
        /** {@code <paper>/<yyyy-mm-dd>/<page>.txt}. */
        PATH,
        /** A date printed in the text; paper from configuration, page from the file name. */
        TEXT,
        /** The file's modification time; paper from configuration, page from the file name. */
        FILE_TIME,
        /** No file and no date: text given directly. */
        NONE;

        /** The name on the wire and in Elasticsearch: {@code sidecar}, {@code path}, {@code text}, {@code file_time}. */
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public IssueMetadata {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(source, "source");
        if (issueDate == null && source != Source.NONE) {
            throw new IllegalArgumentException("an issue date is required unless the text came from no file");
        }
    }

    /** The same issue with a date, as for text given directly with a known date. */
    public static IssueMetadata dated(LocalDate issueDate) {
        return issueDate == null ? NONE : new IssueMetadata(NONE.paper(), issueDate, NONE.page(), Source.NONE);
    }
}
