package dev.newspipe.ingest.publish;

import java.time.Clock;

/**
 * Hands out page revisions: the ingest time in ms, at least 1 and always above the previous one. Not the
 * file's modification time, which can be before 1970 (a negative version Elasticsearch refuses) or go
 * backwards when a corrected file carries an older time; the page ingested last is the one that counts.
 */
public final class Revisions {

    private final Clock clock;
    private long last;

    public Revisions(Clock clock) {
        this.clock = clock;
    }

    /** The next revision: {@code max(clock, previous + 1, 1)}. */
    public synchronized long next() {
        last = Math.max(Math.max(clock.millis(), last + 1), 1);
        return last;
    }
}
