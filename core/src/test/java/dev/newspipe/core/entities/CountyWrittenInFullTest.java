package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.NamedEntities;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts: a county's news writes the county in full once, often only inside the name of its congress or a
 * body, and by its short form in running text; the short form is then the county, as where its city is named.
 */
class CountyWrittenInFullTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldTakeACountysShortFormWhereTheTextWritesItInFullInsideABodysName() {
        NamedEntities news = extractor.extract("政协第九届永和县委员会常务委员会召开。会议认为，报告符合镇平实际。"
                + "政协第九届镇平县委员会第三次会议将于下月召开。为建设美丽镇平而努力。");
        assertThat(news.places()).containsExactly("镇平");
        // the same short form with no full name anywhere waits for its city (资源, 富裕 are counties too)
        assertThat(extractor.extract("报告符合镇平实际。").places()).isEmpty();
        // 市 and 区 after two characters make words (大城 + 市: a big city), no county written in full
        assertThat(extractor.extract("推进大城市治理，大城发展很快。").places()).isEmpty();
    }

    @Test
    void shouldTakeAnAutonomousCountysOwnNameWhereTheTextNamesItInFull() {
        NamedEntities report = extractor.extract("——在酉阳土家族苗族自治县第十七届人民代表大会第三次会议上\n过去一年是酉阳发展极不平凡的一年。");
        assertThat(report.places()).containsExactly("酉阳");
        // not where it opens a body's name (酉阳 + 法院): a place inside an organisation's name is no place mention
        assertThat(extractor.extract("酉阳土家族苗族自治县第十七届人民代表大会。酉阳法院工作报告获通过。").places()).isEmpty();
    }

    @Test
    void shouldTakeADistrictsShortFormWhereTheTextWritesTheCountyItWas() {
        // 凤翔县 became the district 凤翔区: its older news names the county
        NamedEntities news = extractor.extract("中国共产党凤翔县第十六次代表大会闭幕。今天的凤翔已由农业大县变为工业强县。");
        assertThat(news.places()).containsExactly("凤翔");
    }
}
