package dev.newspipe.core.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.newspipe.core.model.Figure;
import dev.newspipe.core.model.Qualifier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes the genre writes figures in beyond plain simplified text: romanisation glosses in traditional script,
 * Chinese numerals in Hong Kong reports, a space before the unit, the herd units of pastoral regions, colloquial and
 * shared percentage points. Hand-written sentences in the genre's style, each with what must not become a figure.
 */
class FigureGenreShapesTest {

    private static final LocalDate ISSUE = LocalDate.of(2026, 1, 23);
    private final FigureExtractor extractor = new FigureExtractor();

    private List<Figure> figures(String text) {
        return extractor.extract(text, ISSUE);
    }

    @Test
    void shouldReadAFigureThroughTheRomanisationGlossesOfTraditionalScript() {
        List<Figure> found = figures("年末全縣戶籍人口45.6萬(wàn)人,其中城鎮(zhèn)人口為20.1萬(wàn)人。");
        assertThat(found).extracting(Figure::text, Figure::value, Figure::unit)
                .containsExactly(tuple("45.6萬(wàn)人", 456000.0, "人"), tuple("20.1萬(wàn)人", 201000.0, "人"));
        assertThat(found.get(1).metric()).isEqualTo("城鎮人口");
        assertThat(ChineseText.reading("生產(chǎn)總值(GDP)3.2億元,降水量(mm)").text()).isEqualTo("生產總值(GDP)3.2亿元,降水量(mm)");
        assertThat(ChineseText.reading("(a)款規定,統(tǒng)計").text()).isEqualTo("(a)款規定,統計");
    }

    @Test
    void shouldReadSharesAndCountsInTraditionalChineseNumerals() {
        assertThat(figures("決議以百分九十八點六的得票率通過,得票率只有百分六十五。"))
                .extracting(Figure::value, Figure::unit).containsExactly(tuple(98.6, "%"), tuple(65.0, "%"));
        assertThat(figures("出席代表二千九百零三名,贊成的有二千八百八十票,反對九票、棄權十四票。"))
                .extracting(Figure::value, Figure::unit)
                .containsExactly(tuple(2903.0, "名"), tuple(2880.0, "票"), tuple(9.0, "票"), tuple(14.0, "票"));
        assertThat(figures("全縣共有三名鄉村教師當選,會議通過的五份報告前後修改了十二處。")).extracting(Figure::value, Figure::unit)
                .containsExactly(tuple(3.0, "名"), tuple(5.0, "份"), tuple(12.0, "处"));
        assertThat(figures("交出一份滿意答卷,發表《致全縣三名老黨員的兩份電報》")).isEmpty();
    }

    @Test
    void shouldNotReadTheWordsOfSharesAndVotesAsFigures() {
        assertThat(figures("增長2.1個百分點,滿分一百分,實行一票否決,作為一名人大代表,按百分比計算,百分百投入。"))
                .extracting(Figure::value, Figure::unit).containsExactly(tuple(2.1, "百分点"));
    }

    @Test
    void shouldReadAUnitTypesetAfterASpace() {
        assertThat(figures("城镇和农村居民人均可支配收入分别为41250 元和 18302 元,粮食单产达到10.5 斤;"))
                .extracting(Figure::text, Figure::value, Figure::unit)
                .containsExactly(tuple("41250 元", 41250.0, "元"), tuple("18302 元", 18302.0, "元"), tuple("10.5 斤", 10.5, "斤"));
        assertThat(figures("2021 元旦献词,表1 人口,2024 两会召开,第3 克服困难")).isEmpty();
    }

    @Test
    void shouldCountTheHerdsOfPastoralRegions() {
        assertThat(figures("年末牲畜存栏86万头只,标准化畜群达到1500群,马匹稳定在3万匹、骆驼8000峰左右。"))
                .extracting(Figure::value, Figure::unit, Figure::qualifier)
                .containsExactly(tuple(860000.0, "头只", null), tuple(1500.0, "群", null), tuple(30000.0, "匹", null),
                        tuple(8000.0, "峰", Qualifier.APPROX));
    }

    @Test
    void shouldNotTakeWordsBeginningWithAHerdUnitForHerds() {
        assertThat(figures("吸引2000群众参加,召开G20峰会,五峰县,力争2030年前碳达峰,三匹马"))
                .extracting(Figure::unit).doesNotContain("群", "峰", "匹");
    }

    @Test
    void shouldReadColloquialAndSharedPercentagePoints() {
        assertThat(figures("居民消费价格上涨4.2%,高出预期目标1.2个点。")).extracting(Figure::value, Figure::unit)
                .containsExactly(tuple(4.2, "%"), tuple(1.2, "百分点"));
        assertThat(figures("增速分别高于全国、全省2个、0.6个百分点,三项指标分别提高0.8个、0.1个和1.3个百分点。"))
                .extracting(Figure::value, Figure::unit)
                .containsExactly(tuple(2.0, "百分点"), tuple(0.6, "百分点"), tuple(0.8, "百分点"), tuple(0.1, "百分点"),
                        tuple(1.3, "百分点"));
    }

    @Test
    void shouldKeepCountsInGeForWholeNumbersAndOtherEnumerations() {
        assertThat(figures("设置20个点位,新建3个、改造5个项目。")).extracting(Figure::value, Figure::unit)
                .containsExactly(tuple(20.0, "个"), tuple(3.0, "个"), tuple(5.0, "个"));
    }

    @Test
    void shouldNotReadNamesWithNumeralsAsFigures() {
        assertThat(figures("赛马大会在三都举办,张万夫同志出席,一汽集团参展。")).isEmpty();
    }
}
