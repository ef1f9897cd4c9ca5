package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts in the shapes of the autonomous regions' papers: Tibetan, Mongolian and Uyghur names begin with
 * no Han surname, so they are read by where they stand (a list of names, a nationality gloss, a post and a space).
 */
class NamesWithoutASurnameTest {

    private final EntityExtractor extractor = new EntityExtractor();

    private List<String> people(String text) {
        return extractor.extract(text).people();
    }

    @Test
    void shouldReadTheNextMemberOfAListOfNames() {
        assertThat(people("大会执行主席王建军、多吉次仁、李春生、格桑卓玛在主席台就座。"))
                .containsExactly("王建军", "多吉次仁", "李春生", "格桑卓玛");
    }

    @Test
    void shouldReadANameGlossedWithItsNationality() {
        assertThat(people("会议选举张明远为州长,岩温(傣族)、刀丽华(傣族)为副州长。")).contains("岩温", "刀丽华");
    }

    @Test
    void shouldReadTheFirstOfAListAfterAPost() {
        assertThat(people("自治区人大常委会副主任巴桑、刘建华、陈国平出席会议。")).containsExactly("巴桑", "刘建华", "陈国平");
    }

    @Test
    void shouldReadANameThatEndsItsLineAfterAPostOrAByline() {
        assertThat(people("果洛州人民政府州长 扎西尼玛\n（记者 王丽 达瓦）会议闭幕。")).contains("扎西尼玛", "王丽", "达瓦");
    }

    @Test
    void shouldNotReadWordsOrLongerPostsAsNames() {
        assertThat(people("副主任赵立新、钱红以及常委会组成人员出席。全国人大常委会委员长巴特尔、周建出席。"))
                .containsExactly("赵立新", "钱红", "巴特尔", "周建");
    }

    @Test
    void shouldNotReadBodiesBeforeTheirPostsOrQualitiesAsNames() {
        assertThat(people("民盟中央主席王立群、民建中央主席赵海、农工党中央主席周平出席。坚持代表的先进性、广泛性和代表性。"))
                .containsExactly("王立群", "赵海", "周平");
    }
}
