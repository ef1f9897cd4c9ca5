package dev.newspipe.core.model;

import java.util.Locale;

/** How a figure relates to its value: about, more than, less than, or a range. */
public enum Qualifier {
    /** 左右, 约, 近. */
    APPROX,
    /** 以上, 多, 余, 超, 突破. */
    OVER,
    /** 以下, 不到, 不足. */
    UNDER,
    /** a—b. */
    RANGE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
