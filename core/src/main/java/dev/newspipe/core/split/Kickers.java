package dev.newspipe.core.split;

import java.util.regex.Pattern;

/**
 * Two shapes of a kicker (引题) the genre prints over a title, beyond the short column label and the {@code …时强调}
 * line that {@code ArticleSplitter.isKickerAbove} reads:
 *
 * <ul>
 *   <li><b>a campaign or column label</b>: a paper runs a series under a label named for what it covers, and the
 *       label ends in the series' word ({@code 优化营商环境在行动}, {@code 基层人大工作巡礼}, {@code 高质量发展调研行},
 *       {@code 乡村振兴进行时}); such a line over a headline is its kicker, however long, since a news title reports
 *       who did what and does not end in the series' word. Extend {@link #COLUMN_ENDING} with a new ending;
 *   <li><b>a row of parallel slogans</b>: two or more phrases of equal length set side by side with a space
 *       ({@code 奋进新征程 建功新时代}, {@code 凝心聚力谋发展 奋勇争先谱新篇}) over a title printed as one phrase: the
 *       slogans frame the news (the session opens, the report is made), the line under them is the title.
 * </ul>
 */
final class Kickers {

    private Kickers() {}

    /** The words a series' label ends in. */
    private static final Pattern COLUMN_ENDING = Pattern.compile("(在行动|在行動|巡礼|巡禮|进行时|進行時|调研行|調研行|走基层|走基層|系列报道|系列報道)$");
    /** A column label is a short line: the label and its theme. */
    private static final int COLUMN_LABEL_MAX = 12;
    private static final Pattern NO_LABEL = Pattern.compile("[\\s。，,；;！？!?：:]");
    private static final int SLOGAN_MIN = 3;
    private static final int SLOGAN_MAX = 10;

    /** {@code 优化营商环境在行动}: the label of a series, a kicker over the title under it. */
    static boolean isColumnLabel(String line) {
        String s = line.strip();
        return s.length() <= COLUMN_LABEL_MAX && !NO_LABEL.matcher(s).find() && COLUMN_ENDING.matcher(s).find();
    }

    /** {@code 奋进新征程 建功新时代} over a title of one phrase at least as long as one slogan. */
    static boolean isSloganRow(String first, String second) {
        String[] slogans = first.strip().split("[\\s\u3000]+");
        String title = second.strip();
        if (slogans.length < 2 || title.isEmpty() || title.contains(" ") || title.contains("\u3000")) {
            return false;
        }
        int length = slogans[0].length();
        for (String slogan : slogans) {
            if (slogan.length() != length || length < SLOGAN_MIN || length > SLOGAN_MAX || NO_LABEL.matcher(slogan).find()) {
                return false;
            }
        }
        return title.length() >= length;
    }
}
