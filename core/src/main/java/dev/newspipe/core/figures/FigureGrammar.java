package dev.newspipe.core.figures;

import dev.newspipe.core.model.Qualifier;

/**
 * The grammar of figures over the tokens of a {@link FigureTokenizer}. Each rule reads one form of figure
 * starting at an offset and returns its {@link Match} (offsets into the analysed text, value, unit, qualifier)
 * or {@code null}:
 *
 * <ul>
 *   <li>{@link #amount}: [factor ×] number [magnitude] [[unit] range number [magnitude]] [多|余] unit [/ unit]
 *       [半] [parts: 三毛, 又三美分] [左右|以上|以下|以内|多]: 1686亿元, 3—5万人, 2×100万千瓦, 五元三毛, 万元/人
 *   <li>{@link #fraction}: denominator 分之 number: 百分之五点二 (5.2%), 千分之三 (‰), 三分之一 (33.3…%)
 *   <li>{@link #tenths}: number 成|折 [digit|半]: 三成 (30%), 七成六 (76%), 九折 (90%)
 *   <li>{@link #signedMoney}: $|￥ number [magnitude]: ￥300, $20
 *   <li>{@link #bareMagnitude}: number [多|余] 万|亿|万亿 [多|余] without a unit: 超过3300万
 * </ul>
 *
 * A negative sign (负, 零下, -) in front belongs to the figure. What a figure measures, its kind, year and
 * direction are read from its sentence by {@link FigureExtractor}.
 */
final class FigureGrammar {

    /** The rule a figure was read by. */
    enum Rule { AMOUNT, FRACTION, TENTHS, SIGNED_MONEY, BARE_MAGNITUDE }

    /**
     * A figure found: {@code [start, end)} in the analysed text, the unit as reported ({@code ""} for a bare count
     * in 万 or 亿), whether its unit counts things.
     */
    record Match(Rule rule, int start, int end, double value, Double valueMax, String unit, Qualifier qualifier, boolean count,
            boolean magnitude) {}

    /** What 两 as "two" comes before in this genre (两会, 两院, 两岸 …, 一两天): then it is no weight. */
    private static final String TWO_OF = "年月天日周次会院岸委国地侧翼新级";

    private final FigureTokenizer t;

    FigureGrammar(FigureTokenizer tokenizer) {
        this.t = tokenizer;
    }

    /** The first rule that reads a figure at {@code p}, in order of precedence, or {@code null}. */
    Match at(int p) {
        char c = t.at(p);
        Match m = null;
        if (FigureTokenizer.isChineseNumeral(c) && !mayContinue(t.chineseRunEnd(p))) {
            return null; // most Chinese numerals in running text (统一, 一是) are followed by nothing a figure needs
        }
        if (FigureTokenizer.isDigit(c) || FigureTokenizer.isChineseNumeral(c)) {
            m = fraction(p);
            if (m == null) {
                m = percentWithoutZhi(p);
            }
            if (m == null) {
                m = amount(p);
            }
            if (m == null) {
                m = tenths(p);
            }
            if (m == null) {
                m = bareMagnitude(p);
            }
        } else if (c == '半' || c == '对') {
            m = tenths(p);
        } else if (c == '$' || c == '￥' || c == '¥') {
            m = signedMoney(p);
        }
        return m;
    }

    /**
     * Whether the text after a run of Chinese numerals ending at {@code end} can continue a figure: a unit (also one
     * beginning with the run's last character, 千瓦), 分之, 成, 折, 多, 余, 半, a range mark, a space or 度 (零下五度).
     */
    private boolean mayContinue(int end) {
        char next = t.at(end);
        return t.startsUnit(next) || t.startsUnit(t.at(end - 1)) || "分成折多余半—–~～至到-/ 度".indexOf(next) >= 0;
    }

    /**
     * Where a figure may start: a digit, a Chinese numeral, 半 or 对 (of 半成, 对折) or a currency sign, as {@link #at} reads
     * them. Most characters of running text are none of these.
     */
    private static final boolean[] MAY_START = new boolean[0x10000];

    static {
        for (int i = 0; i < MAY_START.length; i++) {
            char c = (char) i;
            MAY_START[c] = FigureTokenizer.isDigit(c) || FigureTokenizer.isChineseNumeral(c) || "半对$￥¥".indexOf(c) >= 0;
        }
    }

    /**
     * The first offset in {@code [p, to)} at which {@link #at} may find a figure, or {@code to}: at every other offset
     * it finds none, so the extractor need not ask.
     */
    int nextStart(int p, int to) {
        while (p < to && !MAY_START[t.at(p)]) {
            p++;
        }
        return p;
    }

