package dev.newspipe.core.model;

import java.util.Objects;

/**
 * A quantity a reader would chart.
 *
 * @param text exactly as printed: {@code body.substring(start, end)}
 * @param value normalised with 万/亿: {@code 1686亿元} is 1.686E11; a fall keeps the value as written
 * @param valueMax upper bound of a range, else {@code null}
 * @param unit the canonical unit of the unit table, without magnitude: 元, 人, %, 百分点, 元/人; empty for a count in
 *     万 or 亿 without one
 * @param qualifier {@code null} when the figure is exact
 * @param metric what is measured, {@code null} when the text does not say
 * @param year the year the figure refers to, {@code null} when unknown
 * @param start offset of {@code text} in the text analysed (an article body: paragraphs joined by {@code \n}),
 *     {@code null} when unknown (records written before figures had spans)
 * @param end offset of the end of {@code text}, exclusive
 * @param direction {@code "down"} for a fall (下降, 减少, 回落), {@code "up"} for a rise, else {@code null}
 */
public record Figure(String text, double value, Double valueMax, String unit, Qualifier qualifier, String metric, FigureKind kind,
        Integer year, String sentence, Integer start, Integer end, String direction) {

    public static final String UP = "up";
    public static final String DOWN = "down";

    public Figure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
    }

    /** A figure without a span or direction. */
    public Figure(String text, double value, Double valueMax, String unit, Qualifier qualifier, String metric, FigureKind kind,
            Integer year, String sentence) {
        this(text, value, valueMax, unit, qualifier, metric, kind, year, sentence, null, null, null);
    }

    /** The same figure at offsets shifted by {@code delta}: from a paragraph into its article body. */
    public Figure shifted(int delta) {
        return start == null ? this : new Figure(text, value, valueMax, unit, qualifier, metric, kind, year, sentence, start + delta,
                end + delta, direction);
    }
}
