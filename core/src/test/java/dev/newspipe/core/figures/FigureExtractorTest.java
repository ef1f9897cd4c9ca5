package dev.newspipe.core.figures;

import dev.newspipe.core.model.Figure;
import dev.newspipe.core.model.FigureKind;
import dev.newspipe.core.model.Qualifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of issue 4, one by one. */
class FigureExtractorTest {

    private static final LocalDate ISSUE = LocalDate.of(2026, 1, 23);
    private final FigureExtractor extractor = new FigureExtractor();

    private List<Figure> figures(String text) {
        return extractor.extract(text, ISSUE);
    }

    @Test
    void shouldNormaliseMagnitudesExactly() {
        assertThat(figures("地区生产总值1686亿元，一般公共预算收入150.3亿元，城镇新增就业4.4万人，建成1.84万座。"))
                .extracting(Figure::value, Figure::unit)
                .containsExactly(tuple(1.686e11, "元"), tuple(1.503e10, "元"), tuple(44000.0, "人"), tuple(18400.0, "座"));
    }

    @Test
    void shouldReadChineseNumerals() {
        assertThat(figures("新增两万人，投入一千二百三十四元，提高三点五个百分点，完成十五项。"))
                .extracting(Figure::value, Figure::unit)
                .containsExactly(tuple(20000.0, "人"), tuple(1234.0, "元"), tuple(3.5, "百分点"), tuple(15.0, "项"));
    }

