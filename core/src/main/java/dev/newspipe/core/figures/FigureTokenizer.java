package dev.newspipe.core.figures;

import dev.newspipe.core.figures.FigureToken.Type;
import dev.newspipe.core.model.Qualifier;
import java.math.BigDecimal;

/**
 * Reads the tokens figures are made of at a given offset of a text: numbers (Arabic with thousands separators
 * and decimals, full width, Chinese and financial numerals), magnitudes, units of the {@link UnitTable},
 * qualifiers, range marks. Each reader returns the token standing at that offset or {@code null}; the
 * {@link FigureGrammar} composes them. The text is the folded {@link ChineseText.Reading}, whose offsets map back
 * to the source. One tokenizer reads one text on one thread: it remembers the last number it read.
 */
final class FigureTokenizer {

    private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿兆点";
    /** Characters of Chinese numbers, by character: the scanner asks for every character of the text. */
    private static final boolean[] IN_CHINESE_NUMBER = new boolean[0x10000];

    static {
        for (char c : CHINESE_NUMERALS.toCharArray()) {
            IN_CHINESE_NUMBER[c] = true;
        }
    }
    private static final String[] MAGNITUDES = {"万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万", "亿", "万", "千", "k", "K"};
    private static final double[] MAGNITUDE_FACTORS = {1e12, 1e11, 1e10, 1e9, 1e7, 1e6, 1e5, 1e8, 1e4, 1e3, 1e3, 1e3};
    /** The characters a magnitude starts with: anything else after a number is answered at once. */
    private static final String MAGNITUDE_STARTS = "万千百十亿kK";
    private static final String[] POST_QUALIFIERS = {"左右", "以上", "以下", "以内", "多"};
    private static final Qualifier[] POST_MEANINGS = {Qualifier.APPROX, Qualifier.OVER, Qualifier.UNDER, Qualifier.UNDER, Qualifier.OVER};
    private static final String RANGE_MARKS = "—–~～至到-";

    private final String s;
    private final UnitTable units;
    private final int floor;

    /** A tokenizer of {@code text} that sees nothing before {@code floor} (a list number is no part of the text). */
    FigureTokenizer(String text, UnitTable units, int floor) {
        this.s = text;
        this.units = units;
        this.floor = floor;
    }

    String text() {
        return s;
    }

    char at(int i) {
        return i >= floor && i < s.length() ? s.charAt(i) : ' ';
    }

    /** A number in Arabic digits (1,234.5) or the longest Chinese numeral at {@code p} that reads as a number. */
    FigureToken number(int p) {
        return number(p, Integer.MAX_VALUE);
    }

    /*
     * The number last read: the grammar's rules ask for the number at the same offset one after another (fraction,
     * amount, tenths …, then skip past it), and reading it means parsing.
     */
    private int lastP = -1;
    private int lastMaxEnd;
    private FigureToken lastNumber;

    /** As {@link #number(int)}, ending at {@code maxEnd} at the latest: 五千瓦 is 五 and 千瓦 when 五千 and 瓦 fail. */
    FigureToken number(int p, int maxEnd) {
        if (p != lastP || maxEnd != lastMaxEnd) {
            lastNumber = readNumber(p, maxEnd);
            lastP = p;
            lastMaxEnd = maxEnd;
        }
        return lastNumber;
    }

