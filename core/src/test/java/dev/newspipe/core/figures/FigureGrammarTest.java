package dev.newspipe.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Qualifier;
import org.junit.jupiter.api.Test;

/** The tokenizer's readers and the grammar's rules, each on its own, on hand-written text. */
class FigureGrammarTest {

    private static FigureTokenizer tokenizer(String text) {
        return new FigureTokenizer(text, UnitTable.standard(), 0);
    }

    private static FigureGrammar grammar(String text) {
        return new FigureGrammar(tokenizer(text));
    }

    @Test
    void shouldReadTokensWithTheirOffsets() {
        FigureTokenizer t = tokenizer("约1,234.5万元左右");
        FigureToken number = t.number(1);
        assertThat(number.start()).isEqualTo(1);
        assertThat(number.end()).isEqualTo(8);
        assertThat(number.value()).isEqualTo(1234.5);
        FigureToken magnitude = t.magnitude(8, 2);
        assertThat(magnitude.value()).isEqualTo(1e4);
        assertThat(t.unit(9).unit().canonical()).isEqualTo("元");
        assertThat(t.postQualifier(10).qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(tokenizer("三千二百亿").number(0).value()).isEqualTo(3.2e11);
        assertThat(tokenizer("五千瓦").number(0, 1).end()).isEqualTo(1);
    }

    @Test
    void shouldReadAnAmountWithARangeAndASharedMagnitude() {
        FigureGrammar.Match m = grammar("3—5万人").amount(0);
        assertThat(m.value()).isEqualTo(30000.0);
        assertThat(m.valueMax()).isEqualTo(50000.0);
        assertThat(m.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(m.end()).isEqualTo(5);
    }

    @Test
    void shouldBackOffTheNumberWhenTheUnitBeginsInIt() {
        FigureGrammar.Match m = grammar("五千瓦").amount(0);
        assertThat(m.value()).isEqualTo(5.0);
        assertThat(m.unit()).isEqualTo("千瓦");
    }

    @Test
    void shouldReadFractionsTenthsSignedMoneyAndBareMagnitudesAlone() {
        assertThat(grammar("千分之三").fraction(0).unit()).isEqualTo("‰");
        assertThat(grammar("三分之二").fraction(0).value()).isEqualTo(200.0 / 3);
        assertThat(grammar("七成六").tenths(0).value()).isEqualTo(76.0);
        assertThat(grammar("成为").tenths(0)).isNull();
        assertThat(grammar("$20亿").signedMoney(0).value()).isEqualTo(2e9);
        assertThat(grammar("3300万纳税人").bareMagnitude(0).value()).isEqualTo(3.3e7);
        assertThat(grammar("第3300万").bareMagnitude(1)).isNull();
    }

    @Test
    void shouldTakeTheNegativeSignIntoTheSpan() {
        FigureGrammar.Match m = grammar("气温零下12℃").amount(4);
        assertThat(m.start()).isEqualTo(2);
        assertThat(m.value()).isEqualTo(-12.0);
    }
}
