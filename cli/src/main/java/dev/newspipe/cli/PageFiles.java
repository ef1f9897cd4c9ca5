package dev.newspipe.cli;

import dev.newspipe.core.read.ReadResult;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.read.IssuePage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Page files named on the command line: files as given, folders searched for {@code *.txt}. */
final class PageFiles {

    /** What to do with each article of each page that could be read. */
    @FunctionalInterface
    interface ArticleSink {
        void accept(Path file, Article article);
    }

    private PageFiles() {}

    /**
     * Reads and splits every page; an unreadable one is reported on {@code err} with its reason.
     *
     * @return how many files could not be read
     */
    static int splitEach(Newsdesk desk, List<Path> paths, PrintWriter err, ArticleSink sink) {
        return readEach(desk, paths, err, desk::split, sink);
    }

    /**
     * As {@link #splitEach}, with each page's articles made by {@code articlesOf} ({@link Newsdesk#process}: split and
     * enriched, the page's context included).
     */
    static int readEach(Newsdesk desk, List<Path> paths, PrintWriter err, Function<IssuePage, List<Article>> articlesOf,
            ArticleSink sink) {
        int failed = 0;
        for (Path file : expand(paths)) {
            ReadResult read = desk.read(file);
            if (read instanceof ReadResult.Rejected r) {
                err.println(file + ": " + r.reason());
                failed++;
                continue;
            }
            for (Article article : articlesOf.apply(((ReadResult.Page) read).page())) {
                sink.accept(file, article);
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
