package dev.newspipe.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.bench.quality.DocumentResult.Judgement;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.testkit.TestData;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality gate of issue 8, scored by the same code as {@code ./bench quality}.
 *
 * <p>On the development data (samples, development set, corpus) it is the gate: category accuracy at least
 * 0.95 and every document keeps at least 0.95 of its text. On the genre set the 0.95 is not reached (see the
 * README): each share keeps a floor at its measured level, so that a change can only move it up; raise the floors as
 * the numbers improve. The shares differ in what they measure: {@code genre/a} and {@code b} are the data the rules
 * were written on; {@code c} to {@code h} were each first scored as held out (first contact: c 0.697, d 0.716,
 * e 0.753, f 0.770, g 0.824, h 0.811; the multi-article pages of i 43/83 articles found) and became development
 * data once their misses informed rules, as did {@code i} and {@code j} (multi-article pages; j's first contact 32/57
 * articles found). {@code k}, {@code l} and {@code m} (70 documents, 21 multi-article pages, 70 documents of ordinary
 * input, the devset's mix) were first scored as held out (k 0.821, l 0.746 and 45/59 found, m 0.868), then rules
 * were written from them while {@code n} and {@code o} (70 documents, 21 multi-article pages) stayed held out
 * (first contact n 0.901, o 0.469 and 41/81 found; after the k, l, m rules n 0.901, o 0.481 and 42/81), and rules
 * were written from n and o while {@code p} and {@code q} (23 multi-article pages, 73 documents) stayed held out:
 * scored once on the final code, p 38/62 found (precision 38/41) and q 0.846 (on the code of the stop's start:
 * the same 38/62 and 0.859); rules were then written from p and q while {@code r} and {@code s} (70 documents, 23
 * multi-article pages) stayed held out: r 0.861 and s 45/88 found (precision 45/51) at first contact and on the
 * final code of those rules alike; rules were written from r and s while {@code t} and {@code u} (70 documents, 21
 * multi-article pages) stayed held out: t 0.930, u 43/57 found (precision 43/48) at first contact and on the final
 * code of those rules alike; rules were written from t and u while {@code v} and {@code w} (70 documents, 23
 * multi-article pages) stayed held out: v 0.946 and w 56/91 found (precision 56/62, categories 53/91) at first
 * contact and on the final code of those rules alike; then a chronicle rule was written from p, s and w while
 * {@code x} (16 multi-article pages) stayed held out: 27/67 found (precision 27/28) at first contact, 29/67 after it;
 * then rules were written from a-x while {@code y} (15 multi-article pages, 142 articles) and {@code z} (68 documents)
 * stayed held out: y 126/142 found (precision 126/143), z 0.878 at first contact; 127/142 and 0.892 after; then
 * rules were written from a-z while {@code aa} (10 multi-article pages, 125 articles) and {@code ab} (63 documents)
 * stayed held out: aa 98/125 found (precision 98/107), categories 87/125, ab 0.921 at first contact (87cc12b);
 * {@code ac} (67 documents) stayed held out from every rule of that stop: 62/67 at first contact, 63/67 after.
 * Text kept is held at a floor on the genre set because web dumps lose their
 * navigation, which the splitter drops as furniture and the measure counts as lost. On every multi-article page
 * the articles found and the precision of the articles made are held at their measured level as well (the issue's
 * bar is 0.9 for both).
 */
class QualityGateTest {

    static final double MIN_CATEGORY_ACCURACY = 0.95;
    static final double MIN_TEXT_KEPT = 0.95;
    /** Category accuracy per genre share: its measured level, rounded down. */
    static final Map<String, Double> MIN_CATEGORY_ACCURACY_PER_SHARE = Map.ofEntries(
            Map.entry("genre/a", 0.96), Map.entry("genre/b", 0.96), Map.entry("genre/c", 0.97), Map.entry("genre/d", 0.97),
            Map.entry("genre/e", 0.94), Map.entry("genre/f", 0.93), Map.entry("genre/g", 0.95), Map.entry("genre/h", 0.90),
            Map.entry("genre/i", 0.80), Map.entry("genre/j", 0.94),
            Map.entry("genre/k", 0.97), Map.entry("genre/l", 0.93), Map.entry("genre/m", 0.98),
            Map.entry("genre/n", 0.98), Map.entry("genre/o", 0.74), Map.entry("genre/p", 0.75), Map.entry("genre/q", 0.94),
            // held out while the rules of the stop's first round were written (first contact r 0.861, s 0.489 and
            // 45/88 found; the same on that round's final code), development data since
            Map.entry("genre/r", 0.97), Map.entry("genre/s", 0.86),
            // held out while the rules of the stop's second round were written from r and s (first contact t 0.930,
            // u 41/57 and 43/57 found; the same on that round's final code), development data since
            Map.entry("genre/t", 0.97), Map.entry("genre/u", 0.91),
            // held out while the rules of this stop were written from t and u (first contact v 0.946, w 53/91 and 56/91
            // found; the same on this stop's final code), development data from the next stop on
            Map.entry("genre/v", 0.99), Map.entry("genre/w", 0.75),
            // held out while the stop's chronicle rule was written from p, s and w (first contact 24/67, 27/67 found;
            // 26/67 and 29/67 on the final code: its chronicle page split as labelled)
            Map.entry("genre/x", 0.85),
            // held out while the rules of the next stop were written from a-x (first contact on a7407de: z 65/74, y
            // 121/142 with 126/142 found and 126/143 precise; on that stop's final code z 66/74 (one web-dump rule
            // written from z's miss), y 122/142 with 127/142 found; z 68/74 once the text of a decision is read whatever
            // heads it)
            Map.entry("genre/y", 0.85), Map.entry("genre/z", 0.91),
            // held out while the rules of stop 20 were written from a-z (first contact on 87cc12b: aa 87/125 with
            // 98/125 found and 98/107 precise, ab 58/63); development data since: aa 108/125 (119/125 found) once its
            // content-farm salads are split (UnrelatedFragments), ab 62/63 once the text of a decision is read
            // whatever heads it (DecisionText)
            Map.entry("genre/aa", 0.88), Map.entry("genre/ab", 0.96),
            // held out from every rule of stop 20 (first contact on 87cc12b 62/67; 63/67 on that stop's final code, by a
            // work report's own voice written from a-aa, a topic chosen after ac's misses were seen)
            Map.entry("genre/ac", 0.93));
    static final double MIN_TEXT_KEPT_GENRE = 0.80;
    static final double MIN_ARTICLES_FOUND = 0.87;
    static final double MIN_ARTICLE_PRECISION = 0.93;

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

    @Test
    void categoryAccuracyOfEveryGenreShareShouldNotFallBelowItsMeasuredLevel() {
        assertThat(run.bySet().keySet().stream().filter(set -> set.startsWith("genre")))
                .as("every genre share has a floor").containsExactlyInAnyOrderElementsOf(MIN_CATEGORY_ACCURACY_PER_SHARE.keySet());
        MIN_CATEGORY_ACCURACY_PER_SHARE.forEach((share, min) -> assertAccuracy(r -> r.document().set().equals(share), min));
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
