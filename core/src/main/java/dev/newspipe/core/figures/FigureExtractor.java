package dev.newspipe.core.figures;

import dev.newspipe.core.model.Figure;
import dev.newspipe.core.model.FigureKind;
import dev.newspipe.core.model.Qualifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities in Chinese government news that a reader would chart, following the labelling rules
 * of {@code testdata/gold/seeds.json}: a number with a unit is a figure; dates, ordinals, list numbers,
 * codes with digits (PM2.5, 12345热线) and slogans (四个意识, 十五五) are not.
 *
 * <p>Figures are found as spans: a {@link FigureTokenizer} reads numbers, magnitudes, units (from the
 * {@link UnitTable}), qualifiers and range marks, and the rules of the {@link FigureGrammar} put them together. Each
 * figure keeps its {@code text} exactly as printed and its {@code start}/{@code end} offsets in the text analysed.
 * Then each figure is read in its sentence: the qualifier before it (约, 超过), what it measures (the noun phrase
 * before it, or the figure it elliptically refers to, as in {@code …1686亿元，同比增长7.5%}), what kind it is,
 * which year it belongs to and whether it is a rise or a fall.
 *
 * <p>Pure and stateless: safe to share between threads.
 */
public final class FigureExtractor {

    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\s*[-•·*]\\s*)?(\\d{1,2})[.、．]");
    private static final String CLAUSE_BREAKS = "，,；;。：:！？、（(“”\"";
    /*
     * The words below are read at the ends of the few characters before each figure, so they are plain word lists
     * matched with startsWith/endsWith: a regular expression anchored at the end ("(…)$") is tried at every position
     * of the text, which made these look-ups the extractor's largest cost.
     */
    /** Verbs between a metric and its figure (地区生产总值增长, 完成投资), cut from the end of the text before it. */
    private static final Endings TRAILING_VERBS = Endings.of("完成", "达到", "达", "实现", "增长", "下降", "提高", "降低", "增加", "减少", "上涨",
            "回落", "为", "是", "超过", "突破", "保持在", "稳定在", "控制在", "保持", "稳定", "控制", "约", "近", "超", "逾", "不到", "不足", "接近",
            "净增", "净减", "多", "少", "拉动", "占", "提升", "增", "降",
            // as traditional script writes them (the reading folds numerals only: 為 is no numeral)
            "達到", "達", "實現", "增長", "減少", "上漲", "為", "超過", "穩定在", "淨增", "拉動");
    /** What may stand before such a verb and goes with it: 同比增长, 累计完成, 均为. */
    private static final Endings VERB_PARTICLES = Endings.of("同比", "比上年", "较上年", "分别", "累计", "共计", "共", "均", "总计", "合计",
            "較上年", "分別", "累計", "共計", "總計", "合計");
    /**
     * Words that open a clause without being part of its metric: 全年, 全市, 其中, 一是 …; list marks ({@code -}, {@code •})
     * and a year ({@code 2024年}) too (see {@link #fillerEnd}).
     */
    private static final List<String> LEADING_FILLERS = List.of("全年", "全市", "全省", "全县", "全区", "全国", "今年", "去年", "其中", "我市",
            "年内", "力争", "确保", "累计", "共", "新", "当年", "实现", "完成", "一是", "二是", "三是");
    private static final String LIST_MARKS = "-•·*";
    private static final Endings CHANGE_WORDS = Endings.of("增长", "下降", "提高", "降低", "增加", "减少", "上涨", "回落", "增速", "增幅", "净增",
            "净减", "拉动", "提升", "多", "少");
    /** What compares a figure with an earlier one (同比, 比上年): read past it to the verb before. */
    private static final Endings COMPARED = Endings.of("同比", "比上年", "较上年", "分别", "均");
    private static final Endings SHARE_WORDS = Endings.of("占", "比重", "占比", "比例", "覆盖率", "率", "的");
    /** A sentence or heading with one of these speaks of targets: its figures are {@code target}s. */
    private static final List<String> TARGET_CONTEXT = List.of("预期目标", "目标任务", "工作目标", "力争", "确保", "争取", "计划", "预计", "将达到",
            "目标数据");
    /** Words between a verb of change and its figure: 下降了, 增长到, 同比增长. */
    private static final Endings DIRECTION_FILLER = Endings.of("同比", "比上年", "较上年", "分别", "均", "了", "达到", "达", "至", "到", "约",
            "近", "为", "超过", "超");
    private static final Endings FALL = Endings.of("下降", "减少", "回落", "降低", "下滑", "下跌", "缩减", "缩小", "收窄", "减", "降", "净减", "少");
    private static final Endings RISE = Endings.of("增长", "增加", "提高", "上涨", "上升", "提升", "扩大", "增", "涨", "升", "净增", "多");

    private final UnitTable units;

    public FigureExtractor() {
        this(UnitTable.standard());
    }

    public FigureExtractor(UnitTable units) {
        this.units = units;
    }

    /**
     * Figures of an article body, paragraph by paragraph; headings set the year of what follows them. Offsets are
     * into the body as {@code String.join("\n", paragraphs)}.
     */
    public List<Figure> extract(List<String> paragraphs, LocalDate issueDate) {
        int[] starts = new int[paragraphs.size()];
        int offset = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = offset;
            offset += paragraphs.get(i).length() + 1;
        }
        return extract(paragraphs, starts, issueDate);
    }

    /** Figures of a plain text, as {@code newspipe figures} reads it; offsets are into {@code text}. */
    public List<Figure> extract(String text, LocalDate issueDate) {
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher breaks = Pattern.compile("\\R").matcher(text);
        int from = 0;
        while (breaks.find()) {
            lines.add(text.substring(from, breaks.start()));
            starts.add(from);
            from = breaks.end();
        }
        lines.add(text.substring(from));
        starts.add(from);
        return extract(lines, starts.stream().mapToInt(Integer::intValue).toArray(), issueDate);
    }

    private List<Figure> extract(List<String> paragraphs, int[] starts, LocalDate issueDate) {
        List<Figure> figures = new ArrayList<>();
        Context context = new Context(issueDate == null ? LocalDate.now().getYear() : issueDate.getYear());
        int listNumber = 0;
        for (int k = 0; k < paragraphs.size(); k++) {
            String paragraph = paragraphs.get(k);
            Matcher item = LIST_NUMBER.matcher(paragraph);
            int skipTo = 0;
            if (item.lookingAt() && isListNumber(Integer.parseInt(item.group(2)), listNumber, paragraph, item.end())) {
                // "5.10条" in the fifth item of a list is item 5 of "10条", not 5.10
                listNumber = Integer.parseInt(item.group(2));
                skipTo = item.end();
            } else {
                listNumber = 0;
            }
            boolean heading = isHeading(paragraph);
            ChineseText.Reading reading = ChineseText.reading(paragraph);
            String text = reading.text();
            int from = 0;
            while (from < text.length() && reading.sourceStart(from) < skipTo) {
                from++;
            }
            FigureGrammar grammar = new FigureGrammar(new FigureTokenizer(text, units, from));
            int sentence = from;
            while (sentence < text.length()) {
                int end = sentenceEnd(text, sentence);
                if (end > sentence) {
                    extractSentence(reading, grammar, sentence, end, starts[k], context, figures);
                    context.noteYears(text, sentence, end);
                }
                sentence = Math.max(end, sentence + 1);
            }
            if (heading) {
                context.noteHeading(paragraph);
            }
        }
        return figures;
    }

    /**
     * A figure with where it starts in the sentence, and whether its metric was read from the text before it
     * (an elliptical figure such as {@code 同比增长7.5%} borrows the metric of the last such figure).
     */
    private record Found(int start, Figure figure, boolean explicitMetric) {}

    private void extractSentence(ChineseText.Reading reading, FigureGrammar grammar, int from, int to, int offset, Context context,
            List<Figure> out) {
        // the sentence, its target context and the list of figures are made once it has a figure: most have none, and
        // most have no character a figure can start with, which the grammar skips to at once
        String sentence = null;
        List<Found> found = null;
        boolean target = false;
        int previousEnd = 0;
        int p = grammar.nextStart(from, to);
        while (p < to) {
            FigureGrammar.Match m = grammar.at(p);
            if (m == null || m.end() > to || m.start() < from) {
                p = grammar.nextStart(grammar.skip(p), to);
                continue;
            }
            if (found == null) {
                sentence = reading.text().substring(from, to);
                found = new ArrayList<>();
                target = context.inTargetSection() || containsAny(sentence, TARGET_CONTEXT);
            }
            found.add(read(m, reading, sentence, m.start() - from, previousEnd, offset, context, target, found));
            previousEnd = m.end() - from;
            p = grammar.nextStart(m.end(), to);
        }
        if (found == null) {
            return;
        }
        String printed = reading.source().substring(reading.sourceStart(from), reading.sourceEnd(to)).strip();
        for (Figure f : attributeRespectively(sentence, found)) {
            out.add(new Figure(f.text(), f.value(), f.valueMax(), f.unit(), f.qualifier(), f.metric(), f.kind(), f.year(), printed,
                    f.start(), f.end(), f.direction()));
        }
    }

    private Found read(FigureGrammar.Match m, ChineseText.Reading reading, String sentence, int start, int previousEnd, int offset,
            Context context, boolean target, List<Found> earlier) {
        boolean amount = m.rule() == FigureGrammar.Rule.AMOUNT;
        int clause = clauseStart(sentence, start);
        String textBefore = sentence.substring(amount ? Math.max(previousEnd, clause) : clause, start);
        Qualifier qualifier = m.qualifier() != null ? m.qualifier() : qualifier(sentence.substring(Math.max(0, start - 2), start));
        String metric = metric(textBefore);
        boolean elliptical = amount && (metric == null || metric.startsWith("比") || metric.startsWith("较"));
        if (elliptical) {
            metric = anchorMetric(earlier);
        }
        FigureKind kind = kind(m.unit(), m.count(), textBefore, target);
        Integer year = context.yearFor(sentence.substring(0, start));
        int sourceStart = reading.sourceStart(m.start());
        int sourceEnd = reading.sourceEnd(m.end());
        String text = reading.source().substring(sourceStart, sourceEnd);
        Figure figure = new Figure(text, m.value(), m.valueMax(), m.unit(), qualifier, metric, kind, year, sentence.strip(),
                offset + sourceStart, offset + sourceEnd, direction(textBefore));
        return new Found(start, figure, amount && !elliptical);
    }

    /** The end of the sentence starting at {@code from}: after its closing mark (。！？!?；;), or at a line break. */
    private static int sentenceEnd(String text, int from) {
        if (text.charAt(from) == '\n') {
            return from;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            switch (c) {
                case '。', '！', '？', '!', '?', '；', ';' -> {
                    return i + 1;
                }
                default -> { }
            }
        }
        return text.length();
    }

    /** {@code up} after a verb of rise (增长, 提高), {@code down} after one of fall (下降, 减少, 回落), else {@code null}. */
    static String direction(String textBefore) {
        String text = textBefore.strip();
        int verb = text.length(); // the end of the verb: text[0, verb) once the fillers after it are cut
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (String filler : DIRECTION_FILLER.before(text, verb)) {
                if (endsAt(text, verb, filler)) {
                    verb -= filler.length();
                    stripped = true;
                }
            }
        }
        if (FALL.longestAt(text, verb) > 0) {
            return Figure.DOWN;
        }
        if (RISE.longestAt(text, verb) > 0) {
            return Figure.UP;
        }
        return null;
    }

    /** {@code 分别增长a%、b%}: each figure of the list belongs to the corresponding earlier one. */
    private static List<Figure> attributeRespectively(String sentence, List<Found> found) {
        List<Figure> figures = new ArrayList<>(found.size());
        for (Found f : found) {
            figures.add(f.figure());
        }
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
            String direction = figures.get(after.get(0)).direction();
            boolean toEarlier = metric(lead) == null && before.size() >= after.size();
            for (int k = 0; k < after.size(); k++) {
                Figure f = figures.get(after.get(k));
                String metric = toEarlier ? figures.get(before.get(before.size() - after.size() + k)).metric() : f.metric();
                result.set(after.get(k), new Figure(f.text(), f.value(), f.valueMax(), f.unit(), f.qualifier(), metric, kind, f.year(),
                        f.sentence(), f.start(), f.end(), direction));
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
            String stripped = withoutLeadingFillers(withoutTrailingVerb(t));
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

    /**
     * {@code t} without the verb that ends it, together with a particle before the verb (同比增长, 累计完成); of several
     * readings the longest goes, as 比上年增 rather than 增.
     */
    static String withoutTrailingVerb(String t) {
        int cut = 0;
        for (String verb : TRAILING_VERBS.before(t, t.length())) {
            if (endsAt(t, t.length(), verb)) {
                cut = Math.max(cut, verb.length() + VERB_PARTICLES.longestAt(t, t.length() - verb.length()));
            }
        }
        return cut == 0 ? t : t.substring(0, t.length() - cut);
    }

    /** {@code t} without the fillers that open it, one after another (其中全市, 2024年全年). */
    static String withoutLeadingFillers(String t) {
        int i = 0;
        for (int next = fillerEnd(t, 0); next > i; next = fillerEnd(t, i)) {
            i = next;
        }
        return i == 0 ? t : t.substring(i);
    }

    /** The end of the filler at {@code i}, or {@code i}: a list mark with the spaces after it, a word, or a year (2024年). */
    private static int fillerEnd(String t, int i) {
        if (i >= t.length()) {
            return i;
        }
        if (LIST_MARKS.indexOf(t.charAt(i)) >= 0) {
            int j = i + 1;
            while (j < t.length() && isAsciiSpace(t.charAt(j))) {
                j++;
            }
            return j;
        }
        for (String word : LEADING_FILLERS) {
            if (t.startsWith(word, i)) {
                return i + word.length();
            }
        }
        if (i + 5 <= t.length() && t.charAt(i + 4) == '年' && FigureTokenizer.isDigit(t.charAt(i)) && FigureTokenizer.isDigit(t.charAt(i + 1))
                && FigureTokenizer.isDigit(t.charAt(i + 2)) && FigureTokenizer.isDigit(t.charAt(i + 3))) {
            return i + 5;
        }
        return i;
    }

    /**
     * A word list read at the end of a text (verbs, particles, fillers before a figure), with the characters its words
     * end with: the character before a figure is rarely one of them, and then no word of the list needs trying.
     */
    private record Endings(List<String> words, String lastChars) {

        static Endings of(String... words) {
            StringBuilder last = new StringBuilder();
            for (String w : words) {
                if (last.indexOf(w.substring(w.length() - 1)) < 0) {
                    last.append(w.charAt(w.length() - 1));
                }
            }
            return new Endings(List.of(words), last.toString());
        }

        /** The words, in their order, when one may end {@code t} at {@code end}; none when the character there ends none. */
        List<String> before(String t, int end) {
            return end > 0 && lastChars.indexOf(t.charAt(end - 1)) >= 0 ? words : List.of();
        }

        /** The length of the longest word that ends {@code t} at {@code end}, or 0. */
        int longestAt(String t, int end) {
            int longest = 0;
            for (String word : before(t, end)) {
                if (word.length() > longest && endsAt(t, end, word)) {
                    longest = word.length();
                }
            }
            return longest;
        }
    }

    /**
     * Whether {@code word} ends {@code t} at {@code end}. The last characters are compared first: these look-ups run
     * for every figure over every word of a list, and most words fail on their last character.
     */
    private static boolean endsAt(String t, int end, String word) {
        int start = end - word.length();
        return start >= 0 && t.charAt(end - 1) == word.charAt(word.length() - 1) && t.startsWith(word, start);
    }

    private static boolean containsAny(String t, List<String> words) {
        for (String word : words) {
            if (t.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static FigureKind kind(String unit, boolean count, String textBefore, boolean target) {
        if (target) {
            return FigureKind.TARGET;
        }
        String before = textBefore.strip();
        String verb = before.substring(0, before.length() - COMPARED.longestAt(before, before.length()));
        if (CHANGE_WORDS.longestAt(verb, verb.length()) > 0 || CHANGE_WORDS.longestAt(before, before.length()) > 0) {
            return FigureKind.CHANGE;
        }
        if (unit.equals("%") || unit.equals("‰") || unit.equals("百分点")) {
            return SHARE_WORDS.longestAt(verb, verb.length()) > 0 || !unit.equals("百分点") ? FigureKind.SHARE : FigureKind.CHANGE;
        }
        return unit.isEmpty() || count ? FigureKind.COUNT : FigureKind.LEVEL;
    }

    /** 约, 近, 接近, 超, 超过, 突破, 逾, 不到, 不足 before a figure. */
    private static Qualifier qualifier(String prefix) {
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

    private static int clauseStart(String sentence, int index) {
        for (int i = Math.min(index, sentence.length()) - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.indexOf(sentence.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
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

    private static final int NO_YEAR = -1;

    /**
     * The year written before the {@code 年} at {@code nian} in {@code text[from, to)}: four digits, perhaps spaced from it
     * ({@code 2024年}, {@code 2024 年}); {@link #NO_YEAR} when the digits are missing or the 年 begins a date
     * ({@code 2024年3月6日} names a day, which says nothing about the year of the figures around it).
     */
    static int yearAt(String text, int nian, int from, int to) {
        int digits = nian;
        while (digits > from && isAsciiSpace(text.charAt(digits - 1))) {
            digits--;
        }
        if (digits - 4 < from) {
            return NO_YEAR;
        }
        int year = 0;
        for (int i = digits - 4; i < digits; i++) {
            char c = text.charAt(i);
            if (!FigureTokenizer.isDigit(c)) {
                return NO_YEAR;
            }
            year = year * 10 + (c - '0');
        }
        return beginsDate(text, nian + 1, to) ? NO_YEAR : year;
    }

    /** Whether {@code text[p, to)} starts with a month and a day: one or two numerals, 月 and a digit (3月6日, 十一月 2日). */
    private static boolean beginsDate(String text, int p, int to) {
        for (int numerals = 1; numerals <= 2 && p + numerals <= to && MONTH_NUMERALS.indexOf(text.charAt(p + numerals - 1)) >= 0;
                numerals++) {
            int i = p + numerals;
            while (i < to && isAsciiSpace(text.charAt(i))) {
                i++;
            }
            if (i + 1 < to && text.charAt(i) == '月' && FigureTokenizer.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final String MONTH_NUMERALS = "0123456789一二三四五六七八九十";

    /** Space, tab, line break, form feed: white space as ASCII has it. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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

        /** Notes the years written in {@code text}'s sentence {@code [from, to)}. */
        void noteYears(String text, int from, int to) {
            for (int nian = text.indexOf('年', from); nian >= 0 && nian < to; nian = text.indexOf('年', nian + 1)) {
                int y = yearAt(text, nian, from, to);
                if (y >= 1949 && y <= issueYear + 15) {
                    lastYear = y;
                }
            }
        }

        void noteHeading(String heading) {
            int first = NO_YEAR;
            for (int nian = heading.indexOf('年'); nian >= 0 && first == NO_YEAR; nian = heading.indexOf('年', nian + 1)) {
                first = yearAt(heading, nian, 0, heading.length());
            }
            headingYear = first != NO_YEAR ? Integer.valueOf(first) : heading.contains("今年") ? Integer.valueOf(issueYear) : null;
            targetSection = containsAny(heading, TARGET_CONTEXT) || heading.contains("目标");
            if (headingYear != null) {
                lastYear = headingYear;
            }
        }

        boolean inTargetSection() {
            return targetSection;
        }

        Integer yearFor(String sentenceBefore) {
            for (int nian = sentenceBefore.lastIndexOf('年'); nian >= 0; nian = sentenceBefore.lastIndexOf('年', nian - 1)) {
                int y = yearAt(sentenceBefore, nian, 0, sentenceBefore.length());
                if (y != NO_YEAR) {
                    return y; // the last year written before the figure
                }
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
