package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-written expectations for the trie under the extractor: longest match forward and backward, every match. */
class LexiconTest {

    private final Lexicon<String> places = Lexicon.forward(Map.of("大同", "city short", "大同市", "city", "大同县", "county",
            "阳高县", "county", "河", "noun"));

    @Test
    void shouldFindTheLongestEntryStartingAtAPosition() {
        String text = "山西省大同市阳高县的河";
        assertThat(places.longest(text, 3)).isEqualTo(new Lexicon.Match<>("city", 6));
        assertThat(places.longestEnd(text, 6)).isEqualTo(9);
        assertThat(places.longest(text, 10)).isEqualTo(new Lexicon.Match<>("noun", 11)); // one character, at the end
        assertThat(places.longest(text, 0)).isNull();
        assertThat(places.longestEnd(text, 4)).isEqualTo(-1); // 同市 starts nothing
        assertThat(places.longest(text, 11)).isNull(); // past the end
    }

    @Test
    void shouldStopAtTheTextsEndAndTakeAShorterEntryWhenALongerOneRunsOut() {
        assertThat(places.longest("去大同", 1)).isEqualTo(new Lexicon.Match<>("city short", 3));
        assertThat(places.longest("大同的", 0)).isEqualTo(new Lexicon.Match<>("city short", 2));
        assertThat(places.longest("阳高", 0)).isNull(); // a prefix of 阳高县 is no entry
    }

    @Test
    void shouldListEveryEntryStartingAtAPositionShortestFirst() {
        assertThat(places.all("大同市人民政府", 0)).isEqualTo(List.of(new Lexicon.Match<>("city short", 2),
                new Lexicon.Match<>("city", 3)));
        assertThat(places.all("同市", 0)).isEmpty();
    }

    @Test
    void shouldFindEntriesEndingAtAPositionWhenBuiltBackward() {
        Lexicon<String> posts = Lexicon.backward(Map.of("市长", "post", "副市长", "post", "记者", "post"));
        String text = "大同市副市长张三";
        assertThat(posts.longestEnd(text, 6)).isEqualTo(3); // 副市长 ends before 张, starts at 3
        assertThat(posts.longest(text, 6)).isEqualTo(new Lexicon.Match<>("post", 3));
        assertThat(posts.longest(text, 7)).isNull();
        assertThat(posts.longest(text, 0)).isNull();
        assertThat(posts.starts('长')).isTrue(); // backward: the character an entry ends with
        assertThat(posts.starts('市')).isFalse();
    }
}
