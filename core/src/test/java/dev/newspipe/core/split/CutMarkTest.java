package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cut mark read from the end says what its expression says, on hand-picked and on random endings. */
class CutMarkTest {

    private static final Pattern ENDS_CUT = Pattern.compile("[^\\s.…](\\.{3,}|…{1,2})$");

    @Test
    void shouldReadTheMarkOfATextCutAtItsEnd() {
        assertThat(EntryBoundaries.endsWithCutMark("会议强调要进一步减轻群众负担....")).isTrue();
        assertThat(EntryBoundaries.endsWithCutMark("他说，这是我们共同的……")).isTrue();
        assertThat(EntryBoundaries.endsWithCutMark("会议结束。")).isFalse();
        assertThat(EntryBoundaries.endsWithCutMark("见下文..")).isFalse();
        assertThat(EntryBoundaries.endsWithCutMark("……")).isFalse();
        assertThat(EntryBoundaries.endsWithCutMark("等等 ...")).isFalse();
    }

    @Test
    void shouldSayWhatTheExpressionSaysOnRandomEndings() {
        String alphabet = "会。.…  \t\nab";
        Random random = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(EntryBoundaries.endsWithCutMark(text)).as("«%s»", text).isEqualTo(ENDS_CUT.matcher(text).find());
        }
    }
}
