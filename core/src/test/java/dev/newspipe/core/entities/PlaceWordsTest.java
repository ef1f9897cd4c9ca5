package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Hand-written texts: place names the gazetteer holds that the text does not use as places (a post's 长 before a name,
 * an everyday word, a press channel, the state as an era, a name among names), and the streets named with a direction.
 */
class PlaceWordsTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldReadTheMayorBeforeTheRiver() {
        var text = extractor.extract("市委副书记、市长江华出席会议。");
        assertThat(text.places()).isEmpty();
        assertThat(text.people()).contains("江华");
        // the level is a place's own: 重庆市 + 长江
        assertThat(extractor.extract("重庆市长江沿岸生态保护取得成效。").places()).contains("长江");
    }

    @Test
    void shouldReadResourcesAsAWordNotTheCounty() {
        assertThat(extractor.extract("在桂林，全市法院加强环境资源审判。").places()).containsExactly("桂林");
        assertThat(extractor.extract("资源县地处桂林市北部。").places()).contains("资源县");
    }

    @Test
    void shouldReadNoPlaceInTheNewStatesAnniversaryOrAPressChannel() {
        assertThat(extractor.extract("今年是新中国成立75周年。").places()).isEmpty();
        assertThat(extractor.extract("中国经济稳中向好。").places()).containsExactly("中国");
        assertThat(extractor.extract("新华网河南频道3月2日电 会议在郑州举行。").places()).containsExactly("郑州");
        assertThat(extractor.extract("省委书记在河南调研。").places()).containsExactly("河南");
    }

    @Test
    void shouldTakeATownWrittenAfterItsCounty() {
        assertThat(extractor.extract("调研组来到宜都市枝城镇，察看代表之家。").places()).containsExactly("宜都市", "枝城镇");
        // a short town's name inside running text stays a word (城镇 of 新建城镇棚户区)
        assertThat(extractor.extract("全市新建城镇棚户区安置房。").places()).isEmpty();
    }

    @Test
    void shouldTakeAVillageWrittenAfterItsDivision() {
        assertThat(extractor.extract("代表走访了宜都市枝城镇金福村。").places()).containsExactly("宜都市", "枝城镇", "金福村");
        // the words 乡村 and 农村 after a division name no village
        assertThat(extractor.extract("宜都市美丽乡村建设提速，宜都市新农村面貌一新。").places()).containsExactly("宜都市");
    }

    @Test
    void shouldNameAStreetWithItsDirection() {
        assertThat(extractor.extract("意见请寄岳阳市巴陵西路12号。").places()).contains("巴陵西路");
        assertThat(extractor.extract("意见请寄岳阳市巴陵路12号。").places()).contains("巴陵路");
    }

    @Test
    void shouldReadANameEndingInAPlaceNounAmongNamesAsNoPlace() {
        assertThat(extractor.extract("执行主席：王明辉、李家村、赵小平在主席台就座。").places()).isEmpty();
        // a list of villages stays a list of places
        assertThat(extractor.extract("会议审议将南山村、前进村、石桥村划归新区管辖的议案。").places()).contains("前进村");
    }
}
