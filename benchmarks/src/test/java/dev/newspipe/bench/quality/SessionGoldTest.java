package dev.newspipe.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.session.SessionScore;
import dev.newspipe.testkit.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Session field accuracy against the independent labels of the samples and the development set. */
class SessionGoldTest {

    static final double ACCURACY = 0.9;

    @Test
    void shouldReadTheLabelledSessionsOfTheSamples() {
        check("samples", LabelledArticles.samples(TestData.root()));
    }

    @Test
    void shouldReadTheLabelledSessionsOfTheDevelopmentSet() {
        check("devset", LabelledArticles.devset(TestData.root()));
    }

    /** Genre documents labelled after the parser was written: the check on unseen text, at its measured floor. */
    @Test
    void shouldReadTheLabelledSessionsOfTheGenreSet() {
        check("genre", LabelledArticles.genre(TestData.root()), GENRE_ACCURACY);
    }

    /**
     * The 40 documents of shares g and h labelled while the rules were written from the 60 above (0.813 then); the
     * committee, place, script and date rules written since from their misses lifted them to 0.933 (development data now), held here.
     */
    @Test
    void shouldReadTheLabelledSessionsOfTheHeldOutGenreShares() {
        check("genre g, h", LabelledArticles.genre(TestData.root(), "entities-gh.json"), HELD_OUT_ACCURACY);
    }

    /**
     * 40 documents of share n labelled while the session rules were written from g and h (0.808 on the parser of that
     * stop's start, 0.867 after those rules), development data since (0.875).
     */
    @Test
    void shouldReadTheLabelledSessionsOfShareN() {
        check("genre n", LabelledArticles.genre(TestData.root(), "entities-n.json"), SHARE_N_ACCURACY);
    }

    /**
     * 40 documents of share q labelled while session rules were written from n: 203/240 on first contact, 205/240 on
     * that round's final code (the township level, which its annotator flagged as missing from the model, is one of the
     * two); rules written from its misses since (215/240 = 0.896).
     */
    @Test
    void shouldReadTheLabelledSessionsOfShareQ() {
        check("genre q", LabelledArticles.genre(TestData.root(), "entities-q.json"), SHARE_Q_ACCURACY);
    }

    /**
     * 40 documents of share m labelled while the second round's session rules were written from q, never used to write
     * one: 224/240 = 0.933 at first contact and on that round's final code; rules written from its misses since
     * (236/240).
     */
    @Test
    void shouldReadTheLabelledSessionsOfShareM() {
        check("genre m", LabelledArticles.genre(TestData.root(), "entities-m.json"), SHARE_M_ACCURACY);
    }

    /**
     * 40 documents of share t labelled while the session rules of the stop after were written from m, q and n, never
     * used to write one: 204/240 = 0.850 at first contact, 205/240 on that stop's final code; 210/240 after the session rules
     * written from it in the next stop (development data since).
     */
    @Test
    void shouldReadTheLabelledSessionsOfTheHeldOutShareT() {
        check("genre t", LabelledArticles.genre(TestData.root(), "entities-t.json"), SHARE_T_ACCURACY);
    }

    /**
     * 40 documents of share v labelled while the session rules of the next stop were written from t, never used to
     * write one: 220/240 = 0.917 at first contact (a7407de) and on that stop's final code (dates 27/40: the labels
     * read some years from a plan's or budget's year). Held at its measured level.
     */
    @Test
    void shouldReadTheLabelledSessionsOfTheHeldOutShareV() {
        check("genre v", LabelledArticles.genre(TestData.root(), "entities-v.json"), SHARE_V_ACCURACY);
    }

    /**
     * 40 documents of share z labelled while the session rules of stop 20 were written from the other sets, never used
     * to write one: 220/240 = 0.917 at first contact (87cc12b; dates 30/40, meetings 35/40). Held at its measured level.
     */
    @Test
    void shouldReadTheLabelledSessionsOfTheHeldOutShareZ() {
        check("genre z", LabelledArticles.genre(TestData.root(), "entities-z.json"), SHARE_Z_ACCURACY);
    }

    static final double SHARE_Z_ACCURACY = 0.91;
    static final double SHARE_N_ACCURACY = 0.90;
    static final double SHARE_Q_ACCURACY = 0.94;
    static final double SHARE_M_ACCURACY = 0.98;
    static final double SHARE_T_ACCURACY = 0.87;
    static final double SHARE_V_ACCURACY = 0.91;
    static final double GENRE_ACCURACY = 0.90;
    static final double HELD_OUT_ACCURACY = 0.90;

    private void check(String set, List<LabelledArticles.Labelled> labelled) {
        check(set, labelled, ACCURACY);
    }

    private void check(String set, List<LabelledArticles.Labelled> labelled, double min) {
        SessionScore.Result result = EnrichmentQuality.sessions(labelled);
        System.out.println(result.table("session " + set));
        result.wrong().forEach(w -> System.out.println("  wrong " + w));
        assertThat(result.accuracy()).as(result.table(set)).isGreaterThanOrEqualTo(min);
    }
}
