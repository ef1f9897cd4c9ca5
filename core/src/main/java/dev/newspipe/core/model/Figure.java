package dev.newspipe.core.model;

import java.util.Objects;

/**
 * A quantity a reader would chart.
 *
 * @param value normalised with 万/亿: {@code 1686亿元} is 1.686E11
 * @param valueMax upper bound of a range, else {@code null}
 * @param unit as written after the number, without magnitude: 元, 人, %, 百分点; empty for a count in 万 or 亿 without one
 * @param qualifier {@code null} when the figure is exact
 * @param metric what is measured, {@code null} when the text does not say
 * @param year the year the figure refers to, {@code null} when unknown
 */
public record Figure(String text, double value, Double valueMax, String unit, Qualifier qualifier, String metric, FigureKind kind,
        Integer year, String sentence) {

    public Figure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
    }
}
