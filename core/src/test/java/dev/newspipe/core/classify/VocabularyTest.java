package dev.newspipe.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    /** java.util.regex's answer, the reference the word table must reproduce. */
    private static List<String> regexFinds(String regex, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return List.copyOf(found);
    }

    @Test
    void shouldFindWordsInTheOrderFirstSeenAndEachOnce() {
        Vocabulary words = Vocabulary.of("主席团|议程|审议").orElseThrow();
        assertThat(words.distinct("大会主席团审议议程，主席团再审议。")).containsExactly("主席团", "审议", "议程");
        assertThat(words.distinct("没有相关的词")).isEmpty();
    }

    @Test
    void shouldPreferTheEarlierAlternativeWhereTwoStartAtTheSameCharacter() {
        // Like the regex: at 人大常委会 the first alternative wins, and the search goes on after it.
        Vocabulary words = Vocabulary.of("人大|人大常委会|常委").orElseThrow();
        assertThat(words.distinct("市人大常委会")).containsExactly("人大", "常委");
        Vocabulary longerFirst = Vocabulary.of("人大常委会|人大|常委").orElseThrow();
        assertThat(longerFirst.distinct("市人大常委会")).containsExactly("人大常委会");
    }

    @Test
    void shouldSpellOutChoicesAndKeepLineStartsAndPatterns() {
        Vocabulary words = Vocabulary.of("我们(?:将|要)|^[（(][一二][）)]|[●■]|批准.{2,6}所作的").orElseThrow();
        String text = "我们要做好。\n（一）总体要求\n又（二）不算\n● 批准市长所作的报告";
        assertThat(words.distinct(text)).containsExactly("我们要", "（一）", "●", "批准市长所作的");
    }

    @Test
    void shouldRefuseAnAlternationWhoseTermCanStartAnywhere() {
        assertThat(Vocabulary.of("主席团|.{0,3}议程")).isEmpty();
        assertThat(Vocabulary.of("(?<!老年)人大")).isEmpty();
    }

    @Test
    void shouldScanSeveralVocabulariesInOnePassAsIfEachAlone() {
        Vocabulary a = Vocabulary.of("人大代表|代表团").orElseThrow();
        Vocabulary b = Vocabulary.of("代表|大会").orElseThrow();
        List<List<String>> found = new Vocabulary.Scanner(List.of(a, b)).scan("人大代表团代表大会");
        assertThat(found.get(0)).containsExactly("人大代表");
        assertThat(found.get(1)).containsExactly("代表", "大会");
    }

    @Test
    void shouldAgreeWithTheRegexOnRandomTexts() {
        List<String> alternations = List.of(
                "主席团|预备会议|全体会议|代表团|议程|表决通过|当选|人大常委会|审议|人大代表",
                "会议决定批准|决定批准(?:这个|该)|予以批准|(?:认为|批准|同意)(?:这个|该)报告|会议同意|批准.{2,30}所作的",
                "过去一年|各位代表|向大会报告|请予审议|提请.{0,6}审议",
                "一年来|我们(?:将|要|坚持)|^[（(][一二三][）)]|^[一二三]、|[●■◆▲]|着力|加快",
                "比上年(?:增长|下降|末|同期)|按可比价格计算|占.{0,12}比重为|年末.{0,20}为|全年.{0,20}(?:实现|完成)");
        String alphabet = "人大代表团常委会主席议程审决定批准这该报告同意所作的市长提请过去一年各位向我们将要坚持（）()一二三、●■着力加快\n\r比上年增长占重为末全实现完成";
        Random random = new Random(9);
        List<Vocabulary> vocabularies = new ArrayList<>();
        for (String alternation : alternations) {
            vocabularies.add(Vocabulary.of(alternation).orElseThrow());
        }
        Vocabulary.Scanner scanner = new Vocabulary.Scanner(vocabularies);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<List<String>> together = scanner.scan(text.toString());
            for (int v = 0; v < alternations.size(); v++) {
                List<String> expected = regexFinds(alternations.get(v), text.toString());
                assertThat(together.get(v)).as("%s in %s", alternations.get(v), text).isEqualTo(expected);
                assertThat(vocabularies.get(v).distinct(text.toString())).isEqualTo(expected);
            }
        }
    }

    @Test
    void shouldNameTheWordsEveryFindHolds() {
        // One alternative requires every run and every group it passes through, the best (longest shortest word) first.
        assertThat(Vocabulary.requiredWords("^.{0,40}(?:人大|人民代表大会).{0,30}公告$")).containsExactly(List.of("公告"), List.of("人大", "人民代表大会"));
        assertThat(Vocabulary.requiredWords("统计公报|国民经济和社会发展统计")).containsExactly(List.of("统计公报", "国民经济和社会发展统计"));
        assertThat(Vocabulary.requiredWords("(?<!工)作.{0,12}工作报告$")).containsExactly(List.of("工作报告"), List.of("作"));
        // 定 is optional, so only 决 is required; a term with no plain word rules nothing out.
        assertThat(Vocabulary.requiredWords("决定?")).containsExactly(List.of("决"));
        // Of several alternatives, a text need hold one: each alternative's best choice, in one group.
        assertThat(Vocabulary.requiredWords("会议|(?:政协|政治协商会议).{0,30}举行")).containsExactly(List.of("会议", "举行"));
        assertThat(Vocabulary.requiredWords("会议|[省市]委")).containsExactly(List.of("会议", "委"));
        // A group every find passes through requires one of its words; an optional group or a look-around does not.
        assertThat(Vocabulary.requiredWords("会议|(?:政协|人大)")).containsExactly(List.of("会议", "政协", "人大"));
        assertThat(Vocabulary.requiredWords("^.*(?:条例|办法)(?:[（(]草案[)）])?$")).containsExactly(List.of("条例", "办法"));
        assertThat(Vocabulary.requiredWords("(?:带领|率领)[^。]{0,40}(?:调研|视察)|莅临")).containsExactly(List.of("带领", "率领", "莅临"));
        assertThat(Vocabulary.requiredWords("^(?:中共|[省市]委(?:全会|常委会))")).containsExactly(List.of("中共", "全会", "常委会"));
        assertThat(Vocabulary.requiredWords("(?:政协)?会|(?!政协)会")).containsExactly(List.of("会", "会"));
        assertThat(Vocabulary.requiredWords("人大(?:代表|常委会)")).containsExactly(List.of("人大"), List.of("代表", "常委会"));
        // Words a find ends with are required too: deputies arriving (…代表…抵达/报到), a sitting electing (…会议…选举/补选为…).
        assertThat(Vocabulary.requiredWords("(?:人大代表|代表团)[^，。]{0,12}?(?:抵达|报到|[抵赴](?:京|北京))"))
                .containsExactly(List.of("人大代表", "代表团"), List.of("抵达", "报到", "京", "北京"));
        assertThat(Vocabulary.requiredWords("人大[^。]{0,12}?第[一二三四五]次会议[^。]{0,6}?(?:选举|补选)[^。]{1,20}?为"))
                .containsExactly(List.of("次会议"), List.of("人大"), List.of("选举", "补选"), List.of("第"), List.of("为"));
        // Only a regex whose every alternative opens with ^ finds nothing but at line starts.
        assertThat(Vocabulary.atLineStarts("^各位代表|^同志们")).isTrue();
        assertThat(Vocabulary.atLineStarts("^(?:各位|尊敬的)?同志们")).isTrue();
        assertThat(Vocabulary.atLineStarts("^各位代表|同志们")).isFalse();
        assertThat(Vocabulary.atLineStarts("(?:^各位代表)")).isFalse();
    }

    @Test
    void shouldWriteTwoDecimalsAsTheFormatterDoes() {
        Random random = new Random(8);
        for (int i = 0; i < 20000; i++) {
            double x = i < 10000 ? random.nextInt(4000) * 0.0625 * (1 + random.nextInt(3) * 0.25) : random.nextDouble() * 30;
            assertThat(ArticleClassifier.twoDecimals(x)).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
        }
        assertThat(ArticleClassifier.twoDecimals(0.125)).isEqualTo("0.13");
        assertThat(ArticleClassifier.twoDecimals(1.5)).isEqualTo("1.50");
    }
}
