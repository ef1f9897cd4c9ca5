package dev.newspipe.bench;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.ingest.split.Article;
import dev.newspipe.ingest.split.ArticleSplitter;
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

    /** Every article of the texts as a raw article record, numbered in order. */
    static List<RawArticle> rawArticles(Path root) {
        ArticleSplitter splitter = new ArticleSplitter();
        List<RawArticle> records = new ArrayList<>();
        for (String text : texts(root)) {
            for (Article a : splitter.split(text)) {
                int n = records.size() + 1;
                records.add(RawArticle.newBuilder().setId("a" + n).setPaper("bench").setIssueDate(LocalDate.of(2025, 3, 6)).setPage("1")
                        .setSeq(n).setPageArticleCount(1).setKicker(a.kicker()).setTitle(a.title()).setSubtitle(a.subtitle())
                        .setByline(a.byline()).setParagraphs(a.paragraphs()).setContinuedFrom(a.continuedFrom())
                        .setContinuesOn(a.continuesOn()).setSourceFile("bench").setContentHash("h").setRevision(1L)
                        .setIngestedAt(Instant.EPOCH).build());
            }
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
