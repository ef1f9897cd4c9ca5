package dev.newspipe.core.read;

import dev.newspipe.core.model.IssueMetadata;
import dev.newspipe.core.model.PageRef;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The decoded text of one page file with its metadata.
 *
 * @param revision the file's modification time in ms: a corrected file has a higher one
 * @param encoding the encoding the bytes were read in
 */
public record IssuePage(Path source, IssueMetadata metadata, String text, long revision, Charset encoding) {

    public IssuePage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** Where the articles of this page stand. */
    public PageRef ref() {
        return new PageRef(metadata, source.getFileName().toString(), revision);
    }
}
