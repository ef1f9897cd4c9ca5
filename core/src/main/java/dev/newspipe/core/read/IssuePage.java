package dev.newspipe.core.read;

import dev.newspipe.core.model.IssueMetadata;
import dev.newspipe.core.model.PageRef;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The decoded text of one page file with its metadata.
 *
 * @param encoding the encoding the bytes were read in
 * @param replaced how many undecodable byte sequences became U+FFFD (0 for a clean file)
 */
public record IssuePage(Path source, IssueMetadata metadata, String text, Charset encoding, int replaced) {

    public IssuePage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }

    /**
     * Where the articles of this page stand. The revision is 0: a page gets its revision when it is published (the
     * ingestor's {@code Revisions}), not from the file, whose time can be anything.
     */
    public PageRef ref() {
        return new PageRef(metadata, source.getFileName().toString(), 0);
    }
}
