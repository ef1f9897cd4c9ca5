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
 * <p>Crash-safe moves: the sidecar is copied first, then the page is moved atomically, then the inbox copy of
 * the sidecar is deleted. A crash before the page moved leaves page and sidecar in the inbox, so the page is
 * redone with the same metadata and therefore the same article ids; a crash after it leaves only a sidecar
 * whose identical copy is already in {@code done/} or {@code quarantine/}, which the next pass removes. The
 * watch loop survives any exception from the file system: the file stays where it is and is tried again.
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
            try {
                pollOnce();
            } catch (RuntimeException e) {
                log.warn("Inbox pass failed, trying again in {}: {}", pollInterval, e.toString());
            }
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
        List<Path> pages = pageFiles();
        removeOrphanSidecars(pages);
        for (Path file : pages) {
            String signature = signature(file);
            if (signature == null || !signature.equals(lastSeen.put(file, signature))) {
                continue;
            }
            lastSeen.remove(file);
            try {
                handle(file);
                handled++;
            } catch (IOException | RuntimeException e) {
                // the page stays in the inbox and is redone under the same ids on a later pass
                log.warn("Cannot finish {}, will retry: {}", file.getFileName(), e.toString());
            }
        }
        return handled;
    }

    private void handle(Path file) throws IOException {
        IngestOutcome outcome = ingestor.ingest(file);
        if (outcome instanceof IngestOutcome.Published p) {
            move(file, done);
            log.info("Published {} articles from {}", p.articles(), inbox.relativize(file));
        } else if (outcome instanceof IngestOutcome.Rejected r) {
            // the reason first: a crash between the two leaves the page in the inbox, to be quarantined again
            Path target = targetOf(file, quarantine);
            Files.createDirectories(target.getParent());
            write(target.resolveSibling(target.getFileName() + ".reason"), r.reason() + "\n");
            move(file, quarantine);
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

    /** Where a page goes under {@code folder}: the same relative place it had in the inbox. */
    private Path targetOf(Path file, Path folder) {
        return folder.resolve(inbox.relativize(file));
    }

    /**
     * Moves a page and its sidecar to the same relative place under {@code folder}, so that a crash at any instant
     * redoes the page under the same ids: the sidecar is copied first, then the page is moved, then the sidecar in the
     * inbox is deleted (a leftover one is removed on a later pass, see {@link #removeOrphanSidecars}).
     */
    private void move(Path file, Path folder) throws IOException {
        Path target = targetOf(file, folder);
        Files.createDirectories(target.getParent());
        Path sidecar = IssueFileReader.sidecarOf(file);
        Path sidecarTarget = target.resolveSibling(sidecar.getFileName());
        boolean hasSidecar = Files.isRegularFile(sidecar);
        if (Files.exists(target)) {
            // keep the earlier one: a later file of the same name is a correction, not a duplicate
            String suffix = "." + Instant.now().toEpochMilli();
            Files.move(target, target.resolveSibling(file.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
            if (hasSidecar && Files.exists(sidecarTarget)) {
                Files.move(sidecarTarget, target.resolveSibling(sidecar.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        if (hasSidecar) {
            Files.copy(sidecar, sidecarTarget, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        if (hasSidecar) {
            Files.deleteIfExists(sidecar);
        }
    }

    /**
     * Sidecars left in the inbox by a crash after their page was moved: no page beside them, and an identical
     * copy in {@code done/} or {@code quarantine/}. A sidecar dropped before its page has no such copy and stays.
     */
    private void removeOrphanSidecars(List<Path> pages) {
        List<Path> sidecars;
        try (Stream<Path> files = Files.walk(inbox)) {
            sidecars = files.filter(p -> !p.startsWith(done) && !p.startsWith(quarantine))
                    .filter(p -> p.getFileName().toString().endsWith(".json")).filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return;
        }
        for (Path sidecar : sidecars) {
            if (pages.stream().anyMatch(page -> IssueFileReader.sidecarOf(page).equals(sidecar))) {
                continue;
            }
            try {
                for (Path folder : List.of(done, quarantine)) {
                    Path copy = targetOf(sidecar, folder);
                    if (Files.isRegularFile(copy) && Files.mismatch(copy, sidecar) == -1) {
                        Files.delete(sidecar);
                        log.info("Removed {}: its page was already moved to {}", sidecar.getFileName(), folder.getFileName());
                        break;
                    }
                }
            } catch (IOException e) {
                log.warn("Cannot check sidecar {}: {}", sidecar.getFileName(), e.toString());
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        running = false;
    }
}
