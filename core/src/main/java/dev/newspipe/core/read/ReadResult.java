package dev.newspipe.core.read;

/** What reading a page file gave: a page, or the reason it belongs in quarantine. */
public sealed interface ReadResult {

    record Page(IssuePage page) implements ReadResult {}

    record Rejected(String reason) implements ReadResult {}
}
