package dev.newspipe.cli;

import dev.newspipe.ingest.read.IssueFileReader;
import dev.newspipe.ingest.read.IssuePage;
import dev.newspipe.ingest.read.ReadResult;
import dev.newspipe.ingest.split.Article;
import dev.newspipe.ingest.split.ArticleSplitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Page files named on the command line: files as given, folders searched for {@code *.txt}. */
final class PageFiles {

    /** What to do with each article of each page that could be read. */
    @FunctionalInterface
    interface ArticleSink {
        void accept(Path file, IssuePage page, Article article);
    }

    private PageFiles() {}

    /**
     * Reads and splits every page; an unreadable one is reported on {@code err} with its reason.
     *
     * @return how many files could not be read
     */
    static int splitEach(List<Path> paths, PrintWriter err, ArticleSink sink) {
        IssueFileReader reader = new IssueFileReader(64L * 1024 * 1024, "unknown", ZoneId.of("Asia/Shanghai"));
        ArticleSplitter splitter = new ArticleSplitter();
        int failed = 0;
        for (Path file : expand(paths)) {
            ReadResult read = reader.read(file);
            if (read instanceof ReadResult.Rejected r) {
                err.println(file + ": " + r.reason());
                failed++;
                continue;
            }
            IssuePage page = ((ReadResult.Page) read).page();
            for (Article article : splitter.split(page.text())) {
                sink.accept(file, page, article);
            }
        }
        return failed;
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".txt"))
                            .filter(p -> !p.toString().contains("/quarantine/")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
