package dev.newspipe.bench.quality;

import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.model.Article;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Multi-article pages composed from single-article documents, a measure of the splitter that does not depend on
 * fitting any one page ({@code ./bench quality --compose}).
 *
 * <p>The labelled pages the splitter was developed on score far higher than pages of a shape it has not met, so
 * this measure builds pages instead: 2–5 single-article documents of the labelled sets, their titles and bodies as
 * the splitter read them, laid out the way the genre's e-paper pages print (see {@link Layout}), with a seeded
 * random choice of documents and of the layout's details. Since every composed page knows its articles, articles
 * found and precision need no labels: an article is found when one output article starts with its first
 * {@value #START_CHARS} body characters (whitespace ignored) and has its title.
 */
public final class ComposedPages {

    /** How many body characters (whitespace ignored) identify an article. */
    static final int START_CHARS = 12;
    static final long DEFAULT_SEED = 20261122L;
    static final int DEFAULT_PAGES_PER_LAYOUT = 60;

    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。！？；;!?]");
    private static final Pattern OPENS_WITH_DATELINE = Pattern.compile("^(本报讯|本報訊|新华社|新華社|本报|本報)[^。]{0,20}(讯|电|訊|電)");

    /** The page shapes the genre prints. */
    public enum Layout {
        /** Headline line, blank line, body paragraphs; articles separated by blank lines. */
        PLAIN("a headline, paragraphs"),
        /** Kicker, headline, {@code ——} subtitle, and a lead with the dateline glued to it ({@code 本报讯（记者 某某）…}). */
        HEADED_LEAD("kicker, headline, subtitle, dateline lead"),
        /** An edition header on top ({@code 2024年3月5日 星期二 第3版 要闻 责任编辑：某某}) and a photo caption with its credit between articles. */
        PAGE_HEADER_CAPTIONS("page header, captions between articles"),
        /** 简讯: short briefs, each a short title line (with a bullet or plain) over one short paragraph. */
        BRIEFS("briefs"),
        /** The headline broken over two lines, as a narrow column prints it. */
        BROKEN_HEADLINE("headline over two lines"),
        /**
         * A web dump or archive copy of a {@link #PLAIN} page that sets every line off by one blank line, the gaps
         * between articles too: no blank line says where an article ends.
         */
        DOUBLE_SPACED_PLAIN("plain, a blank line between every line", PLAIN),
        /** A {@link #HEADED_LEAD} page with a blank line between every line. */
        DOUBLE_SPACED_HEADED_LEAD("headed lead, a blank line between every line", HEADED_LEAD),
        /** A {@link #BRIEFS} column with a blank line between every line (headline, blank, brief, blank, headline …). */
        DOUBLE_SPACED_BRIEFS("briefs, a blank line between every line", BRIEFS);

        final String description;
        /** The layout a double-spaced page is composed in before every line is set off by one blank line; null for itself. */
        final Layout printed;

        Layout(String description) {
            this(description, null);
        }

        Layout(String description, Layout printed) {
            this.description = description;
            this.printed = printed;
        }
    }

    /** One single-article document as the splitter read it: its title and paragraphs. */
    public record Source(String title, List<String> paragraphs) {
        public Source {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** An article a composed page holds: its title and the start of its body, whitespace removed. */
    public record Expected(String title, String bodyStart) {}

    /** A composed page: its text and the articles on it, in order. */
    public record Page(Layout layout, String text, List<Expected> articles) {
        public Page {
            articles = List.copyOf(articles);
        }
    }

    /** How a page split: which of its articles were found, and how many output articles were one of them. */
    public record Outcome(Page page, List<Article> output, List<Expected> missed, int matched) {
        public int found() {
            return page.articles().size() - missed.size();
        }
    }

    // Small tables of what the genre prints around articles; none is taken from a labelled document.
    private static final String[] KICKERS = {"聚焦全国两会", "学习贯彻全会精神", "代表委员风采", "优化营商环境在行动", "基层人大工作巡礼",
        "奋进新征程 建功新时代", "高质量发展调研行"};
    private static final String[] SUBTITLES = {"——写在市人民代表大会召开之际", "——市人大常委会开展专题调研侧记", "——访市人大代表",
        "——我市推进重点工作综述", "——来自基层一线的报道"};
    private static final String[] REPORTERS = {"王伟", "李雪峰", "张丽", "刘洋", "陈静", "赵建国", "杨帆", "周敏"};
    private static final String[] SECTIONS = {"要闻", "综合", "时政", "人大", "经济", "社会"};
    private static final String[] CAPTIONS = {"会议现场。", "代表们认真审议报告。", "图为调研现场。", "与会人员认真听取报告。",
        "工作人员向群众讲解有关政策。"};
    private static final String[] CREDIT_FORMS = {"记者 %s 摄", "（记者 %s 摄）", "本报记者 %s 摄"};
    private static final String[] BRIEF_BULLETS = {"", "■", "●"};
    private static final String INDENT = "\u3000\u3000";

    private ComposedPages() {}

    /**
     * The single-article documents usable as sources: the article holding the most body text, with a title of a
     * headline's length and no sentence punctuation, and a first paragraph long enough to identify it.
     */
    public static List<Source> sources(QualityRun run) {
        List<Source> out = new ArrayList<>();
        for (DocumentResult r : run.results()) {
            if (r.document().articlesLabelled() || r.rejected() != null) {
                continue;
            }
            Article main = r.articles().stream().max(Comparator.comparingInt(a -> QualityRun.squeeze(a.body()).length())).orElse(null);
            if (main == null || main.title() == null || main.continuedFrom() != null) {
                continue;
            }
            String title = main.title().strip();
            // the paragraphs a reader reads as the article's text: sentences in Chinese; what a web dump leaves around
            // them (link words, counters, addresses) is the source page's residue, not part of what is composed
            List<String> paragraphs = main.paragraphs().stream().map(String::strip)
                    .filter(p -> SENTENCE_PUNCTUATION.matcher(p).find() && hanShare(p) >= 0.6).limit(8).toList();
            if (title.length() < 6 || title.length() > 40 || SENTENCE_PUNCTUATION.matcher(title).find() || hanShare(title) < 0.8
                    || paragraphs.isEmpty() || QualityRun.squeeze(paragraphs.get(0)).length() < 2 * START_CHARS) {
                continue;
            }
            out.add(new Source(title, paragraphs));
        }
        return out;
    }

    /** Share of Han characters among the non-whitespace characters (punctuation counts as Han-like). */
    static double hanShare(String text) {
        String s = QualityRun.squeeze(text);
        long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.getType(c) == Character.OTHER_PUNCTUATION || c >= 0xFF00 && c <= 0xFFEF || c >= 0x3000 && c <= 0x303F).count();
        return s.isEmpty() ? 0 : (double) han / s.codePointCount(0, s.length());
    }

    /** {@code count} pages of each layout, each of 2–5 distinct sources drawn with {@code seed}. */
    public static List<Page> pages(List<Source> sources, long seed, int count) {
        Random random = new Random(seed);
        List<Page> out = new ArrayList<>();
        for (Layout layout : Layout.values()) {
            for (int p = 0; p < count && sources.size() >= 2; p++) {
                int n = 2 + random.nextInt(Math.min(4, sources.size() - 1));
                List<Source> pool = new ArrayList<>(sources);
                List<Source> chosen = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    chosen.add(pool.remove(random.nextInt(pool.size())));
                }
                out.add(compose(layout, chosen, random));
            }
        }
        return out;
    }

    /** One page of {@code layout} holding {@code items} in order. */
    public static Page compose(Layout layout, List<Source> items, Random random) {
        if (layout.printed != null) {
            Page page = compose(layout.printed, items, random);
            return new Page(layout, doubleSpaced(page.text()), page.articles());
        }
        StringBuilder text = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        boolean indent = random.nextBoolean();
        if (layout == Layout.PAGE_HEADER_CAPTIONS) {
            text.append(pageHeader(random)).append("\n\n");
        }
        if (layout == Layout.BRIEFS && random.nextBoolean()) {
            text.append("简讯\n\n");
        }
        String bullet = BRIEF_BULLETS[random.nextInt(BRIEF_BULLETS.length)];
        for (int k = 0; k < items.size(); k++) {
            Source item = items.get(k);
            List<String> paragraphs = new ArrayList<>(item.paragraphs());
            switch (layout) {
                case PLAIN, PAGE_HEADER_CAPTIONS -> text.append(item.title()).append("\n\n");
                case HEADED_LEAD -> {
                    if (random.nextBoolean()) {
                        text.append(KICKERS[random.nextInt(KICKERS.length)]).append('\n');
                    }
                    text.append(item.title()).append('\n');
                    if (random.nextBoolean()) {
                        text.append(SUBTITLES[random.nextInt(SUBTITLES.length)]).append('\n');
                    }
                    text.append('\n');
                    if (!OPENS_WITH_DATELINE.matcher(paragraphs.get(0)).find()) {
                        paragraphs.set(0, "本报讯（记者 " + REPORTERS[random.nextInt(REPORTERS.length)] + "）" + paragraphs.get(0));
                    }
                }
                case BRIEFS -> {
                    text.append(bullet).append(item.title()).append('\n');
                    paragraphs = List.of(firstSentences(paragraphs.get(0), 1 + random.nextInt(3)));
                }
                case BROKEN_HEADLINE -> {
                    String[] halves = broken(item.title());
                    text.append(halves[0]).append('\n').append(halves[1]).append("\n\n");
                }
            }
            expected.add(new Expected(QualityRun.squeeze(item.title()), start(paragraphs.get(0))));
            for (String paragraph : paragraphs) {
                text.append(indent ? INDENT : "").append(paragraph).append('\n');
            }
            text.append('\n');
            if (layout == Layout.PAGE_HEADER_CAPTIONS && k + 1 < items.size()) {
                String credit = String.format(CREDIT_FORMS[random.nextInt(CREDIT_FORMS.length)], REPORTERS[random.nextInt(REPORTERS.length)]);
                String caption = CAPTIONS[random.nextInt(CAPTIONS.length)];
                // the credit on the caption's line or on its own, as papers print both
                text.append(random.nextBoolean() ? caption + " " + credit + "\n" : caption + "\n" + credit + "\n").append('\n');
            }
        }
        return new Page(layout, text.toString(), expected);
    }

    /** The page with exactly one blank line between every two of its lines, wherever it had none or more. */
    static String doubleSpaced(String text) {
        return String.join("\n\n", text.lines().filter(l -> !l.isBlank()).toList()) + "\n";
    }

    /** Splits the page and matches its articles: each output article is one expected article at most. */
    public static Outcome split(Newsdesk desk, Page page) {
        List<Article> output = desk.split(page.text());
        boolean[] used = new boolean[output.size()];
        List<Expected> missed = new ArrayList<>();
        int matched = 0;
        for (Expected e : page.articles()) {
            int hit = -1;
            for (int i = 0; i < output.size() && hit < 0; i++) {
                if (!used[i] && isFound(e, output.get(i))) {
                    hit = i;
                }
            }
            if (hit < 0) {
                missed.add(e);
            } else {
                used[hit] = true;
                matched++;
            }
        }
        return new Outcome(page, output, missed, matched);
    }

    /** Found: the output article has the title and its body starts with the expected characters (whitespace ignored). */
    static boolean isFound(Expected expected, Article article) {
        // a brief's bullet (■, ●) is decoration of its headline, not part of the title
        String title = QualityRun.squeeze(article.title()).replaceFirst("^[■□●◆▲◇○★☆►•·]", "");
        return expected.title().equals(title) && QualityRun.squeeze(article.body()).startsWith(expected.bodyStart());
    }

    static String start(String paragraph) {
        String s = QualityRun.squeeze(paragraph);
        return s.substring(0, Math.min(START_CHARS, s.length()));
    }

    /** A headline broken where a narrow column breaks it: at its space if it has one, else near the middle. */
    static String[] broken(String title) {
        int space = title.indexOf(' ');
        int at = space > 0 ? space : title.length() / 2;
        return new String[] {title.substring(0, at).strip(), title.substring(at).strip()};
    }

    /** The first {@code n} sentences of a paragraph (all of it when it has fewer). */
    static String firstSentences(String paragraph, int n) {
        int end = 0;
        for (int k = 0; k < n; k++) {
            int next = paragraph.indexOf('。', end);
            if (next < 0) {
                return paragraph;
            }
            end = next + 1;
        }
        return paragraph.substring(0, end);
    }

    /** {@code 2024年3月5日 星期二 第3版 要闻 责任编辑：王伟}: an edition header with the real weekday of its date. */
    static String pageHeader(Random random) {
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日 " + weekday + " 第" + (1 + random.nextInt(8))
                + "版 " + SECTIONS[random.nextInt(SECTIONS.length)] + " 责任编辑：" + REPORTERS[random.nextInt(REPORTERS.length)];
    }

    /** The {@code ./bench quality --compose} section: articles found and precision per layout. */
    public static final class Report implements Section {

        private final Newsdesk desk;
        private final long seed;
        private final int pagesPerLayout;
        private final int examples;

        /** @param examples failing pages to print per layout */
        public Report(Newsdesk desk, long seed, int pagesPerLayout, int examples) {
            this.desk = desk;
            this.seed = seed;
            this.pagesPerLayout = pagesPerLayout;
            this.examples = examples;
        }

        public Report(Newsdesk desk, int examples) {
            this(desk, DEFAULT_SEED, DEFAULT_PAGES_PER_LAYOUT, examples);
        }

        @Override
        public String title() {
            return "Composed pages (2–5 single-article documents per page, seed " + seed + ")";
        }

        @Override
        public void print(QualityRun run, PrintWriter out) {
            List<Source> sources = sources(run);
            List<Outcome> outcomes = pages(sources, seed, pagesPerLayout).stream().map(p -> split(desk, p)).toList();
            out.printf(Locale.ROOT, "%d sources; an article is found when an output article has its title and starts with its first %d body characters%n%n",
                    sources.size(), START_CHARS);
            out.println("| layout | pages | articles found | article precision |");
            out.println("| --- | ---: | ---: | ---: |");
            for (Layout layout : Layout.values()) {
                row(layout.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + layout.description + ")",
                        outcomes.stream().filter(o -> o.page().layout() == layout).toList(), out);
            }
            row("all", outcomes, out);
            for (Layout layout : Layout.values()) {
                outcomes.stream().filter(o -> o.page().layout() == layout && !o.missed().isEmpty()).limit(examples).forEach(o -> {
                    out.println();
                    out.println("### missed on a " + layout.name().toLowerCase(Locale.ROOT) + " page: "
                            + o.missed().stream().map(Expected::title).toList());
                    out.println("```");
                    out.print(o.page().text());
                    out.println("```");
                    o.output().forEach(a -> out.println("→ " + a.seq() + " [" + a.kicker() + " | " + a.title() + " | " + a.subtitle() + "] "
                            + QualityRun.squeeze(a.body()).substring(0, Math.min(20, QualityRun.squeeze(a.body()).length()))));
                });
            }
        }

        private static void row(String name, List<Outcome> outcomes, PrintWriter out) {
            int expected = outcomes.stream().mapToInt(o -> o.page().articles().size()).sum();
            int found = outcomes.stream().mapToInt(Outcome::found).sum();
            int predicted = outcomes.stream().mapToInt(o -> o.output().size()).sum();
            int matched = outcomes.stream().mapToInt(Outcome::matched).sum();
            out.printf(Locale.ROOT, "| %s | %d | %d/%d = %.3f | %d/%d = %.3f |%n", name, outcomes.size(), found, expected,
                    expected == 0 ? 0 : (double) found / expected, matched, predicted, predicted == 0 ? 0 : (double) matched / predicted);
        }
    }
}
