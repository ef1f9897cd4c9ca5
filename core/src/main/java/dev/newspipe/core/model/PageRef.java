package dev.newspipe.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an article stands: the issue and page, the file it was read from and the revision of that file.
 *
 * @param sourceFile the file name the page was read from ({@code ""} for text given directly)
 * @param revision monotonic version of the page: a corrected page has a higher one
 */
public record PageRef(IssueMetadata issue, String sourceFile, long revision) {

    /** Text that came from no page file. */
    public static final PageRef NONE = new PageRef(IssueMetadata.NONE, "", 0);

    public PageRef {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(sourceFile, "sourceFile");
    }

    /** Text from no file whose issue date is known, as in {@code newspipe figures --date}. */
    public static PageRef dated(LocalDate issueDate) {
        return new PageRef(IssueMetadata.dated(issueDate), "", 0);
    }
}
