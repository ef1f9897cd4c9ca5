package dev.newspipe.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.IssueMetadata;
import dev.newspipe.core.read.ReadResult;
import java.nio.file.Files;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The labelled articles of the two entity gold sets, each paired with its article as newspipe reads it: the sample
 * pages are read and split like any page (their issue date comes from the page) and a label finds its article by
 * title and body start; a development-set or genre document is one article without a headline, its lines the
 * paragraphs, dated as the reader dates its page (from its path or text, as the pipeline has it; never from the
 * file's time, which is the checkout's), so that a lead's 1月17日 finds its year as it does in the pipeline.
 * Used by {@code ./bench quality} (entity and session sections) and by the entity and session gold tests.
 */
public final class LabelledArticles {

    public record Labelled(String id, JsonNode label, Article article) {}

    private LabelledArticles() {}

    public static List<Labelled> samples(Path checkout) {
        Newsdesk desk = Newsdesk.offline();
        JsonNode gold = json(checkout.resolve("testdata/gold/entities-seeds.json"));
        List<Labelled> out = new ArrayList<>();
        for (JsonNode label : gold.get("articles")) {
            String file = label.get("file").asText();
            ReadResult read = desk.read(checkout.resolve("samples").resolve(file));
            List<Article> articles = desk.split(((ReadResult.Page) read).page());
            String title = label.get("title").asText();
            String starts = label.get("body_starts").asText();
            Article article = articles.stream().filter(a -> title.equals(a.title()) && a.body().startsWith(starts)).findFirst()
                    .or(() -> articles.stream().filter(a -> a.body().startsWith(starts)).findFirst())
                    .orElseThrow(() -> new IllegalStateException("no article " + title + " / " + starts + " in " + file));
            out.add(new Labelled(file.substring(0, 3) + " " + title, label, article));
        }
        return out;
    }

    public static List<Labelled> devset(Path checkout) {
        Path root = checkout.resolve("testdata/devset");
        JsonNode gold = json(root.resolve("gold.json"));
        Newsdesk desk = Newsdesk.offline();
        List<Labelled> out = new ArrayList<>();
        for (JsonNode label : gold.get("entities")) {
            String file = label.get("file").asText();
            out.add(new Labelled(file, label, wholeDocument(desk, root.resolve("docs").resolve(file))));
        }
        return out;
    }

    /** Genre documents labelled for entities ({@code testdata/genre/entities.json}), each one article without a headline. */
    public static List<Labelled> genre(Path checkout) {
        return genre(checkout, "entities.json");
    }

    /**
     * Genre documents of one entity label file under {@code testdata/genre} (paths relative to it), each one article
     * without a headline; empty when the file is absent.
     */
    public static List<Labelled> genre(Path checkout, String labels) {
        Path root = checkout.resolve("testdata/genre");
        if (!Files.exists(root.resolve(labels))) {
            return List.of();
        }
        Newsdesk desk = Newsdesk.offline();
        List<Labelled> out = new ArrayList<>();
        for (JsonNode label : json(root.resolve(labels)).get("entities")) {
            String file = label.get("file").asText();
            out.add(new Labelled(file, label, wholeDocument(desk, root.resolve(file))));
        }
        return out;
    }

    /** A document as one article without a headline: its non-blank lines, dated as the reader dates its page. */
    private static Article wholeDocument(Newsdesk desk, Path file) {
        // the page as the reader decodes it, read once: its text and its date
        if (!(desk.read(file) instanceof ReadResult.Page p)) {
            throw new IllegalStateException("not a readable page: " + file);
        }
        List<String> lines = Arrays.stream(p.page().text().split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        LocalDate issued = p.page().metadata().source() != IssueMetadata.Source.FILE_TIME ? p.page().metadata().issueDate() : null;
        return Article.of(null, null, null, lines, issued, null);
    }

    private static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
