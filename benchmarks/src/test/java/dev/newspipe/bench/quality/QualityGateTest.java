package dev.newspipe.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.bench.quality.DocumentResult.Judgement;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.testkit.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality gate of issue 8, scored by the same code as {@code ./bench quality}: category accuracy on the samples,
 * the development set and the genre set at least 0.95, and every labelled document keeps at least 0.95 of its text.
 */
class QualityGateTest {

    static final double MIN_CATEGORY_ACCURACY = 0.95;
    static final double MIN_TEXT_KEPT = 0.95;

    private static QualityRun run;

    @BeforeAll
    static void score() {
        List<LabelledDocument> docs = LabelSets.all(TestData.root());
        assertThat(docs).as("labelled documents").isNotEmpty();
        run = QualityRun.of(Newsdesk.offline(), docs);
    }

    @Test
    void categoryAccuracyShouldReachTheGate() {
        List<String> wrong = QualityRun.judgements(run.results()).stream().filter(j -> !j.right())
                .map(Judgement::toString).toList();
        assertThat(QualityRun.categoryAccuracy(run.results())).as("category accuracy; wrong: %s", wrong)
                .isGreaterThanOrEqualTo(MIN_CATEGORY_ACCURACY);
    }

    @Test
    void everyDocumentShouldKeepItsText() {
        List<String> lossy = run.where(r -> r.keptShare() < MIN_TEXT_KEPT).stream()
                .map(r -> r.document().set() + " " + r.document().name() + " keeps " + r.keptShare()).toList();
        assertThat(lossy).isEmpty();
    }
}
