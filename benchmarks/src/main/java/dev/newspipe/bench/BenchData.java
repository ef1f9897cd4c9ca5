package dev.newspipe.bench;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.model.IssueMetadata;
import dev.newspipe.core.model.PageRef;
import dev.newspipe.serde.ArticleRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The texts benchmarks run on: the project's corpus and sample pages. */
final class BenchData {

    private BenchData() {}

    /** Every article of the texts as a raw article record, each text on a page of its own. */
    static List<RawArticle> rawArticles(Path root) {
        Newsdesk desk = Newsdesk.offline();
        List<RawArticle> records = new ArrayList<>();
        List<String> texts = texts(root);
        for (int i = 0; i < texts.size(); i++) {
            PageRef page = new PageRef(new IssueMetadata("bench", LocalDate.of(2025, 3, 6), String.valueOf(i + 1),
                    IssueMetadata.Source.SIDECAR), "bench-" + (i + 1) + ".txt", 1L);
            List<Article> articles = desk.split(texts.get(i)).stream().map(a -> a.withPage(page)).toList();
            records.addAll(ArticleRecords.toRaw(articles, Instant.EPOCH));
        }
        return records;
    }

    static List<String> texts(Path root) {
        List<String> texts = new ArrayList<>();
        for (String folder : List.of("testdata/corpus", "samples")) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Run from the project root: " + e.getMessage(), e);
            }
        }
        return texts;
    }
}
