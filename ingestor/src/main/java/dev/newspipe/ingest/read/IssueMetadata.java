package dev.newspipe.ingest.read;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which issue a page belongs to.
 *
 * @param source where the metadata came from, so a wrong date can be traced
 */
public record IssueMetadata(String paper, LocalDate issueDate, String page, Source source) {

    public enum Source {
        /** {@code NAME.json} beside the page. */
        SIDECAR,
        /** {@code <paper>/<yyyy-mm-dd>/<page>.txt}. */
        PATH,
        /** The latest full date printed in the text; paper from configuration, page from the file name. */
        TEXT,
        /** The file's modification time; paper from configuration, page from the file name. */
        FILE_TIME
    }

    public IssueMetadata {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(source, "source");
    }
}
