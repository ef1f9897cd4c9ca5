package dev.newspipe.ingest;

import java.nio.file.Path;
import java.util.List;

/** What became of one page file. */
public sealed interface IngestOutcome {

    Path file();

    /** Every article of the page was acknowledged by the broker. */
    record Published(Path file, List<String> articleIds) implements IngestOutcome {
        public Published {
            articleIds = List.copyOf(articleIds);
        }

        public int articles() {
            return articleIds.size();
        }
    }

    /** The file cannot be read as a page; it belongs in quarantine with this reason. */
    record Rejected(Path file, String reason) implements IngestOutcome {}

    /** The page was read but not (fully) acknowledged: try again later, nothing is lost. */
    record Failed(Path file, String error) implements IngestOutcome {}
}
