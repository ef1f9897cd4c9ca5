package dev.newspipe.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Figure;
import dev.newspipe.core.model.FigureKind;
import org.junit.jupiter.api.Test;

/** A figure's span and direction survive the trip through Avro; records written before spans existed still read. */
class ArticleRecordsFigureTest {

    @Test
    void shouldCarryTheSpanAndDirectionOfAFigure() {
        Figure fall = new Figure("３．１％", 3.1, null, "%", null, "能耗", FigureKind.CHANGE, 2025, "能耗下降３．１％。", 4, 8, Figure.DOWN);
        assertThat(ArticleRecords.fromAvro(ArticleRecords.toAvro(fall))).isEqualTo(fall);
    }

    @Test
    void shouldReadAFigureWithoutASpan() {
        Figure old = new Figure("47人", 47, null, "人", null, null, FigureKind.COUNT, 2026, "出席47人。");
        Figure read = ArticleRecords.fromAvro(ArticleRecords.toAvro(old));
        assertThat(read.start()).isNull();
        assertThat(read.direction()).isNull();
        assertThat(read).isEqualTo(old);
    }
}
