package dev.newspipe.bench.quality;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One document of a labelled set: its file, the categories a reader may give it (the first preferred), and, for a
 * page of several articles, the articles a reader sees on it.
 *
 * @param set the set it belongs to ({@code samples}, {@code devset}, {@code genre/a} …)
 * @param name the file name as the labels give it
 * @param categories wire names; a prediction is right when it is one of them
 * @param articles labelled articles, empty for a document judged as one article
 */
public record LabelledDocument(String set, String name, Path file, List<String> categories, List<ArticleLabel> articles) {

    public LabelledDocument {
        Objects.requireNonNull(file, "file");
        categories = List.copyOf(categories);
        articles = List.copyOf(articles);
    }

    public boolean articlesLabelled() {
        return !articles.isEmpty();
    }

    /**
     * One labelled article of a page: found by any of its titles or by the start of its body (whitespace ignored).
     *
     * @param mayMergeWithPrevious a splitter may join it to the article before it without losing anything
     */
    public record ArticleLabel(List<String> titles, List<String> bodyStarts, String category, boolean mayMergeWithPrevious) {

        public ArticleLabel {
            titles = List.copyOf(titles);
            bodyStarts = List.copyOf(bodyStarts);
            Objects.requireNonNull(category, "category");
        }
    }
}