    /** Where the next rule may start after a failure at {@code p}: past the whole number standing there. */
    int skip(int p) {
        char c = t.at(p);
        if (!FigureTokenizer.isDigit(c) && !FigureTokenizer.isChineseNumeral(c)) {
            return p + 1;
        }
        FigureToken n = t.number(p);
        return n == null ? p + 1 : n.end();
    }

    Match amount(int p) {
        char before = t.at(p - 1);
        if (before == '第' || isAsciiLetterOrDigit(before) || before == '.') {
            return null;
        }
        double factor = 1;
        int q = p;
        FigureToken first = t.number(p);
        if (first == null) {
            return null;
        }
        FigureToken times = first.chinese() ? null : t.times(first.end());
        if (times != null && first.value() == Math.rint(first.value()) && t.number(times.end()) != null) {
            factor = first.value();
            q = times.end();
        }
        // back off on the number and magnitude: 五千瓦 is 五 千瓦, 二两 is 二 两
        int maxEnd = Integer.MAX_VALUE;
        for (int guard = 0; guard < 4; guard++) {
            FigureToken n1 = t.number(q, maxEnd);
            if (n1 == null) {
                return null;
            }
            for (int longest = 2; longest >= 0; longest--) {
                FigureToken m1 = longest == 0 ? null : t.magnitude(n1.end(), longest);
                if (longest > 0 && m1 == null) {
                    continue;
                }
                Match m = amountAfter(p, factor, n1, m1, true);
                if (m == null) {
                    m = amountAfter(p, factor, n1, m1, false);
                }
                if (m != null) {
                    return m;
                }
                if (m1 != null) {
                    longest = m1.end() - m1.start();
                }
            }
            if (!n1.chinese() || n1.end() - n1.start() < 2) {
                return null;
            }
            maxEnd = n1.end() - 1;
        }
        return null;
    }

