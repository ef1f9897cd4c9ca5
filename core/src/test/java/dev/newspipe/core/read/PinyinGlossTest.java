package dev.newspipe.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinGlossTest {

    private static String dropped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            int end = PinyinGloss.end(text, i);
            if (end > i) {
                i = end - 1;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    @Test
    void shouldReadToneMarkedGlossesWithEitherBracketAndTheSpaceSomeReprintsLeave() {
        assertThat(dropped("經(jīng)濟發(fā)展")).isEqualTo("經濟發展");
        assertThat(dropped("大會（huì）開幕")).isEqualTo("大會開幕");
        assertThat(dropped("會(huì )議")).isEqualTo("會議");
    }

    @Test
    void shouldReadAToneLessGlossOnlyWhenPinyinSpellsIt() {
        assertThat(dropped("人民代表大會(hui)第二次會(hui)議")).isEqualTo("人民代表大會第二次會議");
        assertThat(dropped("選舉(ju)事項")).isEqualTo("選舉事項");
        assertThat(dropped("黨(dang)委")).isEqualTo("黨委");
    }

    @Test
    void shouldLeaveBracketedWordsNumbersAndListMarksAsText() {
        for (String text : new String[] {"地区生产总值(GDP)增长5%", "全长(km)", "中国(china)", "如下(a)项", "第一(2)款",
                "(hui)开头无字", "会议(记者 王明)"}) {
            assertThat(dropped(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void shouldTellPinyinSyllablesFromOtherLetters() {
        assertThat(PinyinGloss.isSyllable("zhuang")).isTrue();
        assertThat(PinyinGloss.isSyllable("er")).isTrue();
        assertThat(PinyinGloss.isSyllable("km")).isFalse();
        assertThat(PinyinGloss.isSyllable("china")).isFalse();
    }
}
