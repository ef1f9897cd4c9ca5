package dev.newspipe.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumberTest {

    @ParameterizedTest
    @CsvSource({
        "一, 1", "两, 2", "十, 10", "十五, 15", "二十, 20", "二十一, 21", "一百零八, 108", "一千二百三十四, 1234",
        "三点五, 3.5", "两万, 20000", "一万二千, 12000", "三亿五千万, 350000000", "二〇二五, 2025", "一千零一, 1001",
        "十二万三千四百五十六, 123456", "五千万, 50000000", "一万亿, 1000000000000", "四十九兆九千五百九十二亿, 49959200000000"
    })
    void shouldParseWellFormedNumerals(String text, double expected) {
        assertThat(ChineseNumber.parse(text)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"十四五", "十五五", "万万", "点五", "三点", "一二三", "", "亿"})
    void shouldRejectSlogansAndFragments(String text) {
        assertThat(ChineseNumber.parse(text)).isEmpty();
    }
}
