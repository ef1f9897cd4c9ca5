package dev.newspipe.core.split;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a page of photos prints its captions as items, two general shapes of the genre (never a string of one document).
 * {@link ItemHeadings#startsNewCaptionItem} already splits dated captions of different days; these cues read a set of
 * captions as a set:
 *
 * <ul>
 *   <li><b>a photo gallery</b>: a gallery page (图集, a newspaper's photo page) prints photo after photo, each caption
 *       one paragraph that opens with the day it was taken and closes with the photographer's credit
 *       ({@code 3月9日，…。这是代表走向会场。新华社记者 张铖 摄}, {@code …中青报·中青网记者 李隽辉/摄},
 *       {@code …（香港中通社記者 謝光磊 攝） 香港中通社圖片}). On a page with at least {@link #GALLERY_MIN} such captions
 *       every caption is an item of its own, even when all show one day's event. Two or three captions printed together
 *       (组图) illustrate one story and stay one item, as the captions of an article's own photos between its
 *       paragraphs do (they are not one after another);
 *   <li><b>a run of marked items</b>: {@code △} opens a photo caption ({@code △会前，委员们仔细核对座次表。}) or a short
 *       brief of a briefs column ({@code △联席会议制度已在我省全面实行。…}); when at least {@link #MARKED_RUN_MIN}
 *       paragraphs one after another open with it, each is an item of its own. A diary or a chronicle marks a time of
 *       day here and there ({@code △晚上，…}), a line or two between its paragraphs, never a run.
 * </ul>
 */
final class CaptionSets {

    private CaptionSets() {}

    /** A gallery page has at least this many dated, credited captions. */
    static final int GALLERY_MIN = 4;
    /** A run of marked items has at least this many {@code △} paragraphs one after another. */
    static final int MARKED_RUN_MIN = 3;

    /** The mark that opens a caption or a brief ({@code △}, also its filled and small forms). */
    private static final String ITEM_MARKS = "△▲▵";
    /** A marked item of prose is at least this long: the mark and a clause. */
    private static final int MARKED_ITEM_MIN = 8;

    /**
     * {@code 3月12日,}, {@code 3月5日上午,北京,}: a caption opens with the day the photo was taken (the time of day may
     * follow).
     */
    private static final Pattern DATED_OPENING = Pattern.compile("^\\d{1,2}月\\d{1,2}日[^，,。]{0,4}[,，]");
    /**
     * The photographer's credit that closes a caption, in the forms photo pages print: {@code 新华社记者 张铖 摄},
     * {@code 记者 李隽辉/摄}, {@code （香港中通社記者 謝光磊 攝）}, a photo an agency issued ({@code 中新社发 陈文 摄}), maybe followed by the agency's picture label
     * ({@code 香港中通社圖片}, {@code 新华社发}). Tried on a caption's last characters only. {@code …由记者王五拍摄} is a
     * sentence about the photo, not a credit.
     */
    private static final Pattern CREDIT_END = Pattern.compile(
            "(记者|記者|摄影|攝影|通讯员|通訊員|社发|社發)[^。，,；;！？!?]{0,24}?[/／\\s\u3000]*(?<!拍)(摄|攝)[）)]?"
                    + "(\\s*[^\\s。，,]{1,10}(图片|圖片|发|發))?$");
    /** How far from its end a caption's credit starts, agency label included. */
    private static final int CREDIT_REACH = 48;

    /**
     * Whether a paragraph is a caption of a gallery: it opens with a day and ends with the photographer's credit.
     */
    static boolean isGalleryCaption(String text) {
        String t = text.strip();
        // asked of every paragraph: only one that opens with a digit can open with a day
        if (t.length() < 12 || !Character.isDigit(t.charAt(0)) || !DATED_OPENING.matcher(t).lookingAt()) {
            return false;
        }
        return endsWithCaptionCredit(t);
    }

    /**
     * Whether text ends with a photographer's credit in any of the forms a photo page prints
     * ({@code 记者 李隽辉/摄}, {@code （香港中通社記者 謝光磊 攝） 香港中通社圖片}): a caption is complete there, so the
     * layout did not break it and the next line is another caption.
     */
    static boolean endsWithCaptionCredit(CharSequence text) {
        int n = text.length();
        // asked of every line the layout may have broken: only a line ending as a credit does needs the pattern
        if (n < 6 || "摄攝)）片发發".indexOf(text.charAt(n - 1)) < 0) {
            return false;
        }
        return CREDIT_END.matcher(text).region(Math.max(0, n - CREDIT_REACH), n).find();
    }

    /** Whether a page of these paragraphs is a photo gallery: at least {@link #GALLERY_MIN} dated, credited captions. */
    static boolean isGallery(List<String> texts) {
        return texts.stream().filter(CaptionSets::isGalleryCaption).limit(GALLERY_MIN).count() >= GALLERY_MIN
                || hasCreditedRun(texts) || creditLineCaptions(texts) >= GALLERY_MIN;
    }

    /** A credit line is at most this long ({@code （香港中通社記者 謝光磊 攝） 香港中通社圖片}); a caption runs longer. */
    private static final int CREDIT_LINE_MAX = 26;

    /** A caption whose credit stands on a line of its own spans at most this many lines, the credit line included. */
    private static final int CREDITED_UNIT_LINES = 3;

    /**
     * Whether a line is a photographer's credit standing on its own ({@code 中新社记者 蒋启明 摄}, {@code 新华社记者 金立旺 摄}):
     * shorter than a caption, ending as a credit does.
     */
    static boolean isCreditLine(String text) {
        String t = text.strip();
        return t.length() <= CREDIT_LINE_MAX && t.indexOf('。') < 0 && endsWithCaptionCredit(t);
    }

    /**
     * How many captions of these lines (in page order) open with a day and are closed, one or two lines below, by a
     * credit line of their own ({@code 3月4日，…举行新闻发布会。} over {@code 中新社记者 蒋启明 摄}): the gallery of a site
     * that prints each photo's caption and its credit as two lines. An article's own photo credit closes one caption
     * between its paragraphs, never four.
     */
    private static int creditLineCaptions(List<String> texts) {
        int captions = 0;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i).strip();
            if (t.length() < CAPTION_MIN || !Character.isDigit(t.charAt(0)) || !DATED_OPENING.matcher(t).lookingAt()) {
                continue;
            }
            for (int k = i + 1; k < Math.min(texts.size(), i + CREDITED_UNIT_LINES); k++) {
                if (isCreditLine(texts.get(k))) {
                    captions++;
                    i = k;
                    break;
                }
            }
        }
        return captions;
    }

    /** A caption of a gallery is at least this long (a bare credit line is shorter). */
    private static final int CAPTION_MIN = 12;

    /**
     * Whether a stripped line is a caption closed by its photographer's credit. Printed twice in a row it is the caption
     * of two photos (a gallery prints one caption under each photo, word for word the same when the photos show one
     * moment), not a line the extraction doubled.
     */
    static boolean isCreditedCaption(String stripped) {
        return stripped.length() >= CAPTION_MIN && endsWithCaptionCredit(stripped);
    }

    /**
     * Whether the page prints at least {@link #GALLERY_MIN} credited captions one after another, the first dated
     * ({@code 3月16日，…闭幕。这是…。新华社记者 张领 摄} over {@code 这是闭幕会前代表们留影。新华社记者 刘泉龙 摄}): sibling
     * units of one shape, a gallery whose later captions point back to the first one's day and event. An article's own
     * photos stand between its paragraphs, never four captions in a row.
     */
    private static boolean hasCreditedRun(List<String> texts) {
        int run = 0;
        boolean dated = false;
        for (String text : texts) {
            String t = text.strip();
            if (isCreditedCaption(t)) {
                dated = run == 0 ? DATED_OPENING.matcher(t).lookingAt() : dated;
                run++;
                if (run >= GALLERY_MIN && dated) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /**
     * Whether {@code caption} starts an item of its own after {@code previous} on a gallery page: a caption closed by
     * its credit is complete, so the next dated caption shows another photo. A caption cut off by the store (no
     * credit) still starts its own item when the caption above is complete.
     */
    static boolean startsGalleryItem(String previous, String caption, boolean gallery) {
        if (!gallery || caption.isEmpty() || !Character.isDigit(caption.strip().charAt(0))) {
            return false;
        }
        return isGalleryCaption(previous) && DATED_OPENING.matcher(caption.strip()).lookingAt();
    }

    /**
     * Whether {@code caption} opens the next caption of a gallery that prints each credit on a line of its own: the
     * line above is a credit line ({@code 新华社记者 金立旺 摄}), which closed the caption above, and this one opens with
     * a day ({@code 3月4日晚，…}), even the same words as the caption above (another photo of one moment).
     */
    static boolean startsCaptionAfterCreditLine(String previous, String caption, boolean gallery) {
        String c = caption.strip();
        return gallery && c.length() >= CAPTION_MIN && Character.isDigit(c.charAt(0))
                && DATED_OPENING.matcher(c).lookingAt() && isCreditLine(previous);
    }

    /**
     * Whether {@code caption} is the next caption of a gallery after the credited caption {@code previous}: it closes
     * with its own credit ({@code 这是闭幕会后代表退场。新华社记者 黄敬文 摄}), whatever it opens with.
     */
    static boolean startsCreditedCaption(String previous, String caption, boolean gallery) {
        String c = caption.strip();
        return gallery && isCreditedCaption(c) && endsWithCaptionCredit(previous.strip());
    }

    /** Whether a paragraph opens with the mark of a caption or brief and is prose ({@code △会前，…。}). */
    static boolean isMarkedItem(String text) {
        String t = text.strip();
        // asked of every paragraph: the first character decides before anything else is looked at
        if (t.length() < MARKED_ITEM_MIN || ITEM_MARKS.indexOf(t.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            if ("，,。！？!?；;".indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether these paragraphs (in page order) hold a run of at least {@link #MARKED_RUN_MIN} marked items one after
     * another.
     */
    static boolean hasMarkedRun(List<String> texts) {
        int run = 0;
        for (String text : texts) {
            run = isMarkedItem(text) ? run + 1 : 0;
            if (run >= MARKED_RUN_MIN) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code paragraph} starts an item of its own on a page with a run of marked items. */
    static boolean startsMarkedItem(String previous, String paragraph, boolean markedRun) {
        return markedRun && isMarkedItem(paragraph) && isMarkedItem(previous);
    }
}
