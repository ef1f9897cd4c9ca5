package dev.newspipe.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.bench.quality.DocumentResult.Judgement;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.testkit.TestData;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality gate of issue 8, scored by the same code as {@code ./bench quality}.
 *
 * <p>On the development data (samples, development set, corpus) it is the gate: category accuracy at least
 * 0.95 and every document keeps at least 0.95 of its text. On the genre set the 0.95 is not reached yet
 * (category accuracy 0.944 with it, 10 of its 19 misses articles of "salad" pages no layout cue separates; text kept down to 0.837 on web dumps whose navigation the splitter drops as
 * furniture): there the gate holds the measured level, so that a change can only move it up. Raise
 * {@link #MIN_CATEGORY_ACCURACY_WITH_GENRE} and {@link #MIN_TEXT_KEPT_GENRE} as the numbers improve.
 *
 * <p>{@code genre/c} was gathered and labelled after the rules were written, as a held-out check of how they do on
 * unseen text (its first score: 92/132 = 0.697, articles found on its multi-article pages 14/42). The rules written
 * since (item headings of multi-item pages, editorials and visits around a session, headless resolutions) were
 * informed by its misses, so it is development data now too; it keeps its own floor,
 * {@link #MIN_CATEGORY_ACCURACY_GENRE_C}, held at the measured level like the others. On every multi-article page
 * the articles found and the precision of the articles made are held at their measured level as well
 * ({@link #MIN_ARTICLES_FOUND}, {@link #MIN_ARTICLE_PRECISION}; the bar is 0.9 for both).
 */
class QualityGateTest {

    static final double MIN_CATEGORY_ACCURACY = 0.95;
    static final double MIN_TEXT_KEPT = 0.95;
    static final double MIN_CATEGORY_ACCURACY_WITH_GENRE = 0.94;
    static final double MIN_TEXT_KEPT_GENRE = 0.83;
    static final double MIN_CATEGORY_ACCURACY_GENRE_C = 0.92;
    static final String GENRE_C = "genre/c";
    static final double MIN_ARTICLES_FOUND = 0.86;
    static final double MIN_ARTICLE_PRECISION = 0.94;

    private static QualityRun run;

    @BeforeAll
    static void score() {
        List<LabelledDocument> docs = LabelSets.all(TestData.root());
        assertThat(docs).as("labelled documents").isNotEmpty();
        run = QualityRun.of(Newsdesk.offline(), docs);
    }

    private static boolean genre(DocumentResult r) {
        return r.document().set().startsWith("genre");
    }

    private static void assertAccuracy(Predicate<DocumentResult> which, double min) {
        List<DocumentResult> results = run.where(which);
        assertThat(results).isNotEmpty();
        List<String> wrong = QualityRun.judgements(results).stream().filter(j -> !j.right()).map(Judgement::toString).toList();
        assertThat(QualityRun.categoryAccuracy(results)).as("category accuracy; wrong: %s", wrong).isGreaterThanOrEqualTo(min);
    }

    private static void assertKept(Predicate<DocumentResult> which, double min) {
        List<String> lossy = run.where(which.and(r -> r.keptShare() < min)).stream()
                .map(r -> r.document().set() + " " + r.document().name() + " keeps " + r.keptShare()).toList();
        assertThat(lossy).isEmpty();
    }

    @Test
    void categoryAccuracyOnTheDevelopmentDataShouldReachTheGate() {
        assertAccuracy(r -> !genre(r), MIN_CATEGORY_ACCURACY);
    }

    private static boolean genreC(DocumentResult r) {
        return r.document().set().equals(GENRE_C);
    }

    @Test
    void categoryAccuracyWithTheGenreSetShouldNotFallBelowItsMeasuredLevel() {
        assertAccuracy(r -> !genreC(r), MIN_CATEGORY_ACCURACY_WITH_GENRE);
    }

    @Test
    void categoryAccuracyOnGenreCShouldNotFallBelowItsMeasuredLevel() {
        assertAccuracy(QualityGateTest::genreC, MIN_CATEGORY_ACCURACY_GENRE_C);
    }

    @Test
    void articlesOfMultiArticlePagesShouldBeFoundAndNoneMadeUp() {
        List<DocumentResult> paged = run.where(r -> r.document().articlesLabelled());
        int labelled = paged.stream().mapToInt(DocumentResult::labelledArticles).sum();
        int found = paged.stream().mapToInt(DocumentResult::foundArticles).sum();
        int made = paged.stream().mapToInt(r -> r.articles().size()).sum();
        int matched = paged.stream().mapToInt(DocumentResult::matchedPredictions).sum();
        assertThat(labelled).isPositive();
        assertThat((double) found / labelled).as("articles found %d/%d", found, labelled).isGreaterThanOrEqualTo(MIN_ARTICLES_FOUND);
        assertThat((double) matched / made).as("article precision %d/%d", matched, made).isGreaterThanOrEqualTo(MIN_ARTICLE_PRECISION);
    }

    @Test
    void everyDevelopmentDocumentShouldKeepItsText() {
        assertKept(r -> !genre(r), MIN_TEXT_KEPT);
    }

    @Test
    void noGenreDocumentShouldLoseMoreThanItsFurniture() {
        assertKept(QualityGateTest::genre, MIN_TEXT_KEPT_GENRE);
    }
}
