package dev.newspipe.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newspipe.bench.quality.LabelledDocument.ArticleLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the three labelled sets of a checkout: the sample pages ({@code testdata/gold/seeds.json} over
 * {@code samples/}), the development set ({@code testdata/devset/gold.json}, including its labels of
 * {@code testdata/corpus}) and the genre set (every {@code testdata/genre/*}{@code /labels.json}).
 */
public final class LabelSets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelSets() {}

    /** All three sets of the checkout at {@code root}; a set whose labels are missing is simply absent. */
    public static List<LabelledDocument> all(Path root) {
        List<LabelledDocument> docs = new ArrayList<>(samples(root));
        docs.addAll(devset(root));
        docs.addAll(genre(root.resolve("testdata/genre")));
        return docs;
    }

    /** The sample pages, article by article. */
    public static List<LabelledDocument> samples(Path root) {
        Path gold = root.resolve("testdata/gold/seeds.json");
        if (!Files.isRegularFile(gold)) {
            return List.of();
        }
        List<LabelledDocument> docs = new ArrayList<>();
        for (JsonNode doc : read(gold).get("documents")) {
            String name = doc.get("file").asText();
            List<ArticleLabel> articles = new ArrayList<>();
            List<String> categories = new ArrayList<>();
            for (JsonNode a : doc.get("articles")) {
                List<String> starts = new ArrayList<>(strings(a.get("body_starts")));
                starts.addAll(strings(a.get("alt_body_starts")));
                String category = a.get("category").asText();
                articles.add(new ArticleLabel(strings(a.get("title_any")), starts, category, a.path("may_merge_with_previous").asBoolean()));
                if (!categories.contains(category)) {
                    categories.add(category);
                }
            }
            docs.add(new LabelledDocument("samples", name, root.resolve("samples").resolve(name), categories, articles));
        }
        return docs;
    }

    /** The development documents and the corpus texts, each one article with its categories. */
    public static List<LabelledDocument> devset(Path root) {
        Path gold = root.resolve("testdata/devset/gold.json");
        if (!Files.isRegularFile(gold)) {
            return List.of();
        }
        List<LabelledDocument> docs = new ArrayList<>();
        Path dir = root.resolve("testdata/devset/docs");
        for (Map.Entry<String, JsonNode> e : iterable(read(gold).get("categories"))) {
            // Corpus texts are named relative to the development set's folder (../corpus/x.txt), documents by file name.
            Path file = (e.getKey().startsWith("../") ? gold.getParent() : dir).resolve(e.getKey()).normalize();
            docs.add(new LabelledDocument(e.getKey().startsWith("../corpus/") ? "corpus" : "devset", e.getKey(), file,
                    strings(e.getValue()), List.of()));
        }
        return docs;
    }

    /**
     * Every {@code labels.json} in the folders under {@code genreRoot} ({@code testdata/genre}): format
     * {@code {"documents": {"docs/x.txt": {"categories": [...], "articles": [{"title", "starts_with", "category"}]}}}}.
     */
    public static List<LabelledDocument> genre(Path genreRoot) {
        if (!Files.isDirectory(genreRoot)) {
            return List.of();
        }
        List<Path> labelFiles;
        try (Stream<Path> dirs = Files.list(genreRoot)) {
            labelFiles = dirs.map(d -> d.resolve("labels.json")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<LabelledDocument> docs = new ArrayList<>();
        for (Path labels : labelFiles) {
            String set = "genre/" + labels.getParent().getFileName();
            for (Map.Entry<String, JsonNode> e : iterable(read(labels).get("documents"))) {
                JsonNode v = e.getValue();
                List<ArticleLabel> articles = new ArrayList<>();
                for (JsonNode a : v.path("articles")) {
                    articles.add(new ArticleLabel(strings(a.get("title")), strings(a.get("starts_with")), a.get("category").asText(), false));
                }
                docs.add(new LabelledDocument(set, e.getKey(), labels.getParent().resolve(e.getKey()), strings(v.get("categories")), articles));
            }
        }
        return docs;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A string, an array of strings, or nothing. */
    private static List<String> strings(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> {
            if (!n.isNull()) {
                out.add(n.asText());
            }
        });
        return out;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
