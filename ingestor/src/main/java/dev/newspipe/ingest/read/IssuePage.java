package dev.newspipe.ingest.read;

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
}