    private FigureToken readNumber(int p, int maxEnd) {
        if (p >= s.length()) {
            return null;
        }
        char c = s.charAt(p);
        if (isDigit(c)) {
            int i = p;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            while (i + 3 < s.length() + 0 && s.charAt(i) == ',' && threeDigits(i + 1)) {
                i += 4;
            }
            if (i + 1 < s.length() && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
                i++;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    i++;
                }
            }
            if (i > maxEnd) {
                return null;
            }
            return new FigureToken(Type.NUMBER, p, i, arabicValue(p, i), null, null, false);
        }
        if (!IN_CHINESE_NUMBER[c]) {
            return null;
        }
        int end = p;
        while (end < s.length() && end < maxEnd && IN_CHINESE_NUMBER[s.charAt(end)]) {
            end++;
        }
        if (end - p >= 2 && (s.charAt(end - 1) == '千' || s.charAt(end - 1) == '兆') && unit(end - 1) != null) {
            end--; // 五十兆字节, 三千克: the 兆 or 千 begins the unit
        }
        if (end == p + 1) {
            // the common case in running text (统一, 进一步): one numeral, read without parsing
            int d = ChineseNumber.digit(c);
            return d >= 0 ? new FigureToken(Type.NUMBER, p, end, d, null, null, true)
                    : c == '十' ? new FigureToken(Type.NUMBER, p, end, 10, null, null, true) : null;
        }
        for (int e = end; e > p; e--) {
            var v = ChineseNumber.parse(s.substring(p, e));
            if (v.isPresent()) {
                return new FigureToken(Type.NUMBER, p, e, v.getAsDouble(), null, null, true);
            }
        }
        return null;
    }

    /**
     * The value of the Arabic number {@code s[p, end)}. Most are whole numbers of a few digits (2024, 47, 1686), read
     * digit by digit exactly as Double.parseDouble would; others (decimals, separators, very long) are parsed.
     */
    private double arabicValue(int p, int end) {
        if (end - p <= 15) {
            long whole = 0;
            for (int i = p; i < end; i++) {
                char c = s.charAt(i);
                if (!isDigit(c)) {
                    return Double.parseDouble(s.substring(p, end).replace(",", ""));
                }
                whole = whole * 10 + (c - '0');
            }
            return whole; // below 10^15 < 2^53: exact
        }
        return Double.parseDouble(s.substring(p, end).replace(",", ""));
    }

    private boolean threeDigits(int i) {
        return i + 3 <= s.length() && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
                && (i + 3 == s.length() || !isDigit(s.charAt(i + 3)));
    }

    /** The end of the run of Chinese numerals starting at {@code p}. */
    int chineseRunEnd(int p) {
        int end = p;
        while (end < s.length() && IN_CHINESE_NUMBER[s.charAt(end)]) {
            end++;
        }
        return end;
    }

    /** Whether a unit of the table starts with {@code c}. */
    boolean startsUnit(char c) {
        return units.startsWith(c);
    }

    /** 万亿, 亿, 万, 千 (not the 千 of 千瓦, 千米, 千克 …), k; {@code longest} caps its length for backing off. */
    FigureToken magnitude(int p, int longest) {
        if (p >= s.length() || MAGNITUDE_STARTS.indexOf(s.charAt(p)) < 0) {
            return null;
        }
        for (int k = 0; k < MAGNITUDES.length; k++) {
            String m = MAGNITUDES[k];
            if (m.length() > longest || !s.startsWith(m, p)) {
                continue;
            }
            char after = at(p + m.length());
            if (m.equals("千") && "瓦米克伏卡字".indexOf(after) >= 0 || (m.equals("k") || m.equals("K")) && isAsciiLetter(after)) {
                continue;
            }
            return new FigureToken(Type.MAGNITUDE, p, p + m.length(), MAGNITUDE_FACTORS[k], null, null, false);
        }
        return null;
    }

    /** The longest unit of the table at {@code p}. */
    FigureToken unit(int p) {
        UnitTable.Unit unit = units.at(s, p);
        return unit == null ? null : new FigureToken(Type.UNIT, p, p + unit.surface().length(), unit.factor(), unit, null, false);
    }

    /**
     * A unit of two or more characters after one space ({@code 202107 美元}); a single character after a space is
     * too often the next word ({@code 表1 人口}), unless {@link #endsSpacedAmount it ends a sum or share}.
     */
    FigureToken spacedUnit(int p) {
        if (at(p) != ' ' || at(p + 1) == ' ') {
            return null;
        }
        FigureToken unit = unit(p + 1);
        return unit != null && !unit.unit().isCount() && (unit.end() - unit.start() >= 2 || endsSpacedAmount(unit)) ? unit : null;
    }

    /** Words that may follow a sum after its unit: a conjunction of a list (38977 元和 16116 元) or a qualifier (以上, 左右, 多). */
    private static final String AFTER_SPACED_AMOUNT = "和及与或至到左以多余";

    /**
     * Whether a one-character unit of an amount after a space ends it, as pages typeset with a space before every unit
     * write it ({@code 38977 元}, {@code 10.1 斤}, {@code 5 %}): nothing after it goes on into a word of its own (元旦,
     * 克服 and 两会 begin with a unit's character). Counts stay out (表1 人口).
     */
    private boolean endsSpacedAmount(FigureToken unit) {
        if (unit.unit().use() != UnitTable.Use.MEASURE || isAsciiLetter(unit.unit().surface().charAt(0))) {
            return false;
        }
        char next = at(unit.end());
        return Character.UnicodeScript.of(next) != Character.UnicodeScript.HAN || AFTER_SPACED_AMOUNT.indexOf(next) >= 0;
    }

    /** 左右, 以上, 以下, 以内, 多 after a figure. */
    FigureToken postQualifier(int p) {
        for (int k = 0; k < POST_QUALIFIERS.length; k++) {
            if (s.startsWith(POST_QUALIFIERS[k], p)) {
                return new FigureToken(Type.QUALIFIER, p, p + POST_QUALIFIERS[k].length(), 0, null, POST_MEANINGS[k], false);
            }
        }
        return null;
    }

    /** 多 or 余 between a number and its unit: 300余名, 2亿多立方米. */
    FigureToken midQualifier(int p) {
        char c = at(p);
        return c == '多' || c == '余' ? new FigureToken(Type.QUALIFIER, p, p + 1, 0, null, Qualifier.OVER, false) : null;
    }

    /** One or two range marks with optional spaces around: 5%—6%, 3 至 5, 1——2. */
    FigureToken range(int p) {
        int i = skipSpaces(p);
        int marks = 0;
        while (marks < 2 && i < s.length() && RANGE_MARKS.indexOf(s.charAt(i)) >= 0) {
            i++;
            marks++;
        }
        return marks == 0 ? null : FigureToken.of(Type.RANGE, p, skipSpaces(i));
    }

    /** × x X * between a factor and what it multiplies. */
    FigureToken times(int p) {
        int i = skipSpaces(p);
        return "×xX*".indexOf(at(i)) >= 0 ? FigureToken.of(Type.TIMES, p, skipSpaces(i + 1)) : null;
    }

    /** 分之 of 百分之五 and 三分之一. */
    FigureToken per(int p) {
        return s.startsWith("分之", p) ? FigureToken.of(Type.PER, p, p + 2) : null;
    }

    /** $ ￥ ¥. */
    FigureToken sign(int p) {
        char c = at(p);
        return c == '$' || c == '￥' || c == '¥' ? new FigureToken(Type.SIGN, p, p + 1, 0, null, null, false) : null;
    }

    int skipSpaces(int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** {@code value × factor} in decimal arithmetic: 150.3亿 is exactly 15030000000, not 15030000000.000002. */
    static double scale(double value, double factor) {
        if (factor == 1) {
            return value;
        }
        double product = value * factor;
        if (value == Math.rint(value) && factor == Math.rint(factor) && Math.abs(product) < 0x1p53) {
            return product; // whole numbers below 2^53: the product is exact in double arithmetic too
        }
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(factor)).doubleValue();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isChineseNumeral(char c) {
        return IN_CHINESE_NUMBER[c] && c != '点' && c != '兆';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
