package dev.newspipe.bench;

import dev.newspipe.bench.quality.LabelSets;
import dev.newspipe.bench.quality.LabelledDocument;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.read.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes what the core makes of every labelled document (each article with its enrichment, one line each), so a
 * change meant to be a pure speed-up can be checked to change no result: snapshot before, snapshot after, diff.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Write every article the core makes of the labelled documents (samples, devset, corpus, genre set),"
                + " enrichment included, one line each, to compare two builds with diff.")
final class SnapshotCommand implements Callable<Integer> {

    @Option(names = "--root", defaultValue = ".", description = "Project root (default: current folder).")
    Path root;

    @Option(names = "--out", required = true, description = "File to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Newsdesk desk = Newsdesk.offline();
        int articles = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (LabelledDocument doc : LabelSets.all(root)) {
                if (!(desk.read(doc.file()) instanceof ReadResult.Page page)) {
                    w.println(doc.set() + "/" + doc.name() + " unreadable");
                    continue;
                }
                for (Article a : desk.process(page.page())) {
                    w.println(doc.set() + "/" + doc.name() + " " + a.seq() + " " + a);
                    articles++;
                }
            }
        }
        System.out.printf("snapshot: %d articles written to %s%n", articles, out);
        return 0;
    }
}