    private Match amountAfter(int p, double factor, FigureToken n1, FigureToken m1, boolean withRange) {
        int pos = m1 == null ? n1.end() : m1.end();
        // a range: 5%—6%, 3—5万人, 1-2个
        FigureToken u1 = withRange ? t.unit(pos) : null;
        FigureToken range = withRange ? t.range(u1 != null ? u1.end() : pos) : null;
        if (withRange && (range == null || u1 != null && u1.unit().use() == UnitTable.Use.PART)) {
            return null;
        }
        double value = FigureTokenizer.scale(n1.value(), m1 == null ? 1 : m1.value());
        Double valueMax = null;
        Qualifier qualifier = null;
        boolean magnitude = m1 != null || n1.chinese() && hasMagnitudeChar(n1);
        if (range != null) {
            FigureToken n2 = t.number(range.end());
            if (n2 == null || n2.chinese() != n1.chinese()) {
                return null;
            } else {
                FigureToken m2 = t.magnitude(n2.end(), 2);
                if (m1 == null && m2 != null && u1 == null) {
                    value = FigureTokenizer.scale(n1.value(), m2.value());
                }
                valueMax = FigureTokenizer.scale(n2.value(), m2 == null ? 1 : m2.value());
                qualifier = Qualifier.RANGE;
                magnitude |= m2 != null;
                pos = m2 == null ? n2.end() : m2.end();
            }
        }
        FigureToken mid = t.midQualifier(pos);
        if (mid != null) {
            pos = mid.end();
        }
        FigureToken unit = t.unit(pos);
        if (unit == null && mid == null && !n1.chinese()) {
            unit = t.spacedUnit(pos);
        }
        String canonical;
        boolean count;
        if (unit != null && unit.unit().use() != UnitTable.Use.PART) {
            canonical = unit.unit().canonical();
            count = unit.unit().isCount();
            pos = unit.end();
            if (canonical.equals("个") && (t.at(pos) == '点' && value != Math.rint(value) || sharesPercentagePoints(pos))) {
                // 高出预期1.9个点 (a tenth of a thing is no count), 高于全国、全省1个、0.2个百分点: percentage points
                canonical = "百分点";
                count = false;
                pos = t.at(pos) == '点' ? pos + 1 : pos;
            }
            if (canonical.equals("两") && (t.unit(pos) != null || TWO_OF.indexOf(t.at(pos)) >= 0)) {
                return null; // 一两天, 两三个, 2024两会: the numeral 两 (two), not the weight
            }
        } else if (t.at(pos) == '度' && belowZero(p)) {
            canonical = "℃"; // 零下五度
            count = false;
            pos++;
        } else {
            return null;
        }
        int end = pos;
        char after = t.at(end);
        char before = t.at(p - 1);
        if (FigureTokenizer.isAsciiLetter(unit == null ? ' ' : unit.unit().surface().charAt(0)) && n1.chinese()) {
            return null;
        }
        if (FigureTokenizer.isAsciiLetter(after)) {
            return null;
        }
        if (n1.chinese() && (insideQuotes(p) || insideTitle(p) || before == '每' || before == '前' || before == '后' || after == '是')) {
            return null;
        }
        if (n1.chinese() && !magnitude && value <= 10 && n1.value() == Math.rint(n1.value()) && count
                && !countsPeopleVotesOrDocuments(canonical, value)) {
            // 四个意识, 两个维护, 九个方面, 一处: rhetoric, not quantities
            return null;
        }
        // a compound unit: 万元/人, 微克/立方米
        if (t.at(end) == '/' && unit != null) {
            FigureToken per = t.unit(end + 1);
            if (per != null && per.unit().use() != UnitTable.Use.PART) {
                canonical = canonical + "/" + per.unit().canonical();
                count = false;
                end = per.end();
            }
        }
        if (t.at(end) == '半' && "年月天日".indexOf(t.at(end + 1)) < 0) {
            value += 0.5; // 一吨半, 十五斤半
            end++;
        }
        FigureToken post = t.postQualifier(end);
        if (post == null && unit != null && unit.unit().dimension().equals("money") && !canonical.contains("/")) {
            // the parts of a sum: 五元三毛, 50元6角三分, 两美元又三美分
            int q = end;
            double sum = value;
            boolean any = false;
            for (int k = 0; k < 2; k++) {
                int from = t.at(q) == '又' || t.at(q) == '零' ? q + 1 : q;
                FigureToken n = t.number(from);
                if (n == null || n.value() >= 100 || n.value() != Math.rint(n.value())) {
                    break;
                }
                FigureToken part = t.unit(n.end());
                if (part == null || part.unit().use() != UnitTable.Use.PART || !part.unit().canonical().equals(canonical)) {
                    break;
                }
                sum += n.value() * part.unit().factor();
                q = part.end();
                any = true;
            }
            if (any) {
                value = Math.round(sum * 100) / 100.0;
                end = q;
            }
        }
        if (n1.chinese() && FigureTokenizer.isChineseNumeral(t.at(end))) {
            return null; // 一个一个, 两两: not an amount
        }
        if (post != null) {
            end = post.end();
            if (qualifier == null) {
                qualifier = post.qualifier();
            }
        } else if (mid != null && qualifier == null) {
            qualifier = Qualifier.OVER;
        }
        value *= factor;
        int start = p;
        if (negative(start)) {
            value = -value;
            start = start - negativeLength(start);
        }
        return new Match(Rule.AMOUNT, start, end, value, valueMax, canonical, qualifier, count, magnitude);
    }

    /**
     * Whether the count in 个 ending at {@code pos} is the first of an enumeration whose last member carries the unit for
     * all: {@code 1个、0.2个百分点}, {@code 0.8个、0.1个、1.3个百分点}. The enumeration is read over its 、 and 和, each
     * member a number and 个, up to 个百分点.
     */
    private boolean sharesPercentagePoints(int pos) {
        for (int k = 0; k < 8; k++) {
            char mark = t.at(pos);
            if (mark != '、' && mark != '和') {
                return false;
            }
            FigureToken n = t.number(pos + 1);
            if (n == null) {
                return false;
            }
            FigureToken unit = t.unit(n.end());
            if (unit == null) {
                return false;
            }
            if (unit.unit().canonical().equals("百分点")) {
                return true;
            }
            if (!unit.unit().surface().equals("个")) {
                return false;
            }
            pos = unit.end();
        }
        return false;
    }

    /**
     * Whether a small count in Chinese numerals counts people, votes or documents (四名村医代表, 反对十票, 通过的六份报告):
     * these units make no slogan (as 个 makes 四个意识), though 一名 is the article "a" (作为一名代表), 一票否决 a set
     * phrase and 一份答卷 a figure of speech.
     */
    private static boolean countsPeopleVotesOrDocuments(String unit, double value) {
        return value >= 2 && (unit.equals("名") || unit.equals("票") || unit.equals("份"));
    }

