package dev.newspipe.core.figures;

import dev.newspipe.core.read.PinyinGloss;

/**
 * Folds the variants a Chinese text may write numbers in onto one form, character for character (so
 * offsets stay valid): full-width digits, decimal point, percent and minus signs to ASCII (punctuation such as
 * ，stays: clauses are split on it), traditional and financial numerals
 * (萬, 億, 點, 兩, 個, 壹, 貳, 叁, 拾, 佰, 仟 …) to the simplified ones the extractor reads.
 */
final class ChineseText {

    private static final String FROM = "萬億點兩個對壹贰貳叁參肆伍陆陸柒捌玖拾佰仟零兆";
    private static final String TO = "万亿点两个对一二二三三四五六六七八九十百千零兆";
    /** Characters a number, a share or its unit word is written with; spaces between two of them are layout. */
    private static final String NUMERIC = "0123456789.%零〇一二两三四五六七八九十百千万亿点分之个成折";

    /** The simplified form of each character FROM folds, '\0' elsewhere: one array read per character. */
    private static final char[] FOLD = new char[0x10000];
    /** Whether {@link #normalise} changes a character: FROM, and the full-width forms it folds to ASCII. */
    private static final boolean[] FOLDS = new boolean[0x10000];
    private static final boolean[] IS_NUMERIC = new boolean[0x10000];
    /** Character.isWhitespace by character: asked after every numeric character, and 一, 个, 成, 分 are frequent. */
    private static final boolean[] IS_WHITESPACE = new boolean[0x10000];

    static {
        for (int i = 0; i < FROM.length(); i++) {
            FOLD[FROM.charAt(i)] = TO.charAt(i);
            FOLDS[FROM.charAt(i)] = true;
        }
        for (char c : "０１２３４５６７８９．％－＋＄Ｋｋ".toCharArray()) {
            FOLDS[c] = true;
        }
        for (char c : NUMERIC.toCharArray()) {
            IS_NUMERIC[c] = true;
        }
        for (int c = 0; c < IS_WHITESPACE.length; c++) {
            IS_WHITESPACE[c] = Character.isWhitespace(c);
        }
    }

    private ChineseText() {}

    static String normalise(String text) {
        if (!needsFolding(text)) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '，' && i > 0 && isFullWidthDigit(text.charAt(i - 1)) && i + 3 < text.length() && isFullWidthDigit(text.charAt(i + 1))
                    && isFullWidthDigit(text.charAt(i + 2)) && isFullWidthDigit(text.charAt(i + 3))) {
                // ９，９９９: a thousands separator inside a number typeset in full width
                chars[i] = ',';
            } else if (isFullWidthDigit(c) || c == '．' || c == '％' || c == '－' || c == '＋' || c == '＄' || c == 'Ｋ' || c == 'ｋ') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (FOLD[c] != 0) {
                chars[i] = FOLD[c];
            }
        }
        return new String(chars);
    }

    /**
     * The text as the figure tokenizer reads it: {@link #normalise folded} and with {@link #closeNumericGaps layout
     * gaps inside numbers} removed, with the offset in {@code source} of every character, so that whatever is
     * found in the reading points back at the text exactly as printed.
     */
    record Reading(String text, int[] origin, String source) {

        /** Where the reading's characters {@code [start, end)} stand in the source. */
        int sourceStart(int start) {
            return start >= text.length() ? source.length() : origin == null ? start : origin[start];
        }

        int sourceEnd(int end) {
            return end == 0 ? 0 : origin == null ? end : origin[end - 1] + 1;
        }
    }

    static Reading reading(String source) {
        String folded = normalise(source);
        boolean glossed = hasRomanisationGloss(folded);
        if (!glossed && !hasNumericGap(folded)) {
            return new Reading(folded, null, source); // the common case: one character for one
        }
        StringBuilder out = new StringBuilder(folded.length());
        int[] origin = new int[folded.length()];
        int n = 0;
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            int gloss = glossed && n > 0 ? PinyinGloss.end(folded, i) : i;
            if (gloss > i) {
                i = gloss; // 萬(wàn): the gloss is read past, as if the text were written without it
                continue;
            }
            if (Character.isWhitespace(c) && n > 0 && IS_NUMERIC[out.charAt(n - 1)]) {
                int j = i;
                while (j < folded.length() && Character.isWhitespace(folded.charAt(j))) {
                    j++;
                }
                if (j < folded.length() && IS_NUMERIC[folded.charAt(j)]) {
                    i = j;
                    continue;
                }
            }
            out.append(c);
            origin[n++] = i;
            i++;
        }
        return new Reading(out.toString(), n == origin.length ? origin : java.util.Arrays.copyOf(origin, n), source);
    }

    /** Whether {@link #normalise} would change the text: one table read per character, as most text has nothing to fold. */
    private static boolean needsFolding(String text) {
        for (int i = 0, length = text.length(); i < length; i++) {
            if (FOLDS[text.charAt(i)]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text carries romanisation glosses: traditional-script pages converted by some sites put the pinyin
     * of a character in brackets after it ({@code 統(tǒng)計(jì)}, {@code 312.87萬(wàn)人}).
     */
    private static boolean hasRomanisationGloss(String text) {
        for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
            if (PinyinGloss.end(text, i) > i) {
                return true;
            }
        }
        return false;
    }

    /** Whether white space follows a numeric character somewhere (before the last character). */
    private static boolean hasNumericGap(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            if (IS_NUMERIC[text.charAt(i - 1)] && IS_WHITESPACE[text.charAt(i)]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFullWidthDigit(char c) {
        return c >= '０' && c <= '９';
    }

    /**
     * Removes white space between two characters of a number or share ({@code 百 分 之 2.4}, {@code 七成 六},
     * {@code 一 百 五 十 个 百 分 点}): extraction damage, not meaning. The result is shorter than the input.
     */
    static String closeNumericGaps(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && out.length() > 0 && NUMERIC.indexOf(out.charAt(out.length() - 1)) >= 0) {
                int j = i;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && NUMERIC.indexOf(text.charAt(j)) >= 0) {
                    i = j;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
