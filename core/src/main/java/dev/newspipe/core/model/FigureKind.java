package dev.newspipe.core.model;

import java.util.Locale;

/** What sort of quantity a figure is. */
public enum FigureKind {
    /** An amount reached: 地区生产总值1686亿元. */
    LEVEL,
    /** A change: 增长7.5%, 提高3.2个百分点, 净增305亿元. */
    CHANGE,
    /** A part of a whole: 占比54%, 完成年度目标的119.75%. */
    SHARE,
    /** A goal: 预期目标 增长5.5%左右, 力争…. */
    TARGET,
    /** A number of things: 47人, 10件. */
    COUNT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
