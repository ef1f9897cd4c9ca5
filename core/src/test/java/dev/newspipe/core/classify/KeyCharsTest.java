package dev.newspipe.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Finds looked for only at a regex's first characters: the finds {@code Matcher.find} gives, in the same order. */
class KeyCharsTest {

    @Test
    void shouldSpellTheCharactersEveryFindStartsWith() {
        assertThat(Vocabulary.firstChars("代表.{0,8}(?:审议|讨论)")).isEqualTo("代");
        assertThat(Vocabulary.firstChars("(?:人民代表大会|人大)第?[一二三]+次会议")).isEqualTo("人");
        assertThat(Vocabulary.firstChars("(?:中共|中国共产党).{0,30}委员会|[省市县]委(?:常委会|全会)|全会|党代会")).isEqualTo("中省市县全党");
        // a group whose alternatives are no words: its alternatives' first characters; not when the group may be skipped
        assertThat(Vocabulary.firstChars("(?:人大代表|代表、?委员|(?:人大|人代会)[^，。]{0,20}?代表团?)[^，。]{0,12}?(?:抵达|报到)")).isEqualTo("人代");
        assertThat(Vocabulary.firstChars("(?:人大.{0,4}代表|常委会)+审议")).isEqualTo("人常");
        assertThat(Vocabulary.firstChars("(?:人大.{0,4}代表)?审议")).isNull();
        // a look-behind matches no character: the find starts where what follows it does (the bounds are transparent)
        assertThat(Vocabulary.firstChars("(?:(?<!老年)人大.{0,4}代表|常委会)审议")).isEqualTo("人常");
        assertThat(Vocabulary.firstChars("(?<!老年)人大")).isEqualTo("人");
        assertThat(Vocabulary.firstChars("(?<![工的])(?<=在)作.{0,4}报告|在.{0,4}报告")).isEqualTo("作在");
        // an alternative that may start anywhere, or only at a line start, or after a look-ahead: unknown
        assertThat(Vocabulary.firstChars("议案|.{0,4}公告")).isNull();
        assertThat(Vocabulary.firstChars("^关于.{2,80}的说明$")).isNull();
        assertThat(Vocabulary.firstChars("(?!老年)人大")).isNull();
        assertThat(Vocabulary.firstChars("(?:第)?[0-9]+号")).isNull();
        assertThat(Vocabulary.firstChars("[^，。]{0,6}会议")).isNull();
    }

    @Test
    void shouldFindWhatFindFindsInTheSameOrder() {
        List<String> regexes = List.of(
                "代表.{0,8}(?:审议|讨论)",
                "(?:人民代表大会(?!代表)|人代会|(?<!老年)人大(?!学|代表(?!大会))|人大常委会)(?!的)(?:(?!关于)[^。，\\n]){0,6}?(?:举行|审议|开幕)",
                "(?:人民代表大会|人大)第?[一二三]+次会议(?:期间|会场)?",
                "[省市]委(?:常委会|全会)$|全会|党代会",
                "(?:人大代表|代表、?委员|(?:人大|人代会)[^，。\\n]{0,20}?代表团?)[^，。\\n]{0,12}?(?:举行|审议)",
                "(?<![老的])人大(?!学)[^，。\\n]{0,6}?举行|(?<!关于)(?<=[，。\\n])举行[^，。\\n]{0,4}?会议");
        String alphabet = "人大代表民会常委省市全党中共老年学的关于举行审议开幕第一二三次议期间场，。\n";
        Random random = new Random(8);
        for (String regex : regexes) {
            Pattern p = Pattern.compile(regex, Pattern.MULTILINE);
            String firsts = Vocabulary.firstChars(regex);
            for (int n = 0; n < 3000; n++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String t = text.toString();
                assertThat(keyCharFinds(p, t, firsts)).as(regex + " in " + t).isEqualTo(finds(p, t));
            }
        }
    }

    private static List<String> finds(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> keyCharFinds(Pattern p, String text, String firsts) {
        List<String> out = new ArrayList<>();
        Matcher m = KeyChars.matcher(p, text);
        for (int from = 0; KeyChars.find(m, text, from, firsts); from = m.end()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }
}
