package dev.newspipe.ingest.watch;

import dev.newspipe.ingest.IngestOutcome;
import dev.newspipe.ingest.IssueIngestor;
import dev.newspipe.core.read.IssueFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A continuous inbox. Each page file is published, then moved to {@code done/} only after the broker
 * acknowledged all of its articles; an unreadable one goes to {@code quarantine/} with a {@code .reason}
 * file beside it. A file stays in the inbox until then, so after a crash it is simply redone, and the
 * stable article ids make that idempotent.
 *
 * <p>Polls instead of using a {@code WatchService}: it works the same on every file system (network
 * mounts and container volumes included), and a file is taken only once its size and time stopped
 * changing, so a half-copied file is never read.
 */
public final class InboxWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

    private final Path inbox;
    private final Path done;
    private final Path quarantine;
    private final IssueIngestor ingestor;
    private final Duration pollInterval;
    private final Map<Path, String> lastSeen = new HashMap<>();
    private volatile boolean running = true;

    public InboxWatcher(Path inbox, IssueIngestor ingestor, Duration pollInterval) {
        this.inbox = inbox;
        this.done = inbox.resolve("done");
        this.quarantine = inbox.resolve("quarantine");
        this.ingestor = ingestor;
        this.pollInterval = pollInterval;
        try {
            Files.createDirectories(done);
            Files.createDirectories(quarantine);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create inbox folders under " + inbox, e);
        }
    }

    /** Polls until {@link #close()} is called or the thread is interrupted. */
    public void run() {
        log.info("Watching {} (done: {}, quarantine: {})", inbox, done, quarantine);
        while (running && !Thread.currentThread().isInterrupted()) {
            pollOnce();
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One pass over the inbox: handles every file that has stopped changing since the last pass. */
    public int pollOnce() {
        int handled = 0;
        for (Path file : pageFiles()) {
            String signature = signature(file);
            if (signature == null || !signature.equals(lastSeen.put(file, signature))) {
                continue;
            }
            lastSeen.remove(file);
            handle(file);
            handled++;
        }
        return handled;
    }

    private void handle(Path file) {
        IngestOutcome outcome = ingestor.ingest(file);
        if (outcome instanceof IngestOutcome.Published p) {
            move(file, done);
            log.info("Published {} articles from {}", p.articles(), inbox.relativize(file));
        } else if (outcome instanceof IngestOutcome.Rejected r) {
            Path moved = move(file, quarantine);
            write(moved.resolveSibling(moved.getFileName() + ".reason"), r.reason() + "\n");
            log.warn("Quarantined {}: {}", file.getFileName(), r.reason());
        } else if (outcome instanceof IngestOutcome.Failed f) {
            log.warn("Will retry {}: {}", file.getFileName(), f.error());
        }
    }

    /** Pages anywhere under the inbox, so that {@code <paper>/<yyyy-mm-dd>/<page>.txt} folders are picked up too. */
    private List<Path> pageFiles() {
        try (Stream<Path> files = Files.walk(inbox)) {
            return files.filter(p -> !p.startsWith(done) && !p.startsWith(quarantine))
                    .filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot list {}: {}", inbox, e.toString());
            return List.of();
        }
    }

    private static String signature(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    /** Moves a page (and its sidecar) to the same relative place under {@code folder}; returns where it went. */
    private Path move(Path file, Path folder) {
        try {
            Path target = folder.resolve(inbox.relativize(file));
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                // keep the earlier one: a later file of the same name is a correction, not a duplicate
                Path earlier = target.resolveSibling(file.getFileName() + "." + Instant.now().toEpochMilli());
                Files.move(target, earlier, StandardCopyOption.ATOMIC_MOVE);
            }
            Path sidecar = IssueFileReader.sidecarOf(file);
            if (Files.exists(sidecar)) {
                Files.move(sidecar, target.resolveSibling(sidecar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + file + " to " + folder, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        running = false;
    }
}