    /**
     * {@code 百分九十九点二} (99.2%), {@code 百分七十二}: 百分之 without its 之, as Hong Kong papers and older mainland text
     * write a share. Only after 百 alone (not 一百分, a score) and before a Chinese numeral (not 百分点, 百分比).
     */
    Match percentWithoutZhi(int p) {
        char before = t.at(p - 1);
        if (t.at(p) != '百' || t.at(p + 1) != '分' || !FigureTokenizer.isChineseNumeral(t.at(p + 2)) || before == '第'
                || FigureTokenizer.isChineseNumeral(before) || FigureTokenizer.isDigit(before)) {
            return null;
        }
        FigureToken n = t.number(p + 2);
        if (n == null || !n.chinese() || n.value() >= 100) {
            return null; // 百分百 (wholly) is a set phrase
        }
        return new Match(Rule.FRACTION, p, n.end(), n.value(), null, "%", null, false, false);
    }

    /** {@code 百分之五点二}, {@code 千分之三}, {@code 三分之一}: a share of the denominator. */
    Match fraction(int p) {
        int i = p;
        while (i < t.text().length() && (FigureTokenizer.isDigit(t.at(i)) || FigureTokenizer.isChineseNumeral(t.at(i)))) {
            i++;
        }
        if (i == p || t.per(i) == null) {
            return null;
        }
        double denominator = denominator(t.text().substring(p, i));
        FigureToken n = t.number(i + 2);
        if (denominator <= 0 || n == null) {
            if (denominator > 0 && t.at(i + 2) == '百') {
                n = new FigureToken(FigureToken.Type.NUMBER, i + 2, i + 3, 100, null, null, true); // 百分之百
            } else {
                return null;
            }
        }
        double value = n.value();
        int end = n.end();
        int k = t.skipSpaces(end);
        if ((t.at(k) == 'k' || t.at(k) == 'K') && !FigureTokenizer.isAsciiLetter(t.at(k + 1))) {
            value *= 1000; // 百分之52.5k
            end = k + 1;
        }
        String unit;
        if (denominator == 100) {
            unit = "%";
        } else if (denominator == 1000) {
            unit = "‰";
        } else if (denominator == 10000) {
            unit = "‱";
        } else {
            unit = "%";
            value = value * 100 / denominator;
        }
        int start = p;
        if (negative(start)) {
            value = -value;
            start -= negativeLength(start);
        }
        return new Match(Rule.FRACTION, start, end, value, null, unit, null, false, false);
    }

    private static double denominator(String text) {
        if (FigureTokenizer.isDigit(text.charAt(0))) {
            return text.chars().allMatch(c -> c >= '0' && c <= '9') ? Double.parseDouble(text) : -1;
        }
        if (text.chars().allMatch(c -> "十百千万亿".indexOf(c) >= 0)) {
            // 百分之, 十万分之, 万万分之, 百万万分之: powers of ten multiply
            double d = 1;
            for (char c : text.toCharArray()) {
                d *= switch (c) {
                    case '十' -> 10;
                    case '百' -> 100;
                    case '千' -> 1000;
                    case '万' -> 1e4;
                    default -> 1e8;
                };
            }
            return d;
        }
        return ChineseNumber.parse(text).orElse(-1);
    }

    /** 三成 = 30%, 七成六 = 76%, 三成半 = 35%, 九折 = 90%, 五五折 = 55%, 75折 = 75%, 对折 = 50%. */
    Match tenths(int p) {
        char before = t.at(p - 1);
        if (before == '第' || FigureTokenizer.isChineseNumeral(before) || FigureTokenizer.isDigit(before)) {
            return null;
        }
        int i = p;
        double base;
        char c = t.at(p);
        if (c == '半' || c == '对') {
            i = p + 1;
            base = -1;
        } else if (FigureTokenizer.isDigit(c)) {
            FigureToken n = t.number(p);
            i = n.end();
            base = n.value();
        } else {
            int e = p;
            while (e < p + 2 && FigureTokenizer.isChineseNumeral(t.at(e)) && "零〇百千万亿".indexOf(t.at(e)) < 0) {
                e++;
            }
            if (t.at(e) == '点' && FigureTokenizer.isChineseNumeral(t.at(e + 1))) {
                e += 2;
            }
            if (e == p) {
                return null;
            }
            String n = t.text().substring(p, e);
            if (n.length() == 2 && ChineseNumber.digit(n.charAt(0)) > 0 && ChineseNumber.digit(n.charAt(1)) > 0) {
                base = ChineseNumber.digit(n.charAt(0)) + ChineseNumber.digit(n.charAt(1)) / 10.0;
            } else {
                var v = ChineseNumber.parse(n);
                if (v.isEmpty()) {
                    return null;
                }
                base = v.getAsDouble();
            }
            i = e;
        }
        char unit = t.at(i);
        char next = t.at(i + 1);
        boolean tenth = unit == '成' && "为立功果本员绩就效熟长交都型品套片".indexOf(next) < 0;
        boolean discount = unit == '折' && "扣旧算合射叠腾线".indexOf(next) < 0;
        if (!tenth && !discount) {
            return null;
        }
        if (base < 0) {
            if (c == '对' && !discount) {
                return null;
            }
            base = discount ? 5 : 0.5; // 半折 is half price, 半成 half a tenth
        } else if (discount && FigureTokenizer.isDigit(c) && base >= 10 && base < 100 && base == Math.rint(base)) {
            base = base / 10; // 75折
        }
        if (base > 10) {
            return null;
        }
        int end = i + 1;
        char rest = t.at(end);
        if (rest == '半') {
            base += 0.5;
            end++;
        } else if (ChineseNumber.digit(rest) > 0 && rest != '两') {
            base += ChineseNumber.digit(rest) / 10.0;
            end++;
        }
        double value = Math.round(base * 10 * 1e6) / 1e6;
        int start = p;
        if (negative(start)) {
            value = -value;
            start -= negativeLength(start);
        }
        return new Match(Rule.TENTHS, start, end, value, null, "%", null, false, false);
    }

