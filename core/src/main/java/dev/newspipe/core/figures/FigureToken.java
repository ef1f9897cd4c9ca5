package dev.newspipe.core.figures;

import dev.newspipe.core.model.Qualifier;

/**
 * One token of a figure as the {@link FigureTokenizer} reads it, with its offsets {@code [start, end)} in the
 * text being analysed.
 *
 * @param value the number a {@link Type#NUMBER} stands for, the factor of a {@link Type#MAGNITUDE}
 * @param unit the unit of a {@link Type#UNIT}, else {@code null}
 * @param qualifier what a {@link Type#QUALIFIER} says, else {@code null}
 * @param chinese whether a number is written in Chinese numerals
 */
public record FigureToken(Type type, int start, int end, double value, UnitTable.Unit unit, Qualifier qualifier, boolean chinese) {

    /** What a token is. */
    public enum Type {
        /** 1686, 1,234.5, ４．４, 一千二百三十四, 两, 壹佰. */
        NUMBER,
        /** 万, 亿, 万亿, 千, k. */
        MAGNITUDE,
        /** 元, 个百分点, 平方公里, ℃: an entry of the {@link UnitTable}. */
        UNIT,
        /** 左右, 以上, 以下, 以内, 多, 余. */
        QUALIFIER,
        /** — – ~ 至 到 -, between the two ends of a range. */
        RANGE,
        /** 分之, of a share or fraction: 百分之五, 三分之一. */
        PER,
        /** × between a factor and an amount: 2×100万千瓦. */
        TIMES,
        /** $ ￥ ¥ in front of an amount. */
        SIGN
    }

    static FigureToken of(Type type, int start, int end) {
        return new FigureToken(type, start, end, 0, null, null, false);
    }
}