    @Test
    void shouldReadQualifiersRangesAndProducts() {
        assertThat(figures("增长5.5%左右，达到26.1亿斤以上，高于全省近4个百分点，300余名代表，2亿多立方米，不足10家，每县1—2个产业，增长5%—6%，建设2×100万千瓦机组。"))
                .extracting(Figure::text, Figure::value, Figure::valueMax, Figure::qualifier)
                .containsExactly(
                        tuple("5.5%左右", 5.5, null, Qualifier.APPROX),
                        tuple("26.1亿斤以上", 2.61e9, null, Qualifier.OVER),
                        tuple("4个百分点", 4.0, null, Qualifier.APPROX),
                        tuple("300余名", 300.0, null, Qualifier.OVER),
                        tuple("2亿多立方米", 2e8, null, Qualifier.OVER),
                        tuple("10家", 10.0, null, Qualifier.UNDER),
                        tuple("1—2个", 1.0, 2.0, Qualifier.RANGE),
                        tuple("5%—6%", 5.0, 6.0, Qualifier.RANGE),
                        tuple("2×100万千瓦", 2e6, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026年1月22日上午9时召开", "第六次全体会议", "（第1号）公告", "十六届人大六次会议", "PM2.5浓度下降", "拨打12345热线", "国道109沿线",
        "增强“四个意识”、做到“两个维护”", "“十五五”时期", "建设“三城三地”", "阳高二人台", "九个方面", "第8选区", "一股绳", "15年以上电梯"})
    void shouldNotTakeDatesOrdinalsCodesOrSlogansForFigures(String text) {
        assertThat(figures(text)).as(text).noneMatch(f -> !f.unit().equals("年"));
    }

    @Test
    void shouldSkipListNumbersButKeepTheCountAfterThem() {
        List<Figure> list = extractor.extract(List.of("- 1.护理型床位1000张", "- 2.扶残助童工程", "- 3.新增就业岗位5000个", "- 4.智慧公交",
                "- 5.10条小区配套道路"), ISSUE);
        assertThat(list).extracting(Figure::text).containsExactly("1000张", "5000个", "10条");
    }

    @Test
    void shouldAttributeEllipticalAndRespectiveFigures() {
        assertThat(figures("全年地区生产总值完成1686亿元，同比增长7.5%、比上年提高3.2个百分点；城乡居民人均可支配收入分别增长8.1%、11.2%。"))
                .extracting(Figure::text, Figure::metric, Figure::kind)
                .containsExactly(
                        tuple("1686亿元", "地区生产总值", FigureKind.LEVEL),
                        tuple("7.5%", "地区生产总值", FigureKind.CHANGE),
                        tuple("3.2个百分点", "地区生产总值", FigureKind.CHANGE),
                        tuple("8.1%", "城乡居民人均可支配收入", FigureKind.CHANGE),
                        tuple("11.2%", "城乡居民人均可支配收入", FigureKind.CHANGE));
        assertThat(figures("接待游客1718.7万人次，实现门票收入6.4亿元，分别同比增长107.78%、35.29%。"))
                .extracting(Figure::text, Figure::metric)
                .containsExactly(tuple("1718.7万人次", "接待游客"), tuple("6.4亿元", "门票收入"), tuple("107.78%", "接待游客"),
                        tuple("35.29%", "门票收入"));
    }

    @Test
    void shouldDateFiguresFromTheSentenceTheHeadingOrTheIssue() {
        List<Figure> report = extractor.extract(List.of("2024年工作回顾", "全市电力总装机达到1755万千瓦。", "今年经济社会发展的主要预期目标",
                "地区生产总值增长5.5%左右。", "刚刚过去的2021年，粮食产量达到25.1亿斤。", "去年新增就业5.27万人。"), ISSUE);
        assertThat(report).extracting(Figure::text, Figure::year, Figure::kind).containsExactly(
                tuple("1755万千瓦", 2024, FigureKind.LEVEL),
                tuple("5.5%左右", 2026, FigureKind.TARGET),
                tuple("25.1亿斤", 2021, FigureKind.TARGET),
                tuple("5.27万人", 2025, FigureKind.TARGET));
    }

    @Test
    void shouldKeepThePrintedTextAndSentence() {
        assertThat(figures("同比增长２．４％，达到百分之五点二。")).extracting(Figure::text, Figure::value, Figure::sentence)
                .containsExactly(tuple("２．４％", 2.4, "同比增长２．４％，达到百分之五点二。"), tuple("百分之五点二", 5.2, "同比增长２．４％，达到百分之五点二。"));
    }

    @Test
    void shouldReadTheUnitsOfTheGenreFromTheUnitTable() {
        assertThat(figures("收购白银79万两，连续作业36小时，最低气温零下12℃，夜间零下五度，抽检食品320批次，"
                + "PM2.5平均浓度为35微克/立方米，人均补贴1.2万元/人，工期3个月。"))
                .extracting(Figure::text, Figure::value, Figure::unit)
                .containsExactly(
                        tuple("79万两", 790000.0, "两"),
                        tuple("36小时", 36.0, "小时"),
                        tuple("零下12℃", -12.0, "℃"),
                        tuple("零下五度", -5.0, "℃"),
                        tuple("320批次", 320.0, "批次"),
                        tuple("35微克/立方米", 35.0, "微克/立方米"),
                        tuple("1.2万元/人", 12000.0, "元/人"),
                        tuple("3个月", 3.0, "个月"));
    }

    @Test
    void shouldNotReadTwoNumbersAsAnAmountInLiang() {
        assertThat(figures("一两天内完成，两三个项目，2024两会召开，会期不到两个月。")).isEmpty();
    }

    @Test
    void shouldAddThePartsOfASumAndReadFractions() {
        assertThat(figures("票价五元三毛，邮费两美元又三美分，单价50元6角三分，约占三分之一。"))
                .extracting(Figure::text, Figure::value, Figure::unit)
                .containsExactly(
                        tuple("五元三毛", 5.3, "元"),
                        tuple("两美元又三美分", 2.03, "美元"),
                        tuple("50元6角三分", 50.63, "元"),
                        tuple("三分之一", 100.0 / 3, "%"));
    }

    @Test
    void shouldSayWhetherAFigureRisesOrFallsAndKeepTheValueAsWritten() {
        assertThat(figures("工业增加值增长5.2%，能耗下降3.1%，库存减少1200吨，房价回落2个百分点，用电量为200亿千瓦时。"))
                .extracting(Figure::text, Figure::value, Figure::direction)
                .containsExactly(
                        tuple("5.2%", 5.2, "up"),
                        tuple("3.1%", 3.1, "down"),
                        tuple("1200吨", 1200.0, "down"),
                        tuple("2个百分点", 2.0, "down"),
                        tuple("200亿千瓦时", 2e10, null));
        assertThat(figures("进口和出口分别下降4.1%、2.3%。")).extracting(Figure::direction).containsExactly("down", "down");
    }

    @Test
    void shouldReadTheMetricBeforeTheVerbsAndFillersAroundIt() {
        assertThat(FigureExtractor.metric("全市地区生产总值同比增长")).isEqualTo("地区生产总值");
        assertThat(FigureExtractor.metric("其中2024年全年社会消费品零售总额比上年增")).isEqualTo("社会消费品零售总额");
        assertThat(FigureExtractor.metric("- 一般公共预算收入累计完成")).isEqualTo("一般公共预算收入");
        assertThat(FigureExtractor.metric("2024年全年粮食产量稳定在")).isEqualTo("粮食产量");
        assertThat(FigureExtractor.metric("同比增长")).isNull();
    }

    @Test
    void shouldReadAYearBeforeNianButNotTheYearOfADate() {
        String text = "2024年粮食产量，2025 年3月6日发布，二〇二四年，12024年";
        assertThat(FigureExtractor.yearAt(text, text.indexOf('年'), 0, text.length())).isEqualTo(2024);
        assertThat(FigureExtractor.yearAt(text, text.indexOf("年3月"), 0, text.length())).isEqualTo(-1);
        assertThat(FigureExtractor.yearAt(text, text.indexOf("四年") + 1, 0, text.length())).isEqualTo(-1);
        assertThat(FigureExtractor.yearAt(text, text.lastIndexOf('年'), 0, text.length())).isEqualTo(2024);
        // a sentence sees only itself: the digits before it, or the date after it, are not its
        assertThat(FigureExtractor.yearAt(text, text.indexOf('年'), 2, text.length())).isEqualTo(-1);
        int date = text.indexOf("年3月");
        assertThat(FigureExtractor.yearAt(text, date, 0, date + 3)).isEqualTo(2025);
    }
}
