package dev.newspipe.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rows of {@link ArticleClassifier#SILENCES} name cues by where they look and their name: a typo would never fire. */
class SilencesTest {

    @Test
    void everySilenceNamesCuesOfTheEvidenceTable() {
        Set<String> cues = ArticleClassifier.CUES.stream().map(c -> c.where() + " " + c.name()).collect(Collectors.toSet());
        for (ArticleClassifier.Silence s : ArticleClassifier.SILENCES) {
            assertThat(s.places()).as("places of %s", s).isNotEmpty();
            for (ArticleClassifier.Silence.Places p : s.places()) {
                assertThat(cues).as("silenced cue of %s", s).contains(p.silenced() + " " + s.silenced());
                assertThat(cues).as("cause of %s", s).contains(p.because() + " " + s.because());
            }
        }
    }
}
