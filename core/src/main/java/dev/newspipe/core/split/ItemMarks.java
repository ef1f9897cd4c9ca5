package dev.newspipe.core.split;

import java.util.regex.Pattern;

/**
 * The marks a page prints before an item, read alike by every rule of the splitter: one table of bullets and one of
 * item numbers. A bullet or a number says only that a line is one of several alike; which kind of item (a brief's
 * headline, a digest's paragraph, a list's point) the rules tell by what stands around it.
 */
final class ItemMarks {

    private ItemMarks() {}

    /**
     * Every bullet the genre prints before an item: squares, dots, diamonds, triangles, stars, arrows and circles, as
     * papers, audio digests and apps print them ({@code △} also marks a caption's or a brief's line). Extend here.
     */
    static final String BULLETS = "■□●◆▲◇○★☆►•·▷▶◎△";

    /** A line that opens with a bullet. */
    static final Pattern BULLETED = Pattern.compile("^[" + BULLETS + "]");
    /** A line's opening bullet with the spacing after it (what a line read without its bullet drops). */
    static final Pattern LEADING_BULLET = Pattern.compile("^[" + BULLETS + "]\\s*");

    /**
     * {@code 1、}, {@code 2.}, {@code 3．}: an item number, group 1 the number (not a decimal {@code 1.5}; a 、 may be
     * followed by a figure, {@code 1、2024年…}), with the spacing after it.
     */
    static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,2})\\s*(、|[.．](?!\\d))\\s*");

    /**
     * {@code 1，}, {@code 2,}: an item number run into the item's text with a comma, as a web digest numbers its headless
     * items ({@code 1，标题句。正文…}, {@code 3,11月新三板…}); group 1 the number. Read only of a digest's paragraphs
     * of prose; a figure with a thousands separator ({@code 1,500}) is no number.
     */
    static final Pattern RUN_IN_NUMBER = Pattern.compile("^(\\d{1,2})\\s*[,，](?!\\d{3}(?!\\d))\\s*");

    /** Whether a line opens with a bullet. */
    static boolean isBulleted(String text) {
        return BULLETED.matcher(text).find();
    }
}