    /** ￥300, $20亿. */
    Match signedMoney(int p) {
        FigureToken sign = t.sign(p);
        if (sign == null) {
            return null;
        }
        int q = t.skipSpaces(sign.end());
        FigureToken n = t.number(q);
        if (n == null || n.chinese()) {
            return null;
        }
        FigureToken m = t.magnitude(n.end(), 2);
        double value = FigureTokenizer.scale(n.value(), m == null ? 1 : m.value());
        return new Match(Rule.SIGNED_MONEY, p, m == null ? n.end() : m.end(), value, null, t.at(p) == '$' ? "美元" : "元", null, false,
                m != null);
    }

    /** A count in 万 or 亿 without a unit: 超过3300万, 6600多万纳税人. */
    Match bareMagnitude(int p) {
        char before = t.at(p - 1);
        if (before == '第' || isAsciiLetterOrDigit(before) || before == '.') {
            return null;
        }
        FigureToken n = t.number(p);
        if (n == null || n.chinese()) {
            return null;
        }
        int pos = n.end();
        FigureToken mid0 = t.midQualifier(pos);
        if (mid0 != null) {
            pos = mid0.end();
        }
        FigureToken m = t.magnitude(pos, 2);
        if (m == null || m.value() < 1e4 || "万亿".indexOf(t.at(m.start())) < 0) {
            return null;
        }
        pos = m.end();
        FigureToken mid = t.midQualifier(pos);
        if (mid != null) {
            pos = mid.end();
        }
        if (FigureTokenizer.isDigit(t.at(pos)) || FigureTokenizer.isChineseNumeral(t.at(pos))) {
            return null;
        }
        return new Match(Rule.BARE_MAGNITUDE, p, pos, FigureTokenizer.scale(n.value(), m.value()), null, "",
                mid0 != null || mid != null ? Qualifier.OVER : null, true, true);
    }

    private boolean negative(int start) {
        return negativeLength(start) > 0;
    }

    /** 负 (负增长2%), 零下 (零下5℃), or a minus sign not standing between two numbers. */
    private int negativeLength(int start) {
        char c = t.at(start - 1);
        if (c == '负') {
            return 1;
        }
        if (c == '下' && t.at(start - 2) == '零') {
            return 2;
        }
        if ((c == '-' || c == '−') && FigureTokenizer.isDigit(t.at(start))) {
            char b = t.at(start - 2);
            return isAsciiLetterOrDigit(b) || b == '%' || b == '.' ? 0 : 1;
        }
        return 0;
    }

    private boolean belowZero(int p) {
        return t.at(p - 1) == '下' && t.at(p - 2) == '零';
    }

    private boolean hasMagnitudeChar(FigureToken n) {
        for (int i = n.start(); i < n.end(); i++) {
            if (t.at(i) == '万' || t.at(i) == '亿') {
                return true;
            }
        }
        return false;
    }

    private boolean insideQuotes(int index) {
        String s = t.text();
        int open = s.lastIndexOf('“', index);
        int close = s.lastIndexOf('”', index);
        return open > close;
    }

    /** Whether {@code index} stands inside a title 《…》: 《两份电报》 names a work, it counts nothing. */
    private boolean insideTitle(int index) {
        String s = t.text();
        return s.lastIndexOf('《', index) > s.lastIndexOf('》', index);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return FigureTokenizer.isAsciiLetter(c) || FigureTokenizer.isDigit(c);
    }
}
