package dev.newspipe.core.figures;

import dev.newspipe.core.model.Figure;
import dev.newspipe.core.model.FigureKind;
import dev.newspipe.core.model.Qualifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities in Chinese government news that a reader would chart, following the labelling rules
 * of {@code testdata/gold/seeds.json}: a number with a unit is a figure; dates, ordinals, list numbers,
 * codes with digits (PM2.5, 12345热线) and slogans (四个意识, 十五五) are not.
 *
 * <p>Each figure is read in its sentence: the qualifier around it (约, 以上, a—b), what it measures (the
 * noun phrase before it, or the figure it elliptically refers to, as in {@code …1686亿元，同比增长7.5%}),
 * what kind it is and which year it belongs to.
 *
 * <p>Pure and stateless: safe to share between threads.
 */
public final class FigureExtractor {

    private static final String AR = "[-−]?\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    private static final String CN = "[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?";
    private static final String NUM = "(?:" + AR + "|" + CN + ")";
    private static final String MAG = "(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?![瓦米克伏卡字])|[kK](?![a-zA-Z]))?";
    private static final List<String> MEASURE_UNITS = List.of("个百分点", "百分点", "平方公里", "平方米", "立方米", "千瓦时", "标准箱",
            "千瓦", "兆瓦", "公里", "千米", "公顷", "公斤", "千克", "毫克", "微克", "克", "公分", "厘米", "毫米", "美元", "美圆", "欧元", "港元",
            "日元", "英镑", "澳元", "加元", "韩元", "卢布", "卢比", "比索", "泰铢", "林吉特", "奈拉", "兰特", "里拉", "瑞士法郎", "新台币",
            "台币", "人民币", "个比特币", "比特币", "元", "千字节", "兆字节", "字节", "吨", "斤", "亩", "米", "升", "倍",
            "%", "‰", "千卡", "kWh", "GW", "MW", "kW", "km", "cm", "mm", "kg", "KM", "CM", "KG", "m");
    private static final List<String> COUNT_UNITS = List.of("人次", "架次", "车次", "场次", "个", "家", "人", "名", "位", "户", "套", "座",
            "所", "张", "件", "项", "条", "台", "场", "类", "辆", "架", "艘", "列", "间", "栋", "处", "批", "种", "部", "支", "头", "只",
            "棵", "株", "篇", "册", "例", "宗", "笔", "份", "款", "天", "岁");
    private static final String UNIT = unitAlternation();
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?:(?<factor>\\d+)\\s*[×xX*]\\s*)?"
                    + "(?<n1>" + NUM + ")(?<m1>" + MAG + ")(?<u1>" + UNIT + ")?"
                    + "(?:\\s*[—–~～至到-]{1,2}\\s*(?<n2>" + NUM + ")(?<m2>" + MAG + "))?"
                    + "(?<mid>多|余)?(?<unit>" + UNIT + ")(?<half>半(?![年月天日]))?(?<post>左右|以上|以下|以内|多)?");
    /** 百分之五点二, 千分之三, 万分之四: the formal way to write a share. */
    private static final Pattern PER_PHRASE = Pattern.compile(
            "(?<per>百万万分之|万万分之|亿分之|千万分之|百万分之|十万分之|百分之|千分之|万分之)\\s*(?<n>" + NUM + ")(?<k>\\s*[kK](?![a-zA-Z]))?");
    /** 超过3300万, 6600多万纳税人: a count in 万 or 亿 written without a measure word. */
    private static final Pattern BARE_MAGNITUDE = Pattern.compile(
            "(?<n>\\d+(?:\\.\\d+)?)(?<mid0>多|余)?(?<m>万亿|亿|万)(?<mid>多|余)?(?![0-9零〇一二两三四五六七八九十百千])");
    /** 50元6角三分: the 角 and 分 after an amount in 元. */
    private static final Pattern JIAO_FEN = Pattern.compile("^(?<jiao>[0-9一二三四五六七八九])角(?:(?<fen>[0-9一二三四五六七八九])分)?");
    /** 三成, 七成六, 三成半, 九折, 五五折, 75折: shares in tenths. */
    private static final Pattern TENTHS = Pattern.compile(
            "(?<n>\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]{1,2}(?:点[一二三四五六七八九])?|半|对)\\s*(?<unit>成(?![为立功果本员绩就效熟长交都型品套片])|折(?![扣旧算合射叠腾线]))"
                    + "(?<rest>[一二三四五六七八九]|半)?");
    /** ￥300, $20: a currency sign in front instead of a unit behind. */
    private static final Pattern SIGNED_MONEY = Pattern.compile("(?<sign>[$￥¥])\\s*(?<n>" + AR + ")(?<m>" + MAG + ")");
    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\s*[-•·*]\\s*)?(\\d{1,2})[.、．]");
    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?；;\\n]+[。！？!?；;]?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年(?![0-9一二三四五六七八九十]{1,2}\\s*月\\d)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;。：:！？、（(“”\"]");
    private static final Pattern TRAILING_VERB = Pattern.compile(
            "(同比|比上年|较上年|分别|累计|共计|共|均|总计|合计)?(完成|达到|达|实现|增长|下降|提高|降低|增加|减少|上涨|回落|为|是|"
                    + "超过|突破|保持在|稳定在|控制在|保持|稳定|控制|约|近|超|逾|不到|不足|接近|净增|净减|多|少|拉动|占|提升|增|降)$");
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^([-•·*]\\s*|全年|全市|全省|全县|全区|全国|今年|去年|其中|我市|年内|力争|确保|累计|共|新|当年|实现|完成|\\d{4}年|一是|二是|三是)+");
    private static final Pattern CHANGE_WORDS = Pattern.compile("(增长|下降|提高|降低|增加|减少|上涨|回落|增速|增幅|净增|净减|拉动|提升|多|少)$");
    private static final Pattern SHARE_WORDS = Pattern.compile("(占|比重|占比|比例|覆盖率|率|的)$");
    private static final Pattern TARGET_CONTEXT = Pattern.compile("预期目标|目标任务|工作目标|力争|确保|争取|计划|预计|将达到|目标数据");
    private static final Set<String> COUNT_UNIT_SET = Set.copyOf(COUNT_UNITS);

    /** Figures of an article body, paragraph by paragraph; headings set the year of what follows them. */
    public List<Figure> extract(List<String> paragraphs, LocalDate issueDate) {
        List<Figure> figures = new ArrayList<>();
        Context context = new Context(issueDate.getYear());
        int listNumber = 0;
        for (String paragraph : paragraphs) {
            Matcher item = LIST_NUMBER.matcher(paragraph);
            String text = paragraph;
            if (item.find() && isListNumber(Integer.parseInt(item.group(2)), listNumber, paragraph, item.end())) {
                // "5.10条" in the fifth item of a list is item 5 of "10条", not 5.10
                listNumber = Integer.parseInt(item.group(2));
                text = " ".repeat(item.end()) + paragraph.substring(item.end());
            } else {
                listNumber = 0;
            }
            boolean heading = isHeading(paragraph);
            Matcher sentences = SENTENCE.matcher(text);
            while (sentences.find()) {
                String sentence = sentences.group();
                extractSentence(sentence, context, figures);
                context.noteYears(sentence, heading);
            }
            if (heading) {
                context.noteHeading(paragraph);
            }
        }
        return figures;
    }

    /** Figures of a plain text, as {@code newspipe figures} reads it. */
    public List<Figure> extract(String text, LocalDate issueDate) {
        return extract(List.of(text.split("\\R")), issueDate);
    }

    /**
     * A figure with where it starts in the sentence, and whether its metric was read from the text before it
     * (an elliptical figure such as {@code 同比增长7.5%} borrows the metric of the last such figure).
     */
    private record Found(int start, Figure figure, boolean explicitMetric) {}

    private void extractSentence(String original, Context context, List<Figure> out) {
        String sentence = ChineseText.closeNumericGaps(ChineseText.normalise(original));
        List<int[]> taken = new ArrayList<>();
        List<Found> special = readSpecialForms(sentence, context, taken);
        Matcher m = CANDIDATE.matcher(sentence);
        List<Found> found = new ArrayList<>();
        int previousEnd = 0;
        int nextSpecial = 0;
        List<int[]> unitSpans = new ArrayList<>();
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            unitSpans.add(new int[] {m.start(), m.end()});
            while (nextSpecial < special.size() && special.get(nextSpecial).start() < m.start()) {
                found.add(special.get(nextSpecial++));
            }
            Found figure = read(m, sentence, context, previousEnd, found);
            if (figure != null) {
                found.add(figure);
                previousEnd = m.end();
            }
        }
        taken.addAll(unitSpans);
        List<Found> rest = new ArrayList<>(special.subList(nextSpecial, special.size()));
        rest.addAll(readBareMagnitudes(sentence, context, taken));
        rest.sort(Comparator.comparingInt(Found::start));
        found.addAll(rest);
        String printed = original.strip();
        for (Figure f : attributeRespectively(sentence, found)) {
            out.add(new Figure(f.text(), f.value(), f.valueMax(), f.unit(), f.qualifier(), f.metric(), f.kind(), f.year(), printed));
        }
    }

    /** A share or amount in a special form, before its context is read. */
    private record Span(int start, int end, double value, String unit) {}

    /** Shares written as words (百分之五, 三成, 九折) and money with a sign in front (￥300), in order of position. */
    private List<Found> readSpecialForms(String sentence, Context context, List<int[]> taken) {
        List<Span> found = new ArrayList<>();
        Matcher per = PER_PHRASE.matcher(sentence);
        while (per.find()) {
            // 百分之七十百分位: the longest prefix that is a number
            String n = per.group("n");
            OptionalDouble v = n.equals("百") ? OptionalDouble.of(100) : OptionalDouble.empty();
            int length = n.length();
            while (v.isEmpty() && length > 0) {
                v = number(n.substring(0, length), "");
                if (v.isEmpty()) {
                    length--;
                }
            }
            if (v.isPresent()) {
                int end = per.start("n") + (n.equals("百") ? 1 : length);
                double value = v.getAsDouble();
                if (per.group("k") != null && length == n.length()) {
                    value *= 1000;
                    end = per.end();
                }
                String unit = switch (per.group("per")) {
                    case "百分之" -> "%";
                    case "千分之" -> "‰";
                    case "万分之" -> "‱";
                    default -> {
                        value = value * 100 / denominator(per.group("per"));
                        yield "%";
                    }
                };
                found.add(new Span(per.start(), end, value, unit));
            }
        }
        Matcher tenths = TENTHS.matcher(sentence);
        while (tenths.find()) {
            OptionalDouble v = tenths(tenths.group("n"), tenths.group("unit"), tenths.group("rest"));
            char before = tenths.start() > 0 ? sentence.charAt(tenths.start() - 1) : ' ';
            if (v.isPresent() && before != '第' && !isNumeral(before) && !Character.isDigit(before)) {
                found.add(new Span(tenths.start(), tenths.end(), v.getAsDouble(), "%"));
            }
        }
        Matcher money = SIGNED_MONEY.matcher(sentence);
        while (money.find()) {
            OptionalDouble v = number(money.group("n"), money.group("m"));
            if (v.isPresent()) {
                found.add(new Span(money.start(), money.end(), v.getAsDouble(), money.group("sign").equals("$") ? "美元" : "元"));
            }
        }
        found.sort(Comparator.comparingInt(Span::start));
        List<Found> figures = new ArrayList<>();
        for (Span f : found) {
            if (overlaps(taken, f.start(), f.end())) {
                continue;
            }
            boolean negative = f.start() > 0 && sentence.charAt(f.start() - 1) == '负';
            int from = negative ? f.start() - 1 : f.start();
            taken.add(new int[] {from, f.end()});
            String textBefore = sentence.substring(clauseStart(sentence, from), from);
            figures.add(new Found(from, new Figure(sentence.substring(from, f.end()), (negative ? -1 : 1) * f.value(), null, f.unit(),
                    qualifier(null, null, sentence.substring(Math.max(0, from - 2), from)), metric(textBefore),
                    kind(f.unit(), textBefore, sentence, context), context.yearFor(sentence.substring(0, from), FigureKind.SHARE),
                    sentence.strip()), false));
        }
        return figures;
    }

    private static double denominator(String per) {
        return switch (per) {
            case "十万分之" -> 1e5;
            case "百万分之" -> 1e6;
            case "千万分之" -> 1e7;
            case "百万万分之" -> 1e10;
            default -> 1e8;
        };
    }

    /** Counts in 万 or 亿 without a unit, where no figure with a unit stands. */
    private List<Found> readBareMagnitudes(String sentence, Context context, List<int[]> taken) {
        List<Found> figures = new ArrayList<>();
        Matcher bare = BARE_MAGNITUDE.matcher(sentence);
        while (bare.find()) {
            int start = bare.start();
            char before = start > 0 ? sentence.charAt(start - 1) : ' ';
            if (overlaps(taken, start, bare.end()) || before == '第' || isAsciiLetterOrDigit(before) || before == '.') {
                continue;
            }
            OptionalDouble v = number(bare.group("n"), bare.group("m"));
            if (v.isEmpty()) {
                continue;
            }
            String textBefore = sentence.substring(clauseStart(sentence, start), start);
            Qualifier qualifier = bare.group("mid0") != null || bare.group("mid") != null ? Qualifier.OVER
                    : qualifier(null, null, sentence.substring(Math.max(0, start - 2), start));
            Figure figure = new Figure(bare.group(), v.getAsDouble(), null, "", qualifier, metric(textBefore),
                    kind("", textBefore, sentence, context), context.yearFor(sentence.substring(0, start), FigureKind.COUNT),
                    sentence.strip());
            figures.add(new Found(start, figure, false));
        }
        return figures;
    }

    /** 三成 = 30%, 七成六 = 76%, 三成半 = 35%, 九折 = 90%, 五五折 = 55%, 75折 = 75%, 对折 = 50%. */
    private static OptionalDouble tenths(String n, String unit, String rest) {
        double base;
        if (n.equals("半")) {
            // 半折 is half price, 半成 half a tenth
            base = unit.equals("折") ? 5 : 0.5;
        } else if (n.equals("对")) {
            if (!unit.equals("折")) {
                return OptionalDouble.empty();
            }
            base = 5;
        } else if (Character.isDigit(n.charAt(0))) {
            base = Double.parseDouble(n);
            if (unit.equals("折") && base >= 10 && base < 100 && n.indexOf('.') < 0) {
                base = base / 10;
            }
        } else if (n.length() == 2 && ChineseNumber.digit(n.charAt(0)) > 0 && ChineseNumber.digit(n.charAt(1)) > 0) {
            base = ChineseNumber.digit(n.charAt(0)) + ChineseNumber.digit(n.charAt(1)) / 10.0;
        } else {
            OptionalDouble v = ChineseNumber.parse(n);
            if (v.isEmpty()) {
                return v;
            }
            base = v.getAsDouble();
        }
        if (base > 10) {
            return OptionalDouble.empty();
        }
        if (rest != null) {
            base += rest.equals("半") ? 0.5 : ChineseNumber.digit(rest.charAt(0)) / 10.0;
        }
        return OptionalDouble.of(Math.round(base * 10 * 1e6) / 1e6);
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start < span[1] && end > span[0]) {
                return true;
            }
        }
        return false;
    }

    private Found read(Matcher m, String sentence, Context context, int previousEnd, List<Found> earlier) {
        int start = m.start();
        int end = m.end();
        String n1 = m.group("n1");
        boolean chinese = !Character.isDigit(n1.charAt(n1.length() - 1));
        char before = start > 0 ? sentence.charAt(start - 1) : ' ';
        char after = end < sentence.length() ? sentence.charAt(end) : ' ';
        String rawUnit = m.group("unit");
        boolean asciiUnit = isAsciiLetter(rawUnit.charAt(0));
        if (before == '第' || isAsciiLetterOrDigit(before) || before == '.' || isAsciiLetter(after)) {
            return null;
        }
        if (asciiUnit && !n1.isEmpty() && !Character.isDigit(n1.charAt(n1.length() - 1))) {
            return null;
        }
        if (chinese && (insideQuotes(sentence, start) || before == '每' || before == '前' || before == '后'
                || isNumeral(after) || after == '是')) {
            return null;
        }
        OptionalDouble v1 = number(n1, m.group("m1"));
        if (v1.isEmpty()) {
            return null;
        }
        String unit = normaliseUnit(rawUnit);
        boolean magnitude = !m.group("m1").isEmpty() || n1.contains("万") || n1.contains("亿");
        if (chinese && !magnitude && v1.getAsDouble() <= 10 && !n1.contains("点") && COUNT_UNIT_SET.contains(unit)) {
            // 四个意识, 两个维护, 九个方面, 一处: rhetoric, not quantities
            return null;
        }
        double value = v1.getAsDouble();
        Double valueMax = null;
        Qualifier qualifier = null;
        if (m.group("n2") != null) {
            OptionalDouble v2 = number(m.group("n2"), m.group("m2"));
            if (v2.isEmpty()) {
                return null;
            }
            if (m.group("m1").isEmpty() && !m.group("m2").isEmpty()) {
                // 3—5万人: the magnitude written once applies to both ends
                value = number(n1, m.group("m2")).orElse(value);
            }
            valueMax = v2.getAsDouble();
            qualifier = Qualifier.RANGE;
        }
        if (m.group("factor") != null) {
            value *= Double.parseDouble(m.group("factor"));
        }
        if (m.group("half") != null) {
            // 一吨半, 十五斤半
            value += 0.5;
        }
        if (rawUnit.equals("元") && m.group("post") == null) {
            Matcher jiaoFen = JIAO_FEN.matcher(sentence.substring(end));
            if (jiaoFen.find()) {
                value += digitValue(jiaoFen.group("jiao")) / 10.0 + (jiaoFen.group("fen") == null ? 0 : digitValue(jiaoFen.group("fen")) / 100.0);
                value = Math.round(value * 100) / 100.0;
                end += jiaoFen.end();
            }
        }
        if (before == '负') {
            value = -value;
            start--;
        }
        if (qualifier == null) {
            qualifier = qualifier(m.group("post"), m.group("mid"), sentence.substring(Math.max(0, start - 2), start));
        }
        String textBefore = sentence.substring(Math.max(previousEnd, clauseStart(sentence, start)), start);
        String metric = metric(textBefore);
        boolean elliptical = metric == null || metric.startsWith("比") || metric.startsWith("较");
        if (elliptical) {
            metric = anchorMetric(earlier);
        }
        FigureKind kind = kind(unit, textBefore, sentence, context);
        Integer year = context.yearFor(sentence.substring(0, start), kind);
        String text = sentence.substring(start, end);
        return new Found(start, new Figure(text, value, valueMax, unit, qualifier, metric, kind, year, sentence.strip()), !elliptical);
    }

    /** {@code 分别增长a%、b%}: each figure of the list belongs to the corresponding earlier one. */
    private static List<Figure> attributeRespectively(String sentence, List<Found> found) {
        List<Figure> figures = found.stream().map(Found::figure).toList();
        int respectively = sentence.indexOf("分别");
        if (respectively < 0 || figures.size() < 2) {
            return figures;
        }
        List<Figure> result = new ArrayList<>(figures);
        List<Integer> after = new ArrayList<>();
        List<Integer> before = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            (found.get(i).start() > respectively ? after : before).add(i);
        }
        String lead = sentence.substring(clauseStart(sentence, respectively), respectively);
        if (after.size() >= 2) {
            // the verb before 分别 (增长, 下降 …) makes every figure of the list the same kind
            FigureKind kind = figures.get(after.get(0)).kind();
            boolean toEarlier = metric(lead) == null && before.size() >= after.size();
            for (int k = 0; k < after.size(); k++) {
                Figure f = figures.get(after.get(k));
                String metric = toEarlier ? figures.get(before.get(before.size() - after.size() + k)).metric() : f.metric();
                result.set(after.get(k), new Figure(f.text(), f.value(), f.valueMax(), f.unit(), f.qualifier(), metric, kind, f.year(),
                        f.sentence()));
            }
        }
        return result;
    }

    private static String anchorMetric(List<Found> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).explicitMetric()) {
                return earlier.get(i).figure().metric();
            }
        }
        return null;
    }

    static String metric(String textBefore) {
        String t = textBefore.strip();
        for (int guard = 0; guard < 4; guard++) {
            String stripped = TRAILING_VERB.matcher(t).replaceFirst("");
            stripped = LEADING_FILLER.matcher(stripped).replaceFirst("");
            if (stripped.equals(t)) {
                break;
            }
            t = stripped;
        }
        t = t.strip();
        if (t.length() > 24) {
            t = t.substring(t.length() - 24);
        }
        return t.length() < 2 ? null : t;
    }

    private static FigureKind kind(String unit, String textBefore, String sentence, Context context) {
        String before = textBefore.strip();
        if (TARGET_CONTEXT.matcher(sentence).find() || context.inTargetSection()) {
            return FigureKind.TARGET;
        }
        String verb = before.replaceAll("(同比|比上年|较上年|分别|均)$", "");
        if (CHANGE_WORDS.matcher(verb).find() || CHANGE_WORDS.matcher(before).find()) {
            return FigureKind.CHANGE;
        }
        if (unit.equals("%") || unit.equals("‰") || unit.equals("百分点")) {
            return SHARE_WORDS.matcher(verb).find() || !unit.equals("百分点") ? FigureKind.SHARE : FigureKind.CHANGE;
        }
        return unit.isEmpty() || COUNT_UNIT_SET.contains(unit) ? FigureKind.COUNT : FigureKind.LEVEL;
    }

    private static Qualifier qualifier(String post, String mid, String prefix) {
        if (post != null) {
            return switch (post) {
                case "左右" -> Qualifier.APPROX;
                case "以上", "多" -> Qualifier.OVER;
                default -> Qualifier.UNDER;
            };
        }
        if (mid != null) {
            return Qualifier.OVER;
        }
        if (prefix.endsWith("约") || prefix.endsWith("近") || prefix.endsWith("接近")) {
            return Qualifier.APPROX;
        }
        if (prefix.endsWith("超") || prefix.endsWith("超过") || prefix.endsWith("突破") || prefix.endsWith("逾")) {
            return Qualifier.OVER;
        }
        if (prefix.endsWith("不到") || prefix.endsWith("不足")) {
            return Qualifier.UNDER;
        }
        return null;
    }

    private static OptionalDouble number(String digits, String magnitude) {
        if (Character.isDigit(digits.charAt(digits.length() - 1))) {
            // decimal arithmetic: 150.3亿 is exactly 15030000000, not 15030000000.000002
            BigDecimal value = new BigDecimal(digits.replace(",", "").replace('−', '-'));
            return OptionalDouble.of(value.multiply(BigDecimal.valueOf(factor(magnitude))).doubleValue());
        }
        OptionalDouble base = ChineseNumber.parse(digits);
        return base.isEmpty() ? base : OptionalDouble.of(scale(base.getAsDouble(), magnitude));
    }

    private static double scale(double value, String magnitude) {
        return Math.round(value * factor(magnitude) * 1e6) / 1e6;
    }

    private static double factor(String magnitude) {
        return switch (magnitude) {
            case "万亿" -> 1e12;
            case "千亿" -> 1e11;
            case "百亿" -> 1e10;
            case "十亿" -> 1e9;
            case "亿" -> 1e8;
            case "千万" -> 1e7;
            case "百万" -> 1e6;
            case "十万" -> 1e5;
            case "万" -> 1e4;
            case "千", "k", "K" -> 1e3;
            default -> 1;
        };
    }

    private static String normaliseUnit(String unit) {
        return switch (unit) {
            case "个百分点" -> "百分点";
            case "美圆" -> "美元";
            case "人民币" -> "元";
            case "个比特币" -> "比特币";
            default -> unit;
        };
    }

    private static int clauseStart(String sentence, int index) {
        int start = 0;
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        while (m.find() && m.start() < index) {
            start = m.end();
        }
        return start;
    }

    private static boolean insideQuotes(String sentence, int index) {
        int open = sentence.lastIndexOf('“', index);
        int close = sentence.lastIndexOf('”', index);
        return open > close;
    }

    /** The next number of a running list, or a first item whose number is not the start of a decimal. */
    private static boolean isListNumber(int number, int previous, String paragraph, int end) {
        if (previous > 0 && number == previous + 1) {
            return true;
        }
        return number == 1 && (end >= paragraph.length() || !Character.isDigit(paragraph.charAt(end)));
    }

    private static boolean isHeading(String paragraph) {
        return paragraph.length() <= 40 && !paragraph.contains("。") && !paragraph.startsWith("-");
    }

    private static int digitValue(String digit) {
        char c = digit.charAt(0);
        return Character.isDigit(c) ? c - '0' : ChineseNumber.digit(c);
    }

    private static boolean isNumeral(char c) {
        return "零〇一二两三四五六七八九十".indexOf(c) >= 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static String unitAlternation() {
        List<String> units = new ArrayList<>(MEASURE_UNITS);
        units.addAll(COUNT_UNITS);
        units.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return String.join("|", units.stream().map(Pattern::quote).toList());
    }

    /** What earlier text says about the year: explicit years, 今年/去年, the heading above. */
    private static final class Context {
        private final int issueYear;
        private Integer lastYear;
        private Integer headingYear;
        private boolean targetSection;

        Context(int issueYear) {
            this.issueYear = issueYear;
        }

        void noteYears(String sentence, boolean heading) {
            Matcher m = YEAR.matcher(sentence);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y >= 1949 && y <= issueYear + 15) {
                    lastYear = y;
                }
            }
        }

        void noteHeading(String heading) {
            Matcher m = YEAR.matcher(heading);
            headingYear = m.find() ? Integer.valueOf(m.group(1)) : heading.contains("今年") ? Integer.valueOf(issueYear) : null;
            targetSection = TARGET_CONTEXT.matcher(heading).find() || heading.contains("目标");
            if (headingYear != null) {
                lastYear = headingYear;
            }
        }

        boolean inTargetSection() {
            return targetSection;
        }

        Integer yearFor(String sentenceBefore, FigureKind kind) {
            Matcher m = YEAR.matcher(sentenceBefore);
            Integer inSentence = null;
            while (m.find()) {
                inSentence = Integer.parseInt(m.group(1));
            }
            if (inSentence != null) {
                return inSentence;
            }
            if (sentenceBefore.contains("今年") || sentenceBefore.contains("本年")) {
                return issueYear;
            }
            if (sentenceBefore.contains("去年") || sentenceBefore.contains("上年度") || sentenceBefore.contains("过去一年")) {
                return issueYear - 1;
            }
            if (headingYear != null) {
                return headingYear;
            }
            return lastYear != null ? lastYear : issueYear;
        }
    }
}
