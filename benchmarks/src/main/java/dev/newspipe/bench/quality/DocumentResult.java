package dev.newspipe.bench.quality;

import dev.newspipe.core.model.Article;
import java.util.List;

/**
 * What the core made of one labelled document.
 *
 * @param articles the enriched articles, empty when the file could not be read
 * @param rejected why the file could not be read, else {@code null}
 * @param labelledArticles labelled articles that count for recall (those allowed to merge into the previous one
 *     and not found are left out)
 * @param foundArticles of those, how many the splitter produced
 * @param matchedPredictions predicted articles that are one of the labelled articles (for precision)
 * @param judgements one per single-article document, one per labelled article of a page
 * @param keptChars non-whitespace characters of the input lines found in the articles' text
 * @param totalChars non-whitespace characters of the input
 */
public record DocumentResult(LabelledDocument document, List<Article> articles, String rejected, int labelledArticles,
        int foundArticles, int matchedPredictions, List<Judgement> judgements, long keptChars, long totalChars) {

    public DocumentResult {
        articles = List.copyOf(articles);
        judgements = List.copyOf(judgements);
    }

    /** Share of the input's text kept in articles; 1 for an empty input. */
    public double keptShare() {
        return totalChars == 0 ? 1.0 : (double) keptChars / totalChars;
    }

    /**
     * One category decision checked against the labels.
     *
     * @param what the article judged (its display title), or what was missing
     * @param predicted wire name, {@code null} when the labelled article was not found
     * @param confidence of the prediction, 0 when none
     */
    public record Judgement(String what, List<String> labelled, String predicted, double confidence, List<String> cues) {

        public Judgement {
            labelled = List.copyOf(labelled);
            cues = cues == null ? List.of() : List.copyOf(cues);
        }

        public boolean right() {
            return predicted != null && labelled.contains(predicted);
        }
    }
}
