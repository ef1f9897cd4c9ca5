package dev.newspipe.core.split;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.PageRef;
import dev.newspipe.core.read.PinyinGloss;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits the text of one newspaper page into the articles a reader sees, and accounts for every line.
 *
 * <p>Four passes: {@link LineKind classify} each line (furniture and exact doubles are noted at once); read the
 * kinds in context (a list after a line ending in {@code ：}, a long run of short lines); re-join paragraphs that
 * the layout broke mid-sentence; read heading blocks and bodies into articles. A heading block starts a new article
 * only on a cue ({@link #startsArticle}); otherwise it is a subhead and stays in the article it interrupts.
 *
 * <p>No text is lost: every non-blank line ends in exactly one article unless it is {@link Furniture} or a repeat
 * of an earlier line; a heading with nothing under it joins a neighbouring article. {@link #splitPage} returns the
 * fate of every line with the articles.
 *
 * <p>Pure and stateless: safe to share between threads.
 */
public final class ArticleSplitter {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleSplitter.class);

    private static final String BYLINE_CREDIT = "[（(]\\s*(记者|記者|通讯员|通訊員|特约记者|特約記者|见习记者|見習記者|实习记者|實習記者)[^）)]{1,40}[）)]";
    /**
     * {@code 本报讯（记者 李雪峰）}, {@code 本报北京3月5日电 （记者 …）}, {@code 新华社北京3月5日电}, {@code （记者 …）}, and
     * {@code 3月8日电} (a wire dateline whose agency and place the copy cut off).
     */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:本报讯|本報訊|\\d{1,2}月\\d{1,2}日(?:电|電)|(?:本报|本報|新华社|新華社|中新社|中新网|中新網|人民日报|人民日報)[^\\s（(，,。]{0,14}(?:讯|电|訊|電)|[\\p{IsHan}]{2,8}(?:讯|訊))(?:\\s*" + BYLINE_CREDIT + ")?"
                    + "|" + BYLINE_CREDIT + ")");
    /** How a news lead opens: a dateline, a wire credit or a time word. A heading above one starts an article. */
    private static final Pattern LEAD = Pattern.compile(
            "^(本报|本報|本刊|新华社|中新社|新華社|人民网|人民網|央视|记者|記者|据|據|近日|日前|昨天|今天|昨日|今日|连日来|連日來"
                    // 人民网消息：, CCTV.com消息(新闻联播)：: an outlet (Han or Latin), its word for a report, maybe the
                    // programme in brackets, a colon; 重庆日报消息，: a paper's or site's name before a comma (这一消息， is
                    // no outlet)
                    + "|[\\p{IsHan}A-Za-z.]{2,16}(报道|報道|消息)\\s*([（(][^）)]{1,20}[）)])?\\s*[:：]"
                    + "|[\\p{IsHan}A-Za-z.]{1,14}(报|報|网|網|台|社)消息[，,]"
                    // 【本報訊】, 【本報記者廣州十一日電】: the dateline in brackets, as Hong Kong and overseas papers print it
                    + "|[【\\[［〔](本报|本報|新华社|新華社|中新社)[^】\\]］〕]{0,16}[】\\]］〕]"
                    + "|\\S{0,10}\\d{1,2}月\\d{1,2}日(电|電|讯|訊|消息|[，,上下晚早]|\\s)|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
                    // 3日下午，…, 十五日，…: a lead dates its event by the day alone when the month is the paper's own (wire style)
                    + "|" + LineKind.DAY_OF_MONTH + "日(上午|下午|晚上?|早上|凌晨|中午|[，,]))");
    /** {@code 内容}, {@code 正文}: the field label over an archive record's text. */
    private static final Pattern CONTENT_FIELD = Pattern.compile("^(内容|內容|正文|全文|原文)[:：]?$");
    /** {@code 长政发〔2008〕32号}, {@code 〔2021〕第2号}: the number of an official document, which starts one. */
    // 〔1990〕军字第23号: the kind of a document (军字, 政字) may stand between the year and the serial number
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^[\\p{IsHan}]{0,8}[〔［\\[](19|20)\\d{2}[〕］\\]]\\s*([\\p{IsHan}]{1,2}字)?\\s*第?\\s*\\d{1,4}\\s*[号號]$");
    /**
     * {@code …[全文]}, {@code …【详细】}, {@code …詳全文>>}: the link that ends a teaser on an index page. Only a teaser
     * carries it, so the paragraph is an item's lead and the short line above it is that item's headline.
     */
    private static final Pattern TEASER_END = Pattern.compile("[\\[【](" + ItemHeadings.READ_MORE_WORDS + ")[\\]】]$"
            + "|" + ItemHeadings.CHEVRON_READ_MORE);
    /**
     * {@code 陸去年GDP成長未達標 統計局長:今年經濟一定好轉!}: a line without a comma or a full stop, whatever else it
     * prints (a colon, an exclamation); over a teaser it is the teaser's headline (see {@link #TEASER_END}).
     */
    private static final Pattern HEADLINE_OVER_TEASER = Pattern.compile("^[^。，,；;]{4,}$");
    /** The last line of an article: after it, any heading starts a new one. */
    private static final Pattern ARTICLE_END = Pattern.compile("[（(](完|终|終)[）)]$|[（(](记者|記者|通讯员|通訊員|编辑|編輯|责任编辑|責任編輯)[^）)]{1,30}[）)]$"
            + "|" + TEASER_END.pattern());
    /**
     * The last character of every ending {@link #ARTICLE_END} and {@link #TEASER_END} find (a closing bracket or a
     * chevron). Both are asked of nearly every line, and their alternation is tried at every position of it: a line
     * ending otherwise is answered without the pattern.
     */
    private static final String END_MARK_LAST = ")）]】>»";
    /**
     * {@code 王岐山谈奥运：最担心开幕下雨 最放心市民觉悟}: a web headline of the form "who or what: the point", one colon
     * inside and no other sentence punctuation. Only read as a headline above a teaser, where no field of a notice
     * ({@code 时间：3月5日}) stands.
     */
    private static final Pattern COLON_HEADLINE = Pattern.compile("^[^。，,；;！？!?：:]{2,20}[：:][^。，,；;！？!?：:]{4,40}$");
    /** A bare number on its own line: a page number or a stray year, unless a table's cells stand around it. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,4}$");
    /** {@code 1234}, {@code 5.5%}, {@code -0.8}, {@code 134.9万亿元}: a figure alone on a line, a cell of a flattened table. */
    private static final Pattern NUMERIC_CELL = Pattern.compile("^[-+−]?\\d[\\d,.]*\\s*(%|‰|[\\p{IsHan}]{1,3})?$");
    /** {@code (北京七日電)}, {@code （新华社北京3月5日电）}: the dateline a paper prints in brackets at the end of an article. */
    private static final Pattern CLOSING_DATELINE = Pattern.compile("^[（(][^（）()]{0,16}(电|電|讯|訊)[）)]$");
    /** {@code 【原文】}, {@code [点评]}: a short label in brackets, part of the article it stands in. */
    private static final Pattern BRACKETED_LABEL = Pattern.compile("^[【\\[［〔][^】\\]］〕]{1,10}[】\\]］〕]$");
    /** {@code 联系电话：0352-…}, {@code 时间：3月5日上午9时}: a label and its value. */
    private static final Pattern FIELD = Pattern.compile("^[\\p{IsHan}]{2,8}\\s*[:：]\\s*[^。；;]{1,40}$");
    /** A date or a web address: what a web page's meta line carries before its {@code 来源：} field. */
    private static final Pattern META_BEFORE_SOURCE = Pattern.compile("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}|www\\.|https?://");
    /** The first of two headline lines is a kicker when it reports who said or did what: …时强调, …指出. */
    private static final Pattern KICKER_ENDING = Pattern.compile("(强调|強調|指出|表示|要求|提出|说|說|时|時|会见|會見|主持|出席|讲话|講話|致辞|致辭|调研|調研|考察|宣布|宣佈)$");
    /** A line this long that ends a sentence is a paragraph when the page's rhythm is read (a shorter one may be a list item). */
    static final int PARAGRAPH_MIN = 20;
    /** The longest line read as a short kicker (a column label) above a longer title. */
    private static final int KICKER_MAX = 8;
    /** {@code 2024年3月5日在第十四届全国人民代表大会第二次会议上}: the occasion a report was made on, its subtitle. */
    private static final Pattern OCCASION = Pattern.compile("(会议|會議|大会|大會|会|會)上$|\\d{4}年");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");
    /**
     * {@code 现在，我代表市人民政府，向大会报告工作}, {@code 我受省人民代表大会常务委员会的委托，向大会报告…}: the formula
     * a work report opens with, said once, at the start of the report.
     */
    private static final Pattern REPORT_OPENING = Pattern.compile(
            "^(?:现在|現在)?[，,]?\\s*我(?:代表|受)[^。！？]{2,40}?[，,]?\\s*(?:向大会|向大會)(?:报告|報告|作)");
    /**
     * {@code 李强作政府工作报告}, {@code 张某讲话 李某王某出席}, {@code 某某主持大会}: the line under a meeting's headline that names who spoke,
     * presided or attended, the genre's subtitle of meeting news.
     */
    private static final Pattern WHO_SPOKE_OR_ATTENDED = Pattern.compile(
            "((讲话|講話|出席|主持|致辞|致辭|参加|參加)(大会|大會|会议|會議)?|作[\\p{IsHan}]{0,10}(报告|報告|说明|說明))$");
    /**
     * A line of a headline phrase: Han characters, figures and the marks a headline holds (a pause, quotes, title
     * marks), five characters at least. Sentence punctuation makes a lead or a brief; a space, a bracket or Latin
     * letters make a site's chrome, a credit or a bracketed label, none of them a headline's line.
     */
    private static final Pattern PLAIN_HEADLINE_LINE = Pattern.compile("^[\\p{IsHan}0-9０-９%％、“”‘’《》「」·]{5,}$");
    /** Shorter exact repeats are kept: {@code 现予公告} and {@code 各位代表：} recur on purpose. */
    private static final int REPEATED_PARAGRAPH_MIN = 8;
    /** A heading block has at most this many lines; a longer run of short lines is a list or a poster. */
    private static final int HEADING_BLOCK_MAX = 5;
    /** The deck of an archive record (headlines and a summary above its lead) has at most this many lines. */
    private static final int RECORD_DECK_MAX = 6;
    /** A list item this long that does not end a sentence was broken by the layout and takes the next line. */
    private static final int BROKEN_ITEM_MIN = 30;

    /**
     * One logical line: its kind, its text, and the input lines (1-based) it came from; re-joined paragraphs come
     * from several.
     */
    private record Line(LineKind kind, String text, List<Integer> sources) {
        Line(LineKind kind, String text, int source) {
            this(kind, text, List.of(source));
        }

        Line withKind(LineKind k) {
            return new Line(k, text, sources);
        }

        int first() {
            return sources.get(0);
        }
    }

    /** A heading block read into its parts. */
    private record Heading(String kicker, String title, String subtitle, String byline) {
        static final Heading NONE = new Heading(null, null, null, null);
    }

    /** An article being collected. */
    private static final class Draft {
        final Heading heading;
        final List<Line> headingLines;
        final List<Line> body = new ArrayList<>();
        /** Orphan heading lines above the first article: kept as its first paragraphs. */
        final List<Line> preface = new ArrayList<>();
        /** Orphan heading lines below it: kept as its last paragraphs. */
        final List<Line> trailer = new ArrayList<>();
        /** {@link LineKind#CHROME} lines in or above it: kept after its paragraphs, never its headline or lead. */
        final List<Line> chrome = new ArrayList<>();
        List<String> paragraphs;
        String continuedFrom;
        String continuesOn;
        /** A digest's last item the store cut before its first sentence: an item, though no sentence ends in it. */
        boolean cutDigestItem;

        Draft(Heading heading, List<Line> headingLines, String continuedFrom) {
            this.heading = heading;
            this.headingLines = headingLines;
            this.continuedFrom = continuedFrom;
        }
    }

    /** The fate of every input line, filled in as the passes decide. */
    private static final class Ledger {
        final String[] texts;
        final PageSplit.Fate[] fates;
        /** Where each line text first appears: a later equal line repeats it. */
        final Map<String, Integer> firstSeen = new HashMap<>();

        Ledger(String[] raw) {
            texts = new String[raw.length];
            fates = new PageSplit.Fate[raw.length];
            for (int i = 0; i < raw.length; i++) {
                texts[i] = raw[i].strip();
                if (!texts[i].isEmpty()) {
                    firstSeen.putIfAbsent(texts[i], i + 1);
                }
            }
        }

        void set(Line line, PageSplit.Fate fate) {
            for (int source : line.sources()) {
                if (fates[source - 1] == null) {
                    fates[source - 1] = fate;
                }
            }
        }

        void set(int source, PageSplit.Fate fate) {
            if (fates[source - 1] == null) {
                fates[source - 1] = fate;
            }
        }

        /** Whether a blank line stands directly above input line {@code source} (1-based). */
        boolean blankBefore(int source) {
            return source >= 2 && texts[source - 2].isEmpty();
        }

        /**
         * Whether the page prints its paragraphs line after line: most pairs of neighbouring running-text lines have no
         * blank line between them. Only there does a blank line mean something (the gap between two articles); a page
         * that sets every paragraph off by a blank line says nothing with one.
         */
        boolean compactParagraphs() {
            int together = 0;
            int apart = 0;
            int previous = -1;
            boolean blankSince = false;
            for (int i = 0; i < texts.length; i++) {
                if (texts[i].isEmpty()) {
                    blankSince = true;
                    continue;
                }
                boolean paragraph = texts[i].length() >= PARAGRAPH_MIN && endsSentence(texts[i]);
                if (paragraph && previous >= 0) {
                    if (blankSince) {
                        apart++;
                    } else {
                        together++;
                    }
                }
                previous = paragraph ? i : -1;
                blankSince = false;
            }
            return together >= 2 && together > 2 * apart;
        }

        List<PageSplit.LineFate> lines() {
            List<PageSplit.LineFate> out = new ArrayList<>();
            for (int i = 0; i < texts.length; i++) {
                if (!texts[i].isEmpty()) {
                    if (fates[i] == null) {
                        throw new IllegalStateException("line " + (i + 1) + " has no fate: " + texts[i]);
                    }
                    out.add(new PageSplit.LineFate(i + 1, texts[i], fates[i]));
                }
            }
            return out;
        }
    }

    /** The articles of text that came from no page file. */
    public List<Article> split(String pageText) {
        return split(PageRef.NONE, pageText);
    }

    /** The articles of a page, in reading order, each standing on {@code page}. */
    public List<Article> split(PageRef page, String pageText) {
        return splitPage(page, pageText).articles();
    }

    /** The articles of a page and the fate of each of its non-blank lines. */
    public PageSplit splitPage(PageRef page, String pageText) {
        // a page that sets every line off by a blank line is read in its own spacing (see PageSpacing)
        PageSpacing spacing = PageSpacing.of(pageText.split("\\R", -1));
        Ledger ledger = new Ledger(spacing.lines());
        List<Line> lines = joinBrokenParagraphs(dayViewSources(briefItems(briefColumnHeadlines(itemHeadings(labelledHeadlines(exclaimedHeadlines(alikeBulletedItems(inContext(classify(ledger))))))), ledger)), ledger);
        // see DigestItems: a digest of headless one-paragraph items behind one bullet or a running number
        String digestMark = DigestItems.digestMark(lines.stream()
                .filter(l -> DIGEST_ITEM_KINDS.contains(l.kind())).map(Line::text).toList());
        List<Draft> drafts = segment(cutDigestItem(digestItemText(lines, digestMark), digestMark), ledger, digestMark);
        List<Article> articles = assemble(page, drafts, ledger);
        PageSplit split = new PageSplit(articles, spacing.restore(ledger.lines()));
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {} articles, {} furniture lines, {} repeated lines", page.sourceFile().isEmpty() ? "text" : page.sourceFile(),
                    articles.size(), split.furnitureCount(), split.repeatCount());
        }
        return split;
    }

    private static List<Line> classify(Ledger ledger) {
        List<Line> lines = new ArrayList<>();
        String previous = null;
        int previousLine = 0;
        int signOffFollowers = 0;
        boolean documentNamed = false;
        for (int i = 0; i < ledger.texts.length; i++) {
            String text = ledger.texts[i];
            int number = i + 1;
            if (text.isEmpty()) {
                continue;
            }
            if (text.equals(previous) && !CaptionSets.isCreditedCaption(text)) {
                // the extraction sometimes prints a line twice in a row; a credited caption printed again is the
                // caption of the next photo (see CaptionSets)
                ledger.set(number, new PageSplit.Repeat(previousLine));
                continue;
            }
            previous = text;
            previousLine = number;
            int adoptionAt = ItemHeadings.gluedAdoptionAt(text);
            Integer titleAgain = adoptionAt > 0 ? ledger.firstSeen.get(text.substring(0, adoptionAt).strip()) : null;
            if (adoptionAt > 0 && (titleAgain == null || titleAgain < number)) {
                // …的决定（2021年…会议通过）: a document's title with its adoption line glued on (see ItemHeadings);
                // when the title is printed again on its own line below, this line is an archive record's summary of
                // that document (标题 … 正文), not a document of its own
                lines.add(new Line(LineKind.TITLE, text.substring(0, adoptionAt).strip(), number));
                lines.add(new Line(LineKind.ADOPTION, text.substring(adoptionAt).strip(), number));
                continue;
            }
            EntryBoundaries.Flash flash = EntryBoundaries.bracketedFlash(text, ArticleSplitter::opensWithDateline);
            if (flash != null) {
                // 新华视点【标题】正文: a flash's headline in brackets glued to its lead (see EntryBoundaries); the tag is the
                // kicker, the bracketed headline the title (brackets kept as printed), the rest the lead
                if (!flash.tag().isEmpty()) {
                    lines.add(new Line(LineKind.HEADLINE, flash.tag(), number));
                }
                lines.add(new Line(LineKind.TITLE, "【" + flash.headline() + "】", number));
                lines.add(new Line(LineKind.BODY, flash.lead(), number));
                continue;
            }
            LineKind kind = LineKind.of(text);
            Matcher documentName = Furniture.DOCUMENT_NAME.matcher(text);
            if (documentName.matches() && !documentName.group(2).isBlank()
                    || documentNamed && kind != LineKind.FURNITURE && kind != LineKind.CHROME && text.length() <= LineKind.HEADLINE_MAX) {
                // 文档名称:县人大常委会人事任免办法.doc on a document-sharing site: the value is the document's title (on the
                // next line when the field is alone, if that line is as short as a title: else the field had no value)
                documentNamed = false;
                lines.add(new Line(LineKind.TITLE, documentName.matches() ? documentName.group(2).strip() : text, number));
                continue;
            }
            if (documentName.matches()) {
                documentNamed = true; // 文档名称: alone, its value on the next line that is not furniture
            } else if (documentNamed && kind != LineKind.FURNITURE && kind != LineKind.CHROME) {
                documentNamed = false; // a long line after the field: the field had no value
            }
            Matcher thread = Furniture.THREAD_TITLE.matcher(text);
            if (thread.matches() && !SENTENCE_END.matcher(thread.group(1)).find()) {
                // 代表“拖”领导 [复制链接]: a forum thread's title with its copy-link button, the title of the post; when
                // the post prints its heading again, that heading is the article's and the thread's title repeats it
                String title = thread.group(1).strip();
                // printed again whole, or broken where the thread title has its space (标题上行 标题下行 [复制链接] over
                // 标题上行 / 标题下行): the first part stands on a line of its own below
                Integer again = ledger.firstSeen.get(title);
                if ((again == null || again <= number) && title.indexOf(' ') > 0) {
                    again = ledger.firstSeen.get(title.substring(0, title.indexOf(' ')));
                }
                if (again != null && again > number) {
                    lines.add(new Line(LineKind.CHROME, text, number)); // kept as printed, at the end of the post
                } else {
                    lines.add(new Line(LineKind.TITLE, title, number));
                }
                continue;
            }
            if (kind == LineKind.FURNITURE && PAGE_NUMBER.matcher(text).matches()
                    && (isNumericCell(neighbour(ledger, i, -1)) && !neighbour(ledger, i, -1).equals(text)
                            || isNumericCell(neighbour(ledger, i, 1)) && !neighbour(ledger, i, 1).equals(text))) {
                // 12 next to 5.5% or 1234: a cell of a table flattened one cell a line, not a page number (the same
                // number printed twice in a row is the page number and its double, not two cells)
                kind = LineKind.LIST_ITEM;
            }
            if (kind == LineKind.FURNITURE && cells(text) >= 4
                    && (cells(neighbour(ledger, i, -1)) == cells(text) || cells(neighbour(ledger, i, 1)) == cells(text))) {
                // 姓名|性别|职务|单位 above 张三|男|主任|市人大: rows of a table flattened to text, whose header looks like a
                // site's menu; a menu is one row, a table has rows of the same width
                kind = LineKind.LIST_ITEM;
            }
            if (kind.isHeading() && kind != LineKind.CREDIT && opensWithDateline(text)) {
                // 新华社北京3月16日电 …: a lead, however short, is never part of a heading
                kind = LineKind.BODY;
            }
            if (kind == LineKind.SIGN_OFF) {
                // 现予公告 is followed by the issuing body and the date (the next two lines)
                signOffFollowers = 2;
            } else if (signOffFollowers > 0 && kind == LineKind.HEADLINE && !headsParagraph(ledger, i)) {
                // the issuing body and the date after 现予公告: part of the notice, not a headline; a headline over a
                // paragraph is the next article's
                kind = LineKind.SIGN_OFF;
                signOffFollowers--;
            } else {
                signOffFollowers = 0;
            }
            switch (kind) {
                case FURNITURE -> ledger.set(number, new PageSplit.Furniture(Furniture.ruleFor(text).orElse("furniture")));
                case TITLE -> text = text.substring(2).strip();
                case SECTION -> text = text.startsWith("#") ? text.replaceFirst("^#+\\s*", "") : text;
                case SOURCE_LINE -> {
                    // 某某会议召开2024-03-25 10:20 来源：长治日报: a headline glued to its date and source line
                    Matcher m = LineKind.SOURCE.matcher(text);
                    // …but 中央政府门户网站 www.gov.cn 2008年03月06日 来源：… is one meta line: a date or an address before
                    // the source field belongs to it, not to a headline
                    if (m.find() && m.start() >= 4 && LineKind.of(text.substring(0, m.start()).strip()) == LineKind.HEADLINE
                            && !META_BEFORE_SOURCE.matcher(text.substring(0, m.start())).find()) {
                        lines.add(new Line(LineKind.HEADLINE, text.substring(0, m.start()).strip(), number));
                        text = text.substring(m.start());
                    }
                }
                default -> { }
            }
            lines.add(new Line(kind, text, number));
        }
        return lines;
    }

    /** A page marks its items alike when at least this many bulleted headlines head items. */
    private static final int ALIKE_BULLETS_MIN = 2;

    /**
     * A page marks its items alike: where {@link #ALIKE_BULLETS_MIN} lines behind one bullet already head items (over a
     * dateline lead: {@code • 墨西哥总统呼吁…} over {@code 新华社…电}), a short line behind the same bullet over a
     * paragraph heads the next item too, though its snippet opens without a dateline or is cut by the list
     * ({@code • 仓皇撤离阿富汗后 欧盟探讨提高防务自主权} over {@code 围绕阿富汗局势近期剧变,…}). It is read as a
     * {@link LineKind#TITLE title}, which starts an item whatever ends the text above it. A page without such
     * headlines changes nothing.
     */
    private static List<Line> alikeBulletedItems(List<Line> lines) {
        Map<Character, Long> headed = lines.stream()
                .filter(l -> l.kind() == LineKind.HEADLINE && ItemMarks.isBulleted(l.text()))
                .collect(Collectors.groupingBy(l -> l.text().charAt(0), Collectors.counting()));
        if (headed.values().stream().noneMatch(n -> n >= ALIKE_BULLETS_MIN)) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = nextContent(lines, i + 1);
            if (line.kind() == LineKind.LIST_ITEM && !line.text().isEmpty() && headed.getOrDefault(line.text().charAt(0), 0L) >= ALIKE_BULLETS_MIN
                    && line.text().length() <= LineKind.HEADLINE_MAX && !SENTENCE_END.matcher(line.text()).find()
                    && next != null && next.kind() == LineKind.BODY) {
                out.set(i, line.withKind(LineKind.TITLE));
            }
        }
        return out;
    }

    /** A line that ends with a colon: what introduces a list (a line never holds a line terminator). */
    private static boolean endsWithColon(String text) {
        return text.endsWith("：") || text.endsWith(":");
    }

    /**
     * Kinds that only the neighbours tell: short lines after a line ending in {@code ：} are the items of a list
     * (posts and names, phone numbers), and more than {@link #HEADING_BLOCK_MAX} short lines in a row are a list or a
     * poster, not a heading.
     */
    private static List<Line> inContext(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            Line line = out.get(i);
            if (!line.kind().isHeading() && line.kind() != LineKind.FURNITURE && endsWithColon(line.text())) {
                for (int k = i + 1; k < out.size() && isShortLine(out.get(k).kind()) && !opensLead(out, k + 1); k++) {
                    out.set(k, out.get(k).withKind(LineKind.LIST_ITEM));
                }
            }
        }
        for (int i = 1; i < out.size(); i++) {
            Line previous = out.get(i - 1);
            if (out.get(i).kind() == LineKind.SUBTITLE && previous.kind() == LineKind.BODY && endsSentence(previous.text())) {
                // ——某某 under a paragraph: the attribution of a quote, not the subtitle of a new article (a subtitle
                // stands under its title, which never ends with a full stop)
                out.set(i, out.get(i).withKind(LineKind.ATTRIBUTION));
            }
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            Line line = out.get(i);
            if ((line.kind() == LineKind.LIST_ITEM || line.kind() == LineKind.SECTION) && line.text().length() <= LineKind.HEADLINE_MAX
                    && !endsSentence(line.text()) && !SENTENCE_END.matcher(line.text()).find() && opensWithDateline(out.get(i + 1).text())) {
                // ■市人大常委会开展执法检查, 1.市政协会议开幕 above 本报讯…: a news digest's item headline with its bullet or
                // number; a dateline opens an article, and only the article's heading stands directly above it
                // (□融媒记者 颜元滔 there is the byline with a bullet)
                String unbulleted = ItemMarks.LEADING_BULLET.matcher(line.text()).replaceFirst("");
                out.set(i, line.withKind(LineKind.of(unbulleted) == LineKind.CREDIT ? LineKind.CREDIT : LineKind.HEADLINE));
            }
        }
        List<Integer> briefs = new ArrayList<>();
        for (int i = 0; i + 1 < out.size(); i++) {
            Line line = out.get(i);
            Line next = out.get(i + 1);
            Line after = i + 2 < out.size() ? out.get(i + 2) : null;
            if (line.kind() == LineKind.LIST_ITEM && ItemMarks.isBulleted(line.text()) && line.text().length() <= LineKind.HEADLINE_MAX
                    && !LineKind.SENTENCE_PUNCTUATION.matcher(line.text()).find() && next.kind() == LineKind.BODY && endsSentence(next.text())
                    && (after == null || after.kind() != LineKind.BODY)) {
                briefs.add(i);
            }
        }
        if (briefs.size() >= 2) {
            // ■标题 over one paragraph, twice or more: the items of a briefs column, each bulleted line a brief's
            // headline (a bulleted list has no paragraph under each item; a bulleted subhead heads several)
            briefs.forEach(k -> out.set(k, out.get(k).withKind(LineKind.HEADLINE)));
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            Line line = out.get(i);
            Matcher said = SPEAKER_HEADLINE.matcher(line.text());
            if (line.kind() == LineKind.BODY && line.text().length() <= LineKind.HEADLINE_MAX && COLON_HEADLINE.matcher(line.text()).matches()
                    && said.find() && !FIELD_LABEL.matcher(line.text()).find() && opensWireLead(out.get(i + 1).text())) {
                // 外交部:欢迎某市市长访华 above 据新华社电 …: a headline that puts its speaker before a colon, directly over a
                // wire lead; only an item's heading stands there (a sentence that opens with a speaker ends with a full stop,
                // and a field's value, 转自:某某日报, 字数:919, is a name or a figure, not what someone said)
                out.set(i, line.withKind(LineKind.HEADLINE));
            }
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            Line line = out.get(i);
            if (line.kind() == LineKind.BODY && line.text().length() <= LineKind.HEADLINE_MAX
                    && (COLON_HEADLINE.matcher(line.text()).matches() || HEADLINE_OVER_TEASER.matcher(line.text()).matches())
                    && isTeaser(out.get(i + 1))) {
                // 蒋以任：加强监督公共权力运行 above a teaser ending in [全文]: the item's headline, colon and all (an
                // exclaimed one too, 統計局長:今年經濟一定好轉!)
                out.set(i, line.withKind(LineKind.HEADLINE));
            }
        }
        int runStart = 0;
        for (int i = 0; i <= out.size(); i++) {
            if (i < out.size() && out.get(i).kind() == LineKind.HEADLINE) {
                continue;
            }
            if (i - runStart > HEADING_BLOCK_MAX) {
                for (int k = runStart; k < i; k++) {
                    out.set(k, out.get(k).withKind(LineKind.LIST_ITEM));
                }
            }
            runStart = i + 1;
        }
        return out;
    }

    /** Whether the next non-blank line after line index {@code i} is a paragraph of running text (not a date or a name). */
    private static boolean headsParagraph(Ledger ledger, int i) {
        String next = neighbour(ledger, i, 1);
        return next.length() >= PARAGRAPH_MIN && LineKind.of(next) == LineKind.BODY;
    }

    /** The nearest non-blank line before ({@code step} -1) or after (+1) line index {@code i}, or "". */
    private static String neighbour(Ledger ledger, int i, int step) {
        for (int k = i + step; k >= 0 && k < ledger.texts.length; k += step) {
            if (!ledger.texts[k].isEmpty()) {
                return ledger.texts[k];
            }
        }
        return "";
    }

    /** How many cells a row separated by {@code |} has; 0 for a line without separators. */
    private static int cells(String text) {
        int bars = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            bars += c == '|' || c == '｜' ? 1 : 0;
        }
        return bars == 0 ? 0 : text.replaceAll("^[|｜]|[|｜]$", "").split("[|｜]", -1).length;
    }

    private static boolean isNumericCell(String text) {
        return NUMERIC_CELL.matcher(text).matches();
    }

    /**
     * Item headings of multi-item pages ({@link ItemHeadings}): a markdown heading directly over a sourced lead, the
     * numbered headings of a digest (a headline broken over two heading lines re-joined) and an index item that the
     * next line restates become the {@link LineKind#TITLE title} of their item, so each item starts an article.
     */
    private static List<Line> itemHeadings(List<Line> lines) {
        boolean digest = ItemHeadings.isNumberedDigest(lines.stream()
                .filter(l -> l.kind() == LineKind.SECTION).map(l -> ItemHeadings.withoutEmphasis(l.text())).toList());
        Set<Integer> headedItems = headedItemRun(lines);
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (SiblingItems.isAside(line.text()) && headedItems.contains(i + 1) && !out.isEmpty()
                    && out.get(out.size() - 1).kind() == LineKind.BODY) {
                // a bracketed caption between two sibling items belongs to the item above, never heads the next
                out.add(line.withKind(LineKind.BODY));
                continue;
            }
            if (headedItems.contains(i)) {
                // a long headline over one paragraph, in a run of such pairs: a digest's item (see ItemHeadings)
                out.add(line.withKind(LineKind.TITLE));
                continue;
            }
            Line next = nextContent(lines, i + 1);
            if (line.kind() == LineKind.SECTION) {
                String heading = ItemHeadings.withoutEmphasis(line.text());
                if (digest && ItemHeadings.itemNumber(heading).isPresent()) {
                    Line title = new Line(LineKind.TITLE, heading, line.sources());
                    Line rest = i + 1 < lines.size() ? lines.get(i + 1) : null;
                    String restText = rest == null ? "" : ItemHeadings.withoutEmphasis(rest.text());
                    if (rest != null && rest.kind() == LineKind.SECTION && ItemHeadings.itemNumber(restText).isEmpty()
                            && !ItemHeadings.isOutlineSection(restText)) {
                        // ## **2. 谷歌智能音箱曝后门** / ## **可允许黑客窥探对话**: one headline over two heading lines
                        List<Integer> sources = new ArrayList<>(line.sources());
                        sources.addAll(rest.sources());
                        title = new Line(LineKind.TITLE, heading + restText, List.copyOf(sources));
                        i++;
                    }
                    out.add(title);
                    continue;
                }
                if (!ItemHeadings.isOutlineSection(heading) && next != null && next.kind() == LineKind.BODY
                        && (opensWithDateline(next.text()) || ItemHeadings.opensSourcedLead(next.text()))) {
                    // ### [视频]李强在辽宁大连调研 over 央视网消息（新闻联播）：…: an item of a transcript or a wire digest
                    out.add(new Line(LineKind.TITLE, heading, line.sources()));
                    continue;
                }
            }
            Line following = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (restatedSnippet(line, following)) {
                // 标题 over 标题的开头…: a related item's title over its snippet (see ItemHeadings); the snippet, and any
                // copy of the title printed with it, are the item's text
                out.add(line.withKind(LineKind.TITLE));
                int k = i + 1;
                while (k < lines.size() && lines.get(k).kind() == LineKind.HEADLINE && adjacent(lines.get(k - 1), lines.get(k))
                        && (k == i + 1 || ItemHeadings.repeatsTitle(line.text(), lines.get(k).text()))) {
                    out.add(lines.get(k).withKind(LineKind.BODY));
                    k++;
                }
                i = k - 1;
                continue;
            }
            if (line.kind() == LineKind.HEADLINE && !out.isEmpty() && out.get(out.size() - 1).kind() == LineKind.BODY
                    && endsSentence(out.get(out.size() - 1).text()) && following != null && following.kind() == LineKind.BODY
                    && ItemHeadings.isRestatedDatedLead(line.text(), following.text())) {
                // 标题 between finished paragraphs, over a lead that restates it and dates the event: the next item of a
                // digest (see ItemHeadings)
                out.add(line.withKind(LineKind.TITLE));
                continue;
            }
            if (line.kind() == LineKind.LIST_ITEM && ItemHeadings.itemNumber(line.text()).isPresent() && following != null
                    && following.kind() == LineKind.BODY && ItemHeadings.restatesItem(line.text(), following.text())) {
                // 1. 标题 over 第1版(要闻)专栏: 标题 …: the index entry of a day page heads its item
                out.add(line.withKind(LineKind.TITLE));
                continue;
            }
            out.add(line);
        }
        return out;
    }

    /**
     * Whether line {@code k} is the speaker of a report directly under its occasion line ({@code ——2019年7月29日在…会议上}
     * over {@code 市人大常委会副主任 某某}): the last part of a report's heading, however many lines its title took above.
     */
    private static boolean speakerUnderOccasion(List<Line> lines, int k) {
        if (k < 1) {
            return false;
        }
        Line above = lines.get(k - 1);
        Line line = lines.get(k);
        return above.kind() == LineKind.SUBTITLE && OCCASION.matcher(above.text()).find() && adjacent(above, line)
                && (line.kind() == LineKind.CREDIT || line.kind() == LineKind.HEADLINE) && line.text().length() <= LineKind.HEADLINE_MAX
                && SPEAKER_POST.matcher(line.text()).find();
    }

    /** {@code 市人大常委会副主任、执法检查组组长 刘学普}: a post, then a name set off by a space. */
    private static final Pattern SPEAKER_POST = Pattern.compile("(主任|主席|秘书长|秘書長|组长|組長|市长|市長|县长|縣長|省长|省長|书记|書記|部长|部長|局长|局長|院长|院長|检察长|檢察長|委员|委員)[\\s\u3000]+[\\p{IsHan}·][\\p{IsHan}·\\s\u3000]{0,5}$");

    /**
     * {@code 官宣!2020年两会时间确定!}, {@code 名额一览!某省换届选举时间确定}: a web headline with an exclamation or a question
     * in it or at its end, and no other sentence punctuation.
     */
    private static final Pattern EXCLAIMED_HEADLINE = Pattern.compile("^[^。，,；;：:]{4,}[!！?？][^。，,；;：:]*$");

    /**
     * A web page's headline may end in {@code !} or {@code ?} ({@code 【要闻】官宣!2020年平阳“两会”时间确定!}), which reads as
     * a sentence; under it the page prints the article's date and source ({@code 2020年04月21日 11:35:00 来源:…}) or
     * further heading lines. Such a short line at the top of the page or under chrome only, directly over the date and
     * source line or over another headline, is the {@link LineKind#HEADLINE headline}. An exclamation at the end of an
     * article's text has text above it, and a source line at the end of an article follows a paragraph, so both stay
     * as they are; a greeting over a speech ({@code 各位代表!}) has prose under it.
     */
    private static List<Line> exclaimedHeadlines(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        boolean textAbove = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() == LineKind.FURNITURE || line.kind() == LineKind.CHROME) {
                continue;
            }
            Line next = nextContent(lines, i + 1);
            if (!textAbove && line.kind() == LineKind.BODY && line.text().length() <= LineKind.HEADLINE_MAX
                    && EXCLAIMED_HEADLINE.matcher(line.text()).matches() && next != null
                    && (next.kind() == LineKind.SOURCE_LINE && META_BEFORE_SOURCE.matcher(next.text()).find()
                            || next.kind() == LineKind.HEADLINE || next.kind() == LineKind.TITLE)) {
                out.set(i, line.withKind(LineKind.HEADLINE));
            }
            textAbove = true;
        }
        return out;
    }

    /**
     * The headlines of a titled brief column ({@link BriefItems#isBriefColumnLabel}): below the column's label, a
     * headline (or a bulleted one, {@code ■标题}) directly over a paragraph, after the label or a finished paragraph, is
     * the {@link LineKind#TITLE title} of the next brief. A column of briefs has no subheads; on a page without such a label nothing changes.
     */
    private static List<Line> briefColumnHeadlines(List<Line> lines) {
        int label = -1;
        for (int i = 0; i < lines.size() && label < 0; i++) {
            if (BriefItems.isBriefColumnLabel(lines.get(i).text())) {
                label = i;
            }
        }
        if (label < 0) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines);
        for (int i = label + 1; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            Line above = lines.get(i - 1);
            Line paragraph = lines.get(i + 1);
            boolean afterItem = above.kind() == LineKind.BODY && endsSentence(above.text()) || BriefItems.isBriefColumnLabel(above.text())
                    || signsOffBrief(lines, i - 1);
            boolean headline = line.kind() == LineKind.HEADLINE
                    || line.kind() == LineKind.LIST_ITEM && BriefItems.isBulleted(line.text()) && !BriefItems.isBulletedProse(line.text());
            if (headline && !BriefItems.isBriefColumnLabel(line.text()) && afterItem
                    && paragraph.kind() == LineKind.BODY && adjacent(line, paragraph)) {
                out.set(i, line.withKind(LineKind.TITLE));
                if (signsOffBrief(lines, i - 1)) {
                    out.set(i - 1, above.withKind(LineKind.BODY)); // the sign-off stays with its brief, no kicker of the next
                }
            }
        }
        return out;
    }

    /** {@code （孟某张某）}: Han characters alone in brackets, as a brief column prints its reporters' names, glued or not. */
    private static final Pattern BRACKETED_HAN = Pattern.compile("^[（(][\\p{IsHan}·\\s、]{2,10}[）)]$");

    /**
     * Whether line {@code k} of a titled brief column is a brief's sign-off alone on its line under the brief's finished
     * paragraph: in such a column every bracketed run of names there signs the brief off, also two names printed
     * without a separator ({@code （孟某张某）}), which {@link BriefItems#isNameSignOff} cannot tell from a word.
     */
    private static boolean signsOffBrief(List<Line> lines, int k) {
        return k >= 1 && BRACKETED_HAN.matcher(lines.get(k).text()).matches()
                && lines.get(k - 1).kind() == LineKind.BODY && endsSentence(lines.get(k - 1).text());
    }

    /**
     * The indices of the headlines of runs of headed items: the briefs of a column ({@link BriefsColumn}, a digest's long
     * news headlines each over one paragraph among them) and runs of sibling items ({@link SiblingItems}).
     */
    private static Set<Integer> headedItemRun(List<Line> lines) {
        Set<Integer> out = new HashSet<>();
        // a column of briefs read by its layout (see BriefsColumn): the items of a digest, a column or a special page
        Set<Integer> plain = briefsColumnRun(lines);
        if (plain.stream().map(k -> lines.get(k).text()).distinct().count() == plain.size()) {
            out.addAll(plain); // a headline printed again over each paragraph is the page's running title, not items
        }
        out.addAll(siblingItemRun(lines)); // see SiblingItems: units of one shape, each a news item
        return out;
    }

    /**
     * The headlines of the briefs of a column ({@link BriefsColumn}): at least {@link BriefsColumn#RUN_MIN} units in a row,
     * each a brief's headline over one or two finished paragraphs, a section label ({@code 篮球}) allowed between two units
     * (it stays a headline and heads the brief under it).
     */
    private static Set<Integer> briefsColumnRun(List<Line> lines) {
        Set<Integer> out = new HashSet<>();
        List<Integer> run = new ArrayList<>();
        int i = 0;
        while (i <= lines.size()) {
            int end = i < lines.size() ? briefEnd(lines, i) : -1;
            boolean labelled = false;
            if (end < 0 && !run.isEmpty() && i + 1 < lines.size() && lines.get(i).kind() == LineKind.HEADLINE
                    && BriefsColumn.isSectionLabel(lines.get(i).text())) {
                end = briefEnd(lines, i + 1);
                if (end > 0) {
                    i++; // the section label over the next brief
                    labelled = true;
                }
            }
            if (end > 0 && !(BriefsColumn.isPlainBrief(lines.get(i).text(), end - i - 1) && !labelled)
                    && continuesAbove(lines, run.isEmpty() ? Math.max(0, i - BriefsColumn.PARAGRAPHS_MAX - 1) : run.get(run.size() - 1), i, end)) {
                // where the layout is ambiguous, the text above going on under this headline makes it a subhead (see
                // BriefsColumn.COHESIVE)
                end = -1;
            }
            if (end > 0) {
                run.add(i);
                i = end;
                continue;
            }
            if (run.size() >= BriefsColumn.RUN_MIN) {
                out.addAll(run);
            }
            run.clear();
            i++;
        }
        return out;
    }

    /** Whether lines {@code [i, end)} share enough vocabulary with lines {@code [from, i)} to go on with them ({@link BriefsColumn#sharedShare}). */
    private static boolean continuesAbove(List<Line> lines, int from, int i, int end) {
        String above = lines.subList(from, i).stream().map(Line::text).collect(Collectors.joining("\n"));
        String below = lines.subList(i, end).stream().map(Line::text).collect(Collectors.joining("\n"));
        return BriefsColumn.sharedShare(above, below) >= BriefsColumn.COHESIVE;
    }

    /**
     * The index after the brief whose headline is line {@code i} (see {@link BriefsColumn}), or -1: a brief's headline over
     * one or two finished paragraphs, the first a whole paragraph that does not open as a section of an argument, and no
     * further paragraph under them.
     */
    private static int briefEnd(List<Line> lines, int i) {
        if (!headsBrief(lines.get(i))) {
            return -1;
        }
        int k = i + 1;
        while (k < lines.size() && lines.get(k).kind() == LineKind.BODY && !headsBrief(lines.get(k)) && k - i <= BriefsColumn.PARAGRAPHS_MAX) {
            if (!endsSentence(lines.get(k).text())) {
                if (k == i + 1) {
                    return -1;
                }
                break; // an unfinished line after the brief's paragraph is no paragraph of it (a headline of another form)
            }
            k++;
        }
        if (k == i + 1 || lines.get(i + 1).text().length() < PARAGRAPH_MIN || BriefsColumn.opensArgument(lines.get(i + 1).text())
                || k < lines.size() && lines.get(k).kind() == LineKind.BODY && !headsBrief(lines.get(k)) && endsSentence(lines.get(k).text())) {
            return -1;
        }
        return k;
    }

    /**
     * Whether a line may head a brief: a headline ({@link BriefsColumn#isBriefHeadline}), or a news headline that puts its
     * topic before a colon ({@code 委员讨论两院工作报告：着力增强群众获得感}), which reads as a sentence.
     */
    private static boolean headsBrief(Line line) {
        return line.kind() == LineKind.HEADLINE && BriefsColumn.isBriefHeadline(line.text())
                || line.kind() == LineKind.BODY && ItemHeadings.isNewsHeadline(line.text());
    }

    /**
     * The heading lines of runs of sibling items ({@link SiblingItems}): at least {@link SiblingItems#RUN_MIN} units in a
     * row of a heading line with one mark over one finished paragraph, each unit a news item. A numbered run goes on
     * with the next number, whatever the store left of its paragraph (a last item cut off mid-sentence).
     */
    private static Set<Integer> siblingItemRun(List<Line> lines) {
        Set<Integer> out = new HashSet<>();
        List<Integer> run = new ArrayList<>();
        SiblingItems.Mark runMark = null;
        int i = 0;
        while (i <= lines.size()) {
            Line line = i < lines.size() ? lines.get(i) : null;
            Line paragraph = i + 1 < lines.size() ? lines.get(i + 1) : null;
            SiblingItems.Mark mark = line != null && (line.kind() == LineKind.HEADLINE || line.kind() == LineKind.LIST_ITEM)
                    ? SiblingItems.markOf(line.text()) : null;
            boolean unit = mark != null && paragraph != null && paragraph.kind() == LineKind.BODY
                    && (run.isEmpty() || mark == runMark);
            if (unit && SiblingItems.closesItem(paragraph.text()) && SiblingItems.isNewsUnit(line.text(), paragraph.text())) {
                runMark = mark;
                run.add(i);
                i += 2;
                continue;
            }
            if (!run.isEmpty() && line != null && SiblingItems.isAside(line.text()) && i + 2 < lines.size()
                    && SiblingItems.markOf(paragraph.text()) == runMark) {
                i++; // (当时常用的邮票): a picture's caption between two units, no unit of its own (see itemHeadings)
                continue;
            }
            boolean wasRun = !run.isEmpty();
            if (run.size() >= SiblingItems.RUN_MIN && unit && (mark == SiblingItems.Mark.NUMBER
                    && ItemHeadings.itemNumber(line.text()).getAsInt()
                            == ItemHeadings.itemNumber(lines.get(run.get(run.size() - 1)).text()).getAsInt() + 1
                    || SiblingItems.isNewsUnit(line.text(), paragraph.text()))) {
                run.add(i); // the next unit of a run (the next number, or a news item), its paragraph cut or running on
                i += 2;
                wasRun = false;
            }
            if (run.size() >= SiblingItems.RUN_MIN && run.stream().map(k -> lines.get(k).text()).distinct().count() == run.size()) {
                out.addAll(run); // a heading printed again over each paragraph is a running title, not items
            }
            run.clear();
            runMark = null;
            if (!wasRun) {
                i++; // (a line that ended a run may start the next one: it is read again)
            }
        }
        return out;
    }

    /** Whether a headline stands directly over the snippet of a related item ({@link ItemHeadings#restatesTitleOpening}). */
    private static boolean restatedSnippet(Line line, Line following) {
        return line.kind() == LineKind.HEADLINE && following != null && following.kind() == LineKind.HEADLINE
                && adjacent(line, following) && ItemHeadings.restatesTitleOpening(line.text(), following.text());
    }

    /** Whether {@code below} was printed on the input line right after {@code above}, no blank line between. */
    private static boolean adjacent(Line above, Line below) {
        return below.first() == above.sources().get(above.sources().size() - 1) + 1;
    }

    /** The first line at or after {@code from} that is neither furniture nor chrome, or null. */
    private static Line nextContent(List<Line> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            LineKind kind = lines.get(k).kind();
            if (kind != LineKind.FURNITURE && kind != LineKind.CHROME) {
                return lines.get(k);
            }
        }
        return null;
    }

    /**
     * Whether a line starts an item of its own ({@link ItemHeadings}): a caption of another day in a gallery of dated
     * captions, an editor's note (编者按) after a finished item, or the next paragraph of a teaser index after a complete one.
     */
    private static boolean startsOwnItem(Draft current, Line line, boolean teaserIndex) {
        if (current == null || current.body.isEmpty()) {
            return false;
        }
        String last = current.body.get(current.body.size() - 1).text();
        if (ItemHeadings.startsNewCaptionItem(last, line.text()) || ItemHeadings.opensEditorsNote(line.text())) {
            return true;
        }
        if (line.kind() == LineKind.BODY && endsSentence(last) && ItemHeadings.opensWithGluedStoryTitle(line.text())) {
            return true; // 《another story's title》 glued to an unrelated paragraph: a fragment of its own (see ItemHeadings)
        }
        return teaserIndex && current.heading == Heading.NONE && line.kind() == LineKind.BODY
                && (endsSentence(last) || ItemHeadings.endsWithReadMore(last));
    }

    /**
     * Whether the line before {@code next} heads the next record of an archive's AMP view ({@link BriefItems}): the
     * draft being collected already holds a record glued with {@code <br/>} tags, and {@code next} opens another.
     */
    private static boolean headsGluedRecord(Draft current, Line next) {
        if (next == null || current == null || current.body.isEmpty() || !BriefItems.opensGluedRecord(next.text())) {
            return false;
        }
        return holdsGluedRecord(current);
    }

    /**
     * Whether a headless draft is a caption of a gallery that the store cut before its first sentence
     * ({@code 3月7日，北京人民大会堂新闻发布厅，全国政协委}) under a complete, credited caption: an item of its own, like
     * the captions above it (see {@link CaptionSets}).
     */
    private static boolean isCutGalleryCaption(Draft draft, List<Draft> kept) {
        if (kept.isEmpty() || draft.body.isEmpty() || draft.heading != Heading.NONE) {
            return false;
        }
        List<String> above = kept.get(kept.size() - 1).paragraphs;
        return !above.isEmpty() && CaptionSets.startsGalleryItem(above.get(above.size() - 1), draft.body.get(0).text(), true);
    }

    /** Whether a draft holds an archive record glued with {@code <br/>} tags. */
    private static boolean holdsGluedRecord(Draft draft) {
        return draft.body.stream().anyMatch(l -> BriefItems.opensGluedRecord(l.text()));
    }

    /**
     * Whether a paragraph starts an item of a set of captions ({@link CaptionSets}): the next dated caption after a
     * credited one on a gallery page, or the next △-marked caption or brief in a run of them.
     */
    private static boolean startsCaptionSetItem(Draft current, Line line, boolean gallery, boolean markedRun) {
        if (!gallery && !markedRun || current == null || current.body.isEmpty()) {
            return false;
        }
        String last = current.body.get(current.body.size() - 1).text();
        return CaptionSets.startsGalleryItem(last, line.text(), gallery)
                || CaptionSets.startsCreditedCaption(last, line.text(), gallery)
                || CaptionSets.startsCaptionAfterCreditLine(last, line.text(), gallery)
                || CaptionSets.startsMarkedItem(last, line.text(), markedRun);
    }

    /**
     * A brief of a 简讯 column: one headline line printed directly on top of one paragraph, a blank line after it. A
     * subhead of a longer article heads several paragraphs; on a page that sets paragraphs off by blank lines it is
     * set off from its paragraph too.
     */
    private static boolean isBrief(List<Line> block, Line next, Ledger ledger) {
        if (block.size() != 1 || next == null || next.kind() != LineKind.BODY || !endsSentence(next.text())) {
            return false;
        }
        int headline = block.get(0).sources().get(block.get(0).sources().size() - 1);
        int last = next.sources().get(next.sources().size() - 1);
        return next.first() == headline + 1 && (last >= ledger.texts.length || ledger.texts[last].isEmpty()); // texts[last]: the line after
    }

    /**
     * Whether a paragraph after a finished one starts an item of its own ({@link BriefItems}): a dated brief behind a
     * bullet in a column of briefs, a further wire item (又讯), one body's programme after the other's in a day's
     * schedule of the two sessions, or a side item glued to its label (相关链接 标题 本报…讯), kept as printed.
     */
    private static boolean startsBrief(Draft current, Line line, boolean briefColumn) {
        if (current == null || current.body.isEmpty()) {
            return false;
        }
        String last = current.body.get(current.body.size() - 1).text();
        if (briefColumn && BriefItems.isDatedBrief(line.text()) && BriefItems.isBulleted(last)) {
            // ◇…↑↑↑ over ◇昨日，…: in a column of briefs the bullet is the boundary, however the item above ends
            return true;
        }
        if (!endsSentence(last)) {
            return false;
        }
        // 又讯 under a headline is a further report of the headed item (县政府常务会议召开: 本报讯 … 又讯 …), which the
        // headline spans; in a headless column of wire briefs it opens the next brief
        return briefColumn && (BriefItems.isDatedBrief(line.text()) || BriefItems.isBulletedProse(line.text()))
                || current.heading == Heading.NONE && BriefItems.opensFurtherItem(line.text())
                || BriefItems.switchesScheduledBody(last, line.text())
                || BriefItems.opensGluedSideItem(line.text(), ArticleSplitter::opensWithDateline);
    }

    /**
     * Whether the article being collected ends with its reporter's sign-off ({@code …。（王晓磊）}, or {@code （丁佳伟）}
     * alone under its last paragraph): the item is complete, and what follows starts the next one.
     */
    private static boolean closedBySignOff(Draft current) {
        if (current == null || current.body.isEmpty()) {
            return false;
        }
        Line last = current.body.get(current.body.size() - 1);
        return last.kind() == LineKind.BODY && BriefItems.endsWithNameSignOff(last.text())
                || BriefItems.isNameSignOff(last.text()) && current.body.size() >= 2
                        && endsSentence(current.body.get(current.body.size() - 2).text());
    }

    /**
     * Whether the headless entry being collected ends with its source in brackets ({@code …。 (《人民日报》55.1.23.③)}) on a
     * page of such entries (see {@link EntryBoundaries}): the next paragraph starts the next entry.
     */
    private static boolean closedByCitation(Draft current, boolean citedEntries) {
        if (!citedEntries || current == null || current.body.isEmpty() || current.heading.title() != null) {
            return false;
        }
        Line last = current.body.get(current.body.size() - 1);
        return last.kind() == LineKind.BODY && EntryBoundaries.endsWithSourceCitation(last.text());
    }

    /** Whether a page has no headline and every paragraph opens with a day (see {@link EntryBoundaries}). */
    private static boolean isDatedParagraphPage(List<Line> lines) {
        if (lines.stream().anyMatch(l -> l.kind() == LineKind.HEADLINE || l.kind() == LineKind.TITLE)) {
            return false;
        }
        return EntryBoundaries.isDatedParagraphSet(lines.stream().filter(l -> l.kind() == LineKind.BODY).map(Line::text).toList());
    }

    /**
     * The indexes of the lines that start a fragment of another report on a headless page of unrelated fragments (see
     * {@link UnrelatedFragments}). Read only where the page gives no headline structure: every line but page furniture
     * and chrome is a paragraph of its own, and none is a heading; a field label without its value above the text
     * ({@code 更新时间:}) and a last line the store cut short are left out.
     */
    private static Set<Integer> unrelatedFragments(List<Line> lines) {
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            LineKind kind = lines.get(k).kind();
            if (kind != LineKind.FURNITURE && kind != LineKind.CHROME) {
                at.add(k);
            }
        }
        if (!at.isEmpty() && endsWithColon(lines.get(at.get(0)).text()) && lines.get(at.get(0)).text().length() < UnrelatedFragments.PARAGRAPH_MIN) {
            at.remove(0);
        }
        if (!at.isEmpty() && lines.get(at.get(at.size() - 1)).text().length() < UnrelatedFragments.PARAGRAPH_MIN) {
            at.remove(at.size() - 1);
        }
        if (at.stream().anyMatch(k -> lines.get(k).kind().isHeading() || lines.get(k).sources().size() != 1)) {
            return Set.of();
        }
        Set<Integer> starts = new HashSet<>();
        UnrelatedFragments.fragmentStarts(at.stream().map(k -> lines.get(k).text()).toList()).forEach(k -> starts.add(at.get(k)));
        return starts;
    }

    /** The kinds of line a digest's item can be read as: prose, a list item, or (by its read-more link) chrome. */
    private static final Set<LineKind> DIGEST_ITEM_KINDS = Set.of(LineKind.BODY, LineKind.LIST_ITEM, LineKind.CHROME);

    /**
     * On a digest page (see {@link DigestItems}) an item that ends in its read-more link ({@code ▷…。详情>>}) is the
     * item's text, not chrome: a marked paragraph of complete sentences is news, whatever link follows it.
     */
    private static List<Line> digestItemText(List<Line> lines, String mark) {
        if (mark == null) {
            return lines;
        }
        return lines.stream().map(l -> l.kind() == LineKind.CHROME && DigestItems.sameMark(mark, DigestItems.markOf(l.text()))
                ? l.withKind(LineKind.BODY) : l).toList();
    }

    /**
     * On a digest page the store cut inside its last item (see {@link DigestItems#opensCutItem}), the page's last line is
     * that item's text, however short: read as prose, not as a headline at the foot of the page.
     */
    private static List<Line> cutDigestItem(List<Line> lines, String mark) {
        int last = lastContent(lines);

        if (mark == null || last < 0 || !DIGEST_CUT_KINDS.contains(lines.get(last).kind())
                || !DigestItems.opensCutItem(mark, lines.get(last).text())) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines);
        out.set(last, lines.get(last).withKind(LineKind.BODY));
        return out;
    }

    /** The kinds a digest's cut last item may have been read as: prose, a list item, or a short line taken for a headline. */
    private static final Set<LineKind> DIGEST_CUT_KINDS = Set.of(LineKind.BODY, LineKind.LIST_ITEM, LineKind.HEADLINE);

    /** The index of the last line that is neither furniture nor chrome, or -1. */
    private static int lastContent(List<Line> lines) {
        for (int k = lines.size() - 1; k >= 0; k--) {
            if (lines.get(k).kind() != LineKind.FURNITURE && lines.get(k).kind() != LineKind.CHROME) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a paragraph starts the next item of a digest of marked one-paragraph items (see {@link DigestItems}). */
    private static boolean startsDigestItem(Draft current, Line line, String digestMark, boolean cutLast) {
        if (digestMark == null || current == null || !DIGEST_ITEM_KINDS.contains(line.kind())) {
            return false;
        }
        // the items of a later section stand under its label (§国内 over ●…。), which an item above may have taken into
        // its body as a subhead: the label directly above is what the marked paragraph stands under, not that headline
        Line above = current.body.isEmpty() ? null : current.body.get(current.body.size() - 1);
        String standsUnder = above != null && above.kind() == LineKind.HEADLINE && current.body.size() > 1
                ? above.text() : current.heading.title();
        return DigestItems.startsItem(digestMark, standsUnder, !current.body.isEmpty(), line.text(), cutLast);
    }

    /** Whether, on a page of dated paragraphs, a paragraph opens with another day than the one above it. */
    private static boolean startsDatedParagraph(Draft current, Line line, boolean datedParagraphs) {
        if (!datedParagraphs || current == null || current.body.isEmpty() || line.kind() != LineKind.BODY) {
            return false;
        }
        return EntryBoundaries.changesDay(current.body.get(current.body.size() - 1).text(), line.text());
    }

    /**
     * The indexes of the lines that open an entry of a chronicle (see {@link ChronicleEntries}): paragraphs in a run of
     * dated entries, read over the page's running text (furniture and chrome between them do not break the run).
     */
    private static Set<Integer> chronicleEntries(List<Line> lines) {
        return runEntries(lines, ChronicleEntries::entriesOfRuns);
    }

    /**
     * The indexes of the lines that open a headless news item of a run opened by their day (see
     * {@link ChronicleEntries#dayItemsOfRuns}), read over the running text as {@link #chronicleEntries} reads it.
     */
    private static Set<Integer> dayItems(List<Line> lines) {
        return runEntries(lines, ChronicleEntries::dayItemsOfRuns);
    }

    /** The lines {@code entriesOf} picks from each stretch of running text between two headings. */
    private static Set<Integer> runEntries(List<Line> lines, Function<List<String>, Set<Integer>> entriesOf) {
        List<Integer> at = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i <= lines.size(); i++) {
            LineKind kind = i < lines.size() ? lines.get(i).kind() : null;
            if (kind == LineKind.BODY) {
                at.add(i);
                paragraphs.add(lines.get(i).text());
            } else if (kind != LineKind.FURNITURE && kind != LineKind.CHROME) {
                entriesOf.apply(paragraphs).forEach(k -> out.add(at.get(k)));
                at.clear();
                paragraphs.clear();
            }
        }
        return out;
    }

    /**
     * Whether a dated entry of a chronicle starts an article of its own: it does unless the article above is still
     * empty (a headline directly over the entry) or is one story narrating month by month (see {@link ChronicleEntries}).
     */
    private static boolean startsChronicleEntry(Draft current, boolean entry) {
        if (!entry || current == null || current.body.isEmpty()) {
            return false;
        }
        List<String> above = current.body.stream().filter(l -> l.kind() == LineKind.BODY).map(Line::text).toList();
        return !ChronicleEntries.isNarratedStory(current.heading.title() != null, above);
    }

    /**
     * Whether a paragraph that opens a day item (see {@link ChronicleEntries#dayItemsOfRuns}) starts an article of its
     * own: the article above has text, no headline that names its event ({@link ChronicleEntries#headsTheRun}) and no
     * undated lead over the run ({@link ChronicleEntries#isNarratedDayStory}).
     */
    private static boolean startsDayItem(Draft current, boolean item) {
        if (!item || current == null || current.body.isEmpty()) {
            return false;
        }
        List<String> above = current.body.stream().filter(l -> l.kind() == LineKind.BODY).map(Line::text).toList();
        return !above.isEmpty() && !ChronicleEntries.headsTheRun(current.heading.title(), above.get(0))
                && !ChronicleEntries.isNarratedDayStory(current.heading.title() != null, above);
    }

    /** Whether a page is a day-page archive: a page label directly over an empty column field heads its records. */
    private static boolean isArchivePage(List<Line> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (isPageMark(lines.get(i)) && BriefItems.isRecordLabel(lines.get(i).text())
                    && BriefItems.isEmptyColumnField(lines.get(i + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line is page furniture or chrome: an archive's page label is furniture ({@code 第1版(要闻)}) or, with its
     * section left empty, chrome ({@code 第1版()}); either way it marks a record.
     */
    private static boolean isPageMark(Line line) {
        return line.kind() == LineKind.FURNITURE || line.kind() == LineKind.CHROME;
    }

    /** Whether a furniture line is an archive's page label printed again after a record (see {@link BriefItems}). */
    private static boolean opensArchiveRecord(Draft current, Line line, Ledger ledger) {
        Integer first = ledger.firstSeen.get(line.text());
        return current != null && !current.body.isEmpty() && BriefItems.isRecordLabel(line.text())
                && first != null && first < line.first();
    }

    /**
     * Titles that {@link BriefItems} tells: in a schedule box of the two sessions the body labels ({@code 人大},
     * {@code 政协}) title their block, so each block is an item, and its entries are list items. Under an
     * archive's page label printed again and its empty column field ({@code 专栏:}), the first line is the headline
     * of the next record; the rest of its deck above the lead (more headlines, a summary) stays in the record as list
     * items, so that the record is never cut inside its deck. (The first record of the page is read as before.)
     */
    private static List<Line> briefItems(List<Line> lines, Ledger ledger) {
        boolean scheduleBox = BriefItems.isScheduleBox(lines.stream().map(Line::text).toList());
        List<Line> out = new ArrayList<>(lines.size());
        int deckUntil = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean recordHead = startsRecordHead(lines, i, ledger);
            if (recordHead || scheduleBox && i + 1 < lines.size() && BriefItems.isScheduleLabel(line.text(), lines.get(i + 1).text())) {
                out.add(line.withKind(LineKind.TITLE));
                deckUntil = recordHead ? leadAfter(lines, i + 1) : -1;
            } else if ((scheduleBox || i < deckUntil) && line.kind() == LineKind.HEADLINE) {
                // a schedule's entries (上午9时小组会议) and a record's deck are items of their block, not headlines
                out.add(line.withKind(LineKind.LIST_ITEM));
            } else if (headlineOverGluedRecord(lines, i)) {
                // see BriefItems.opensGluedRecord: the plain line over a record of an archive's AMP view is the
                // record's headline, however long its deck runs (国务院决定: 减少夏季棉布供应 保证人民冬衣需要)
                out.add(line.withKind(LineKind.HEADLINE));
            } else if (i <= deckUntil && line.kind() == LineKind.CREDIT) {
                // the reporter's line in a record's deck (当好代表 / 用好权 / 本报记者 某某) is the record's, above its lead:
                // kept in the record like the rest of the deck, never the heading of a record of its own (本报记者 reads
                // as a lead's opening word, so the byline may be where the deck was found to end)
                out.add(line.withKind(LineKind.LIST_ITEM));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * The source headings of a chronicle archive's day view ({@link DayViewSources}): a heading over the day's date line
     * titles the source's block ({@code 毛泽东年谱>19560202} over {@code 02月02日}), so each block is an item; a heading
     * over the archive's links (上一日:19560201…) or over the next heading is the archive's index, and a heading over
     * anything else is only the archive's label of a paper: both kept as chrome, and the paper's own headline, the line
     * under the label, titles the item. On a
     * page without such headings nothing changes.
     */
    private static List<Line> dayViewSources(List<Line> lines) {
        var key = DayViewSources.dayKey(lines.stream().map(Line::text).toList());
        if (key.isEmpty()) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = nextContent(lines, i + 1);
            if (DayViewSources.isDayLink(line.text(), key.get())) {
                out.set(i, line.withKind(LineKind.CHROME)); // 上一日:19560201-年月日: the archive's link to another day
                continue;
            }
            if (next == null || !DayViewSources.isSourceHeading(line.text(), key.get())) {
                continue;
            }
            if (DayViewSources.isDayLine(next.text())) {
                out.set(i, line.withKind(LineKind.TITLE));
                if (next.kind().isHeading()) {
                    // 02月02日: the date of the entries, the first line of the block's text, not a subtitle
                    out.set(lines.indexOf(next), next.withKind(LineKind.BODY));
                }
            } else if (DayViewSources.isIndexLink(next.text(), key.get())) {
                // the archive's own index (年月日>…, 分析思考>…) over its links to other days or over the next heading
                out.set(i, line.withKind(LineKind.CHROME));
            } else {
                // the label stands only above an item, so the paper's headline under it starts one, whatever field
                // (版面:头版, 作者:…) comes between it and the lead
                out.set(i, line.withKind(LineKind.CHROME));
                out.set(lines.indexOf(next), next.withKind(LineKind.TITLE));
            }
        }
        return out;
    }

    /** The longest headline line, decks included, read over an archive record glued with {@code <br/>} tags. */
    private static final int GLUED_RECORD_HEADLINE_MAX = 100;

    /**
     * Whether line {@code i} is the headline over an archive record glued with {@code <br/>} tags: running text without
     * a full stop, not itself a record, directly over one.
     */
    private static boolean headlineOverGluedRecord(List<Line> lines, int i) {
        Line line = lines.get(i);
        return line.kind() == LineKind.BODY && i + 1 < lines.size() && BriefItems.opensGluedRecord(lines.get(i + 1).text())
                && line.text().length() <= GLUED_RECORD_HEADLINE_MAX && line.text().indexOf('。') < 0
                && !BriefItems.opensGluedRecord(line.text());
    }

    /** The index of the first line from {@code from} that opens a lead, looking at most {@link #RECORD_DECK_MAX} lines on. */
    private static int leadAfter(List<Line> lines, int from) {
        int end = Math.min(lines.size(), from + RECORD_DECK_MAX);
        for (int k = from; k < end; k++) {
            if (opensLead(lines, k)) {
                return k;
            }
        }
        return end;
    }

    /** Whether line {@code i} is a headline under an archive's repeated page label and empty column field. */
    private static boolean startsRecordHead(List<Line> lines, int i, Ledger ledger) {
        if (i < 2) {
            return false;
        }
        Line label = lines.get(i - 2);
        Line field = lines.get(i - 1);
        Line line = lines.get(i);
        Integer first = ledger.firstSeen.get(label.text());
        return isPageMark(label) && BriefItems.isRecordLabel(label.text()) && first != null && first < label.first()
                && BriefItems.isEmptyColumnField(field.text())
                && (line.kind() == LineKind.LIST_ITEM || line.kind() == LineKind.HEADLINE)
                && line.text().length() <= LineKind.HEADLINE_MAX && !SENTENCE_END.matcher(line.text()).find();
    }

    /** {@code 本报讯}, {@code 新华社北京3月5日电}: a dateline that only the first paragraph of an article carries. */
    static boolean opensWithDateline(String text) {
        Matcher m = BYLINE.matcher(text);
        return m.find() && m.group().matches("^[^（(]*(讯|电|訊|電).*");
    }

    /** What a headline reports someone said after the colon: a clause of six or more Han characters ({@code 欢迎某市市长访华}). */
    private static final Pattern SPEAKER_HEADLINE = Pattern.compile("[：:]\\s*[^\\p{IsHan}]{0,4}(\\p{IsHan}[^\\p{IsHan}]{0,2}){6,}");
    /**
     * {@code 原标题：}, {@code 转自：}, {@code 来源：}: the label of a field a page prints about its article, not a speaker.
     * Extend with any such label.
     */
    private static final Pattern FIELD_LABEL = Pattern.compile(
            "^(原标题|原標題|原题|原題|标题|標題|转自|轉自|来源|來源|稿源|出处|出處|作者|编辑|編輯|责编|責編|字数|字數|时间|時間|日期|栏目|欄目)\\s*[：:]");
    /** {@code 据新华社电}, {@code 据中新社讯}: a wire item a paper reprints, credited to its agency. */
    private static final Pattern CITED_WIRE = Pattern.compile("^(据|據)[^\\s，,。：:]{2,14}(电|電|讯|訊)");

    /** Whether a paragraph opens with a dateline or a cited wire credit ({@code 据新华社电}). */
    private static boolean opensWireLead(String text) {
        return opensWithDateline(text) || CITED_WIRE.matcher(text).find();
    }

    /** Whether line {@code k} opens a news lead: the short line above it is a headline, not a list item. */
    private static boolean opensLead(List<Line> lines, int k) {
        return k < lines.size() && (BYLINE.matcher(lines.get(k).text()).find() || LEAD.matcher(lines.get(k).text()).find());
    }

    /** A paragraph ending in the {@code [全文]} link of an index page: the lead of one item. */
    private static boolean isTeaser(Line line) {
        return line.kind() == LineKind.BODY && line.text().length() > LineKind.HEADLINE_MAX / 2 && mayEndWithMark(line.text())
                && TEASER_END.matcher(line.text()).find();
    }

    /** Whether {@code text} ends as an article does: with (完), a reporter's name in brackets or a teaser's link. */
    private static boolean endsArticle(CharSequence text) {
        return mayEndWithMark(text) && ARTICLE_END.matcher(text).find();
    }

    /** Whether {@code text} may end with an ending of {@link #ARTICLE_END} or {@link #TEASER_END} (see {@link #END_MARK_LAST}). */
    private static boolean mayEndWithMark(CharSequence text) {
        return LineKind.endsInAny(text, END_MARK_LAST);
    }

    private static boolean isShortLine(LineKind kind) {
        return kind == LineKind.HEADLINE || kind == LineKind.CREDIT || kind == LineKind.SUBTITLE;
    }

    /**
     * Re-joins running text that the layout broke mid-sentence, also across page furniture. A short headline-like
     * line between the two halves is dropped as a running header only when the page prints it elsewhere too;
     * otherwise it may be a subhead after a paragraph without a final 。 and stays.
     */
    private static List<Line> joinBrokenParagraphs(List<Line> lines, Ledger ledger) {
        List<Line> joined = new ArrayList<>();
        boolean cutFragments = EntryBoundaries.isCutFragmentPage(lines.stream().map(Line::text).toList());
        // see DigestItems: on a digest each marked paragraph is an item, never the rest of the line above it
        String digestMark = DigestItems.digestMark(lines.stream().filter(l -> DIGEST_ITEM_KINDS.contains(l.kind())).map(Line::text).toList());
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i++);
            // an archive record glued with <br/> tags is one whole line, and the headline over it is its own: neither
            // is text the layout broke (see BriefItems.opensGluedRecord)
            if (!canContinue(line) || BriefItems.opensGluedRecord(line.text())
                    || i < lines.size() && BriefItems.opensGluedRecord(lines.get(i).text())) {
                joined.add(line);
                continue;
            }
            StringBuilder text = new StringBuilder(line.text());
            List<Integer> sources = new ArrayList<>(line.sources());
            List<Line> skipped = new ArrayList<>();
            while (i < lines.size() && !endsSentence(text) && !endsArticle(text)
                    && !ItemHeadings.endsWithPhotoCredit(text) // a caption ends with its photographer's credit
                    && !CaptionSets.endsWithCaptionCredit(text) // also as a photo page prints it (李隽辉/摄, …攝) …圖片)
                    && !ItemHeadings.endsWithUnclosedReadMore(text) // a teaser ends with its link (…。【详细)
                    && !(cutFragments && EntryBoundaries.endsWithCutMark(text)) // a fragment cut off (…。....) ends there
                    && !DigestItems.opensItem(digestMark, lines.get(i).text())) { // a digest's next item (…。详情>> over ▷…)
                Line next = lines.get(i);
                Line after = i + 1 < lines.size() ? lines.get(i + 1) : null;
                boolean bodyAfter = after != null && after.kind() == LineKind.BODY && !BYLINE.matcher(after.text()).find();
                if (next.kind() == LineKind.BODY) {
                    text.append(next.text());
                    sources.addAll(next.sources());
                    i++;
                } else if (bodyAfter && (next.kind() == LineKind.FURNITURE || next.kind() == LineKind.CHROME
                        || next.kind() == LineKind.HEADLINE && isRunningHeader(next, ledger))) {
                    if (next.kind() == LineKind.HEADLINE) {
                        ledger.set(next, new PageSplit.Furniture("running header inside a broken sentence, printed again on the page"));
                    }
                    skipped.add(next);
                    text.append(after.text());
                    sources.addAll(after.sources());
                    i += 2;
                } else {
                    break;
                }
            }
            joined.add(new Line(line.kind(), text.toString(), List.copyOf(sources)));
            joined.addAll(skipped.stream().filter(s -> s.kind() == LineKind.FURNITURE || s.kind() == LineKind.CHROME).toList());
        }
        return joined;
    }

    private static boolean isRunningHeader(Line line, Ledger ledger) {
        String text = line.text();
        if (BRACKETED_LABEL.matcher(text).matches()) {
            // 【原文】, 【点评】: a label of the article's own text, which recurs because the article repeats its
            // structure; a running header is the name of the paper, page or section, never a bracketed label
            return false;
        }
        for (int k = 0; k < ledger.texts.length; k++) {
            if (k + 1 != line.first() && ledger.texts[k].equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean canContinue(Line line) {
        if (FIELD.matcher(line.text()).matches()) {
            // 联系电话：0352-1234567, 地址：…: a field of a notice is complete without a full stop
            return false;
        }
        return line.kind() == LineKind.BODY || line.kind() == LineKind.CAPTION
                || line.kind() == LineKind.LIST_ITEM && line.text().length() >= BROKEN_ITEM_MIN;
    }

    static boolean endsSentence(CharSequence text) {
        int end = text.length() - 1;
        if (end < 0) {
            return true;
        }
        char last = text.charAt(end);
        if ((last == '”' || last == '’' || last == '」' || last == '』' || last == '"') && end > 0) {
            last = text.charAt(end - 1);
            return "。！？!?；;…".indexOf(last) >= 0;
        }
        return "。！？!?；;：:…）)】".indexOf(last) >= 0;
    }

    /** {@code digestMark}: the mark of a digest's items ({@link DigestItems#digestMark}), or null on any other page. */
    private static List<Draft> segment(List<Line> lines, Ledger ledger, String digestMark) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        boolean afterContinuesOn = false;
        List<Line> chromeAbove = new ArrayList<>();
        List<String> texts = lines.stream().map(Line::text).toList();
        boolean teaserIndex = ItemHeadings.isTeaserIndex(texts);
        boolean compact = ledger.compactParagraphs();
        boolean briefColumn = BriefItems.isBriefColumn(texts);
        // a day-page archive marks each record (第1版(要闻) over 专栏:); a second dateline inside a record is a further
        // report under the record's headline (本报…讯 … 本报…讯), not a new item
        boolean archive = isArchivePage(lines);
        // see EntryBoundaries: entries closed by a bracketed source, and a headless page of dated paragraphs
        boolean citedEntries = EntryBoundaries.isCitedEntryPage(texts);
        boolean datedParagraphs = isDatedParagraphPage(lines);
        boolean cutFragments = EntryBoundaries.isCutFragmentPage(texts);
        Set<Integer> unrelatedFragments = unrelatedFragments(lines); // see UnrelatedFragments: a salad of fragments
        Set<Integer> chronicleEntries = chronicleEntries(lines); // see ChronicleEntries: dated entries of a chronicle
        Set<Integer> dayItems = dayItems(lines); // see ChronicleEntries: headless items each opened by its day
        // see CaptionSets: a gallery of dated, credited captions, and a run of △-marked captions or briefs
        boolean gallery = CaptionSets.isGallery(texts);
        boolean markedRun = CaptionSets.hasMarkedRun(texts);
        int lastLine = lastContent(lines); // where a store that cut the page inside an item left it (see DigestItems)
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            switch (line.kind()) {
                case CONTINUED_FROM -> {
                    ledger.set(line, new PageSplit.Furniture("continuation mark, kept as the article's continued_from"));
                    current = new Draft(Heading.NONE, List.of(), page(line.text()));
                    drafts.add(current);
                    i++;
                }
                case HEADLINE, TITLE, SUBTITLE, CREDIT, SOURCE_LINE -> {
                    int end = i;
                    while (end < lines.size() && lines.get(end).kind().isHeading()
                            && (end - i < HEADING_BLOCK_MAX || speakerUnderOccasion(lines, end))
                            && !(end > i && ItemHeadings.opensTeaserBlock(lines.get(end).text()))) { // 新闻推荐 opens its own block
                        end++;
                    }
                    List<Line> block = List.copyOf(lines.subList(i, end));
                    int after = end;
                    while (after < lines.size() && (lines.get(after).kind() == LineKind.FURNITURE || lines.get(after).kind() == LineKind.CHROME)) {
                        after++;
                    }
                    Line next = after < lines.size() ? lines.get(after) : null;
                    // a heading a blank line sets off from a finished paragraph, on a page that prints paragraphs line
                    // after line, or printed directly on top of its own paragraph (a block of heading and text, the
                    // blank line between blocks), is where one article ends and the next begins: the page's layout cue
                    boolean setOff = (compact || isBrief(block, next, ledger))
                            && ledger.blankBefore(block.get(0).first()) && current != null && !current.body.isEmpty()
                            && current.body.get(current.body.size() - 1).kind() == LineKind.BODY
                            && endsSentence(current.body.get(current.body.size() - 1).text());
                    if (!startsArticle(current, block, next, setOff)
                            && !headsGluedRecord(current, end < lines.size() ? lines.get(end) : null)) {
                        // a subhead between paragraphs: part of the article it interrupts
                        current.body.addAll(block);
                    } else if (current != null && current.body.isEmpty() && current.heading == Heading.NONE
                            && current.continuedFrom != null && !Article.UNKNOWN_PAGE.equals(current.continuedFrom)) {
                        // (上接第一版) directly above a headline: the headline of the continued part
                        Draft continued = new Draft(readHeading(block, textUnder(lines, after)), block, current.continuedFrom);
                        drafts.set(drafts.size() - 1, continued);
                        current = continued;
                    } else {
                        current = new Draft(readHeading(block, textUnder(lines, after)), block, null);
                        drafts.add(current);
                    }
                    i = end;
                }
                case NOTICE_NUMBER -> {
                    if (current != null && !current.body.isEmpty()) {
                        // （第2号）: a new notice under the headline of the previous one
                        current = new Draft(current.heading, List.of(), null);
                        drafts.add(current);
                    }
                    current = append(drafts, current, line, afterContinuesOn);
                    i++;
                }
                case FURNITURE -> {
                    if (opensArchiveRecord(current, line, ledger)) {
                        // see BriefItems: the page label printed again starts the next record of a day-page archive;
                        // the empty column field under it stays at the end of the record above, where it stood
                        if (i + 1 < lines.size() && BriefItems.isEmptyColumnField(lines.get(i + 1).text())) {
                            current.body.add(lines.get(++i));
                        }
                        current = null;
                    }
                    i++;
                }
                case CHROME -> {
                    // page chrome is no heading and no lead: it goes with the article it stands in (or the next one)
                    (current == null ? chromeAbove : current.chrome).add(line);
                    if (opensArchiveRecord(current, line, ledger)) {
                        // an archive's empty page label (第1版()) printed again starts the next record, as its furniture
                        // label does; the label and its empty column field stay with the record above, where they stood
                        if (i + 1 < lines.size() && BriefItems.isEmptyColumnField(lines.get(i + 1).text())) {
                            current.chrome.add(lines.get(++i));
                        }
                        current = null;
                    }
                    i++;
                }
                default -> {
                    if (startsOwnItem(current, line, teaserIndex) || startsBrief(current, line, briefColumn)
                            || startsCaptionSetItem(current, line, gallery, markedRun)
                            || headsGluedRecord(current, i + 1 < lines.size() ? lines.get(i + 1) : null)) {
                        current = null; // see startsOwnItem (a gallery caption, a teaser) and startsBrief (a brief)
                    }
                    if (current != null && !current.body.isEmpty() && (!archive && opensWithDateline(line.text())
                            && (current.body.stream().anyMatch(l -> opensWithDateline(l.text()))
                                    || current.heading == Heading.NONE && endsSentence(current.body.get(current.body.size() - 1).text()))
                            || !current.body.get(current.body.size() - 1).kind().isHeading()
                                    && endsArticle(current.body.get(current.body.size() - 1).text()))) {
                        // text after (完) or a teaser's [全文], a second wire dateline (新华社…电), and a dateline after
                        // complete headless text (fragments of several items on one web page) start the next item,
                        // which has no headline
                        current = null;
                    }
                    if (closedBySignOff(current)) {
                        current = null; // the reporter's sign-off ended the item above (see BriefItems)
                    }
                    if (closedByCitation(current, citedEntries) || startsDatedParagraph(current, line, datedParagraphs)) {
                        current = null; // a cited entry ended, or a paragraph of another day starts (see EntryBoundaries)
                    }
                    boolean cutItem = false;
                    if ((drafts.isEmpty() || DigestItems.opensDigest(digestMark, drafts.get(0).heading.title()))
                            && startsDigestItem(current, line, digestMark, i == lastLine)) {
                        // the next marked item of a digest (see DigestItems), on a page that opens with text, not with
                        // a headline: the marked points under an article's headline are its own
                        current = null;
                        cutItem = i == lastLine && !SENTENCE_END.matcher(line.text()).find();
                    }
                    if (current != null && !current.body.isEmpty() && unrelatedFragments.contains(i)) {
                        current = null; // the next fragment of an unrelated report (see UnrelatedFragments)
                    }
                    if (startsChronicleEntry(current, chronicleEntries.contains(i))) {
                        current = null; // the next dated entry of a chronicle (see ChronicleEntries)
                    }
                    if (startsDayItem(current, dayItems.contains(i))) {
                        current = null; // the next headless item opened by its day (see ChronicleEntries)
                    }
                    if (cutFragments && current != null && !current.body.isEmpty() && line.kind() == LineKind.BODY
                            && EntryBoundaries.startsCutFragment(current.body.get(current.body.size() - 1).text(), line.text())) {
                        current = null; // the next fragment of a page of cut fragments (see EntryBoundaries)
                    }
                    current = append(drafts, current, line, afterContinuesOn);
                    current.cutDigestItem |= cutItem;
                    i++;
                }
            }
            afterContinuesOn = false;
            if (current != null && !current.body.isEmpty()) {
                Line last = current.body.get(current.body.size() - 1);
                Matcher m = LineKind.CONTINUATION.matcher(last.text());
                // (a mark that ends the line ends it with its bracket: a line ending otherwise is not searched)
                if (LineKind.endsInAny(last.text().stripTrailing(), "）)") && m.find() && !m.group(1).endsWith("接")
                        && last.text().substring(m.end()).isBlank()) {
                    // (下转第四版) ends the article; the mark stays in the text as printed unless it is alone on its line
                    current.continuesOn = normalisePage(m.group(2));
                    if (m.start() == 0) {
                        current.body.remove(current.body.size() - 1);
                        ledger.set(last, new PageSplit.Furniture("continuation mark, kept as the article's continues_on"));
                    }
                    current = null;
                    afterContinuesOn = true;
                }
            }
        }
        if (!chromeAbove.isEmpty()) {
            if (drafts.isEmpty()) {
                drafts.add(new Draft(Heading.NONE, List.of(), null));
            }
            drafts.get(0).chrome.addAll(0, chromeAbove);
        }
        return drafts;
    }

    /**
     * Whether a heading block starts a new article rather than being a subhead of the current one. It does at the
     * top of the page, after an article that has ended, when it has the parts of an article's heading (title mark,
     * subtitle, byline, source line), or when a news lead or a photo caption follows it. Short lines alone decide
     * nothing: a subhead, or a paragraph without a final 。, looks the same.
     */
    private static boolean startsArticle(Draft current, List<Line> block, Line next, boolean setOff) {
        if (current == null || current.body.isEmpty()) {
            return true;
        }
        if (block.size() == 1 && CONTENT_FIELD.matcher(block.get(0).text().strip()).matches()) {
            // 内容 / 正文 over the text: a library or archive record's field label, not the headline of another
            // article, whatever lead follows it (the record's title stands above its fields)
            return false;
        }
        if (block.stream().allMatch(l -> BriefItems.isNameSignOff(l.text()))
                && endsSentence(current.body.get(current.body.size() - 1).text())) {
            // （丁佳伟） under a finished paragraph: the reporter's sign-off of the item above (see BriefItems), not a
            // byline of the text below
            return false;
        }
        if (bylineOverProse(current, block, next)) {
            return true;
        }
        if (block.stream().anyMatch(l -> l.kind() == LineKind.CREDIT)
                && block.stream().allMatch(l -> l.kind() == LineKind.CREDIT || CLOSING_DATELINE.matcher(l.text()).matches())
                && endsSentence(current.body.get(current.body.size() - 1).text())
                && (next == null || !(opensWithDateline(next.text()) || LEAD.matcher(next.text()).find()))) {
            // (北京七日電) 本報記者 馮靖欣 under a finished paragraph, no lead after it: the credit some papers print at the
            // end of an article, not the heading of a new one (a byline that heads an article stands above its lead)
            return false;
        }
        if (block.stream().anyMatch(l -> l.kind() != LineKind.HEADLINE || DOCUMENT_NUMBER.matcher(l.text()).find())
                || next != null && DOCUMENT_NUMBER.matcher(next.text()).find()) {
            // a title, a subtitle (——…), a byline, a source line or a document number: the parts of an article's heading
            return true;
        }
        if (ItemHeadings.opensTeaserBlock(block.get(0).text())) {
            // 新闻推荐 …: teasers for other articles, never a subhead of this one
            return true;
        }
        if (next == null) {
            // a headline at the very end of a page is a subhead or a label; it stays with the article above
            return false;
        }
        if (block.size() == 1 && (DocumentTitles.isDocumentTitle(block.get(0).text()) || DocumentTitles.isDocumentName(block.get(0).text()))
                && next.kind() == LineKind.BODY && endsSentence(current.body.get(current.body.size() - 1).text())) {
            // …关于…的决议, …常务委员会公告, …统计公报 under a finished paragraph: the title of a document of its own (see
            // DocumentTitles)
            return true;
        }
        if (block.size() == 1 && next.kind() == LineKind.BODY && DocumentTitles.textOpensWithIssuer(block.get(0).text(), next.text())) {
            // 某市…会议关于…的决议 over 某市…会议听取和审议了…: a resolution and its text, whatever stands above (see
            // DocumentTitles)
            return true;
        }
        if (block.size() == 1 && MeetingHeadlines.reportsMeetingHeld(block.get(0).text()) && next.kind() == LineKind.BODY
                && endsSentence(current.body.get(current.body.size() - 1).text()) && current.heading.title() != null
                && !MeetingHeadlines.sameEvent(current.heading.title(), block.get(0).text())) {
            // 市六届人大常委会举行第三十二次会议 under a finished paragraph: the headline of the next meeting's news (see
            // MeetingHeadlines)
            return true;
        }
        if (REPORT_OPENING.matcher(next.text()).find() && endsSentence(current.body.get(current.body.size() - 1).text())) {
            // 现在，我代表市人民政府，向大会报告工作 under a heading: a report says its opening formula once, at its start,
            // so the heading over it is the report's title, never a subhead inside the text above
            return true;
        }
        if (setOff && next.kind() == LineKind.BODY) {
            return true;
        }
        if (kickerOverHeadline(current, block, next)) {
            return true;
        }
        if (isTeaser(next)) {
            // an index page of teasers (headline, lead, [全文]): each headline starts an item; no subhead stands above
            // a teaser, which is a whole item in one paragraph
            return true;
        }
        if (BYLINE.matcher(next.text()).find() || LEAD.matcher(next.text()).find() || next.kind() == LineKind.NOTICE_NUMBER
                || next.kind() == LineKind.ADOPTION || next.kind() == LineKind.CAPTION) {
            return true;
        }
        if (closedBySignOff(current)) {
            // …。（王晓磊）: the reporter's sign-off ended the item above (see BriefItems), so the headline heads the next,
            // as a paragraph after it starts the next item
            return true;
        }
        Line last = current.body.get(current.body.size() - 1);
        if (last.kind() == LineKind.DATE && isFieldValue(current)) {
            // 开幕时间 / 1983年6月6日: the value of an infobox field, not the date an article is signed with
            return false;
        }
        return switch (last.kind()) {
            case SIGN_OFF, DATE, PHOTO_CREDIT -> true;
            default -> endsArticle(last.text());
        };
    }

    /**
     * Whether a heading block is a column's label over a headline ({@code 两会观察} over
     * {@code “四个全面”入题人大报告}, {@code 报告解读} over {@code 聚焦市政府工作报告}) between a finished paragraph and a
     * paragraph: a box or a side item of the page starts there. A subhead inside an article is one line; a kicker
     * stands only over the headline of an item, and outline-numbered headings ({@code 一、} over {@code （一）}) are
     * sections of one document.
     */
    private static boolean kickerOverHeadline(Draft current, List<Line> block, Line next) {
        if (block.size() != 2 || next.kind() != LineKind.BODY || block.stream().anyMatch(l -> l.kind() != LineKind.HEADLINE
                || ItemHeadings.isOutlineSection(l.text()) || ItemHeadings.itemNumber(l.text()).isPresent())) {
            return false;
        }
        Line last = current.body.get(current.body.size() - 1);
        return last.kind() == LineKind.BODY && endsSentence(last.text()) && isKickerAbove(block)
                // pinyin a converter left after the label (熱點(diǎn)) says nothing about it (see PinyinGloss)
                && COLUMN_LABEL.matcher(PinyinGloss.strip(block.get(0).text()).strip()).find();
    }

    /**
     * {@code 观察:习式外交脉络愈明}: a column's label glued to a headline by a colon, no other punctuation, on a line of its
     * own between a finished paragraph and a paragraph, is the {@link LineKind#TITLE title} of the box item under it (the
     * label only ever names a column; see {@link #COLUMN_LABEL}). A sentence that opens with a label ({@code 专家点评：这一
     * 做法值得推广。}) ends a sentence and stays a paragraph.
     */
    private static List<Line> labelledHeadlines(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        for (int i = 1; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            Line above = lines.get(i - 1);
            Line below = lines.get(i + 1);
            Matcher m = LABELLED_HEADLINE.matcher(line.text());
            if (line.kind() == LineKind.BODY && m.matches() && COLUMN_LABEL.matcher(m.group(1)).find()
                    && above.kind() == LineKind.BODY && endsSentence(above.text())
                    && (below.kind() == LineKind.BODY || below.kind() == LineKind.HEADLINE && below.text().length() >= PARAGRAPH_MIN)) {
                // (the text under it may be a teaser cut off before its first full stop, which reads as a long headline:
                // it is the item's text)
                out.set(i, line.withKind(LineKind.TITLE));
                out.set(i + 1, below.withKind(LineKind.BODY));
            }
        }
        return out;
    }

    /** {@code 观察:标题}: a label of two to eight characters, a colon, a headline without sentence punctuation; group 1 the label. */
    private static final Pattern LABELLED_HEADLINE = Pattern.compile("^([\\p{IsHan}]{2,8})\\s*[:：]\\s*[^。；;！？!?，,：:]{4,30}$");

    /**
     * {@code 两会观察}, {@code 报告解读}, {@code 相关链接}, {@code 会场花絮}: a box's label names the kind of column it is
     * (a feature's two-line subhead, {@code 多元共治} over {@code 稳固民生实事之基}, names none). Extend with any word that
     * only ever names a kind of column.
     */
    private static final Pattern COLUMN_LABEL = Pattern.compile(
            "^[\\p{IsHan}]{0,6}(观察|觀察|解读|解讀|点评|點評|评论|評論|短评|短評|快评|快評|链接|鏈接|视点|視點|访谈|訪談|特写|特寫"
                    + "|花絮|速览|速覽|前瞻|直击|直擊|声音|聲音|述评|述評|背景"
                    // a digest's section labels over its items (热点 over 政协会议发布会举行…)
                    + "|热点|熱點|焦点|焦點|速递|速遞)$");

    /** {@code 开幕时间}, {@code 閉幕時間}, {@code 成立日期}: the label of a date field in an infobox. */
    private static final Pattern DATE_FIELD_LABEL = Pattern.compile("^[\\p{IsHan}\\s\u3000]{0,6}(时间|時間|日期)$");

    /**
     * Whether the date that ends the article so far stands directly under a date field's label ({@code 开幕时间} over
     * {@code 1983年6月6日}): an encyclopedia's infobox prints each field's label over its value.
     */
    private static boolean isFieldValue(Draft current) {
        int n = current.body.size();
        return n >= 2 && DATE_FIELD_LABEL.matcher(current.body.get(n - 2).text()).matches();
    }

    /**
     * {@code 本报记者 王超} alone between a finished paragraph and a paragraph of prose: the byline of the next item of
     * an e-paper page whose side items carry no headline, only their reporter. A credit printed at the end of an
     * article stands with its closing dateline ({@code (北京七日電)}), or above the next headline or a meta line, never
     * directly above prose; a photographer's credit ({@code …摄}) closes its caption.
     */
    private static boolean bylineOverProse(Draft current, List<Line> block, Line next) {
        // 新华社记者 裴鑫摄 is a photographer's credit, which closes the caption above it
        return block.stream().allMatch(l -> l.kind() == LineKind.CREDIT && !l.text().endsWith("摄") && !l.text().endsWith("攝"))
                && endsSentence(current.body.get(current.body.size() - 1).text())
                && next != null && next.kind() == LineKind.BODY && next.text().length() > LineKind.HEADLINE_MAX
                && next.text().indexOf('。') >= 0;
    }

    private static Draft append(List<Draft> drafts, Draft current, Line line, boolean afterContinuesOn) {
        Draft target = current;
        if (target == null) {
            // running text without a headline: a headless document, or after (下转…) the rest of an article from another page
            target = new Draft(Heading.NONE, List.of(), afterContinuesOn ? Article.UNKNOWN_PAGE : null);
            drafts.add(target);
        }
        Matcher m = LineKind.CONTINUATION.matcher(line.text());
        if (m.lookingAt() && m.group(1).endsWith("接") // (the first find, when it starts the line)
                && (target.continuedFrom == null || Article.UNKNOWN_PAGE.equals(target.continuedFrom))) {
            // (上接第一版) glued to the first paragraph: noted, and the text stays as printed
            target.continuedFrom = normalisePage(m.group(2));
        }
        target.body.add(line);
        return target;
    }

    /**
     * Articles from drafts: repeats dropped, then a draft left without a body (a heading with nothing under it: a
     * section label, a list of headlines, a masthead) gives its lines to the article above, or to the first article
     * when it stands above all of them.
     */
    private static List<Article> assemble(PageRef page, List<Draft> drafts, Ledger ledger) {
        List<Draft> kept = new ArrayList<>();
        List<Line> orphans = new ArrayList<>();
        List<Line> chrome = new ArrayList<>();
        for (Draft draft : drafts) {
            draft.paragraphs = withoutRepeats(draft.body, ledger);
            // an archive record is an item even when the store cut it before its first sentence (see BriefItems)
            if (draft.paragraphs.isEmpty() || isChrome(draft) && !holdsGluedRecord(draft) && !isCutGalleryCaption(draft, kept)
                    && !draft.cutDigestItem || isCreditsOnly(draft)) {
                List<Line> lines = new ArrayList<>(draft.headingLines);
                lines.addAll(draft.body.stream().filter(l -> draft.paragraphs.contains(l.text())).toList());
                if (kept.isEmpty()) {
                    orphans.addAll(lines);
                    chrome.addAll(draft.chrome);
                } else {
                    kept.get(kept.size() - 1).trailer.addAll(lines);
                    kept.get(kept.size() - 1).trailer.addAll(draft.chrome);
                }
                continue;
            }
            draft.preface.addAll(orphans);
            orphans.clear();
            draft.chrome.addAll(0, chrome);
            chrome.clear();
            kept.add(draft);
        }
        if (kept.isEmpty() && !(orphans.isEmpty() && chrome.isEmpty())) {
            // nothing but short lines (a poster, a list): one headless article keeps them
            Draft all = new Draft(Heading.NONE, List.of(), null);
            all.paragraphs = List.of();
            all.trailer.addAll(orphans);
            all.trailer.addAll(chrome);
            kept.add(all);
        }
        kept.forEach(d -> d.trailer.addAll(d.chrome));
        List<Article> articles = new ArrayList<>();
        for (Draft draft : kept) {
            int seq = articles.size() + 1;
            List<String> paragraphs = new ArrayList<>(keptLines(draft.preface, ledger));
            paragraphs.addAll(draft.paragraphs);
            paragraphs.addAll(keptLines(draft.trailer, ledger));
            String byline = draft.heading.byline();
            if (byline == null && !draft.paragraphs.isEmpty()) {
                Matcher m = BYLINE.matcher(draft.paragraphs.get(0));
                byline = m.find() ? m.group().trim() : null;
            }
            PageSplit.Fate fate = new PageSplit.InArticle(seq);
            draft.headingLines.forEach(l -> ledger.set(l, fate));
            draft.preface.forEach(l -> ledger.set(l, fate));
            draft.body.forEach(l -> ledger.set(l, fate));
            draft.trailer.forEach(l -> ledger.set(l, fate));
            articles.add(new Article(page, seq, draft.heading.kicker(), draft.heading.title(), draft.heading.subtitle(), byline,
                    paragraphs, draft.continuedFrom, draft.continuesOn, null));
        }
        return articles;
    }

    /**
     * A headless draft without a single sentence (menus, labels, a search box above the first headline) is no
     * article of its own: its lines go with a neighbour like an orphan heading.
     */
    private static boolean isChrome(Draft draft) {
        return draft.heading == Heading.NONE && draft.continuedFrom == null
                && draft.paragraphs.stream().noneMatch(p -> SENTENCE_END.matcher(p).find());
    }

    /**
     * A draft headed only by a source or byline line ({@code (來源:央視新聞)}), without a title and without a single
     * sentence under it ({@code 責任編輯: 何雪沫}), is the credits a web page prints under the article it closes, not an
     * article: its lines go with the article above, as a headless draft without a sentence does.
     */
    private static boolean isCreditsOnly(Draft draft) {
        return draft.heading.byline() != null && draft.heading.title() == null && draft.heading.kicker() == null
                && draft.heading.subtitle() == null && draft.continuedFrom == null
                && draft.paragraphs.stream().noneMatch(p -> SENTENCE_END.matcher(p).find());
    }

    /** Orphan heading lines kept as paragraphs, except those that repeat an earlier line (a list of headlines). */
    private static List<String> keptLines(List<Line> lines, Ledger ledger) {
        List<String> out = new ArrayList<>();
        for (Line line : lines) {
            Integer first = ledger.firstSeen.get(line.text());
            if (first != null && first < line.first() && line.sources().size() == 1) {
                ledger.set(line, new PageSplit.Repeat(first));
            } else {
                out.add(line.text());
            }
        }
        return out;
    }

    /**
     * The heading's parts; {@code text} (the paragraphs under the heading) tells a headline that a narrow column broke
     * over two lines from a title over its subtitle (see {@link BrokenHeadlines}): the word the break cut in two is
     * printed whole in the text.
     */
    private static Heading readHeading(List<Line> block, String text) {
        Heading broken = brokenHeadline(block, text);
        return broken != null ? broken : readHeading(block);
    }

    /**
     * Two heading lines that {@link BrokenHeadlines} reads as one headline the column broke (a name or a word cut, a
     * line ending or opening mid-phrase), re-joined as the title; null when no cue says so. The cue is logged as the
     * decision's evidence.
     */
    private static Heading brokenHeadline(List<Line> block, String text) {
        if (block.size() != 2 || !block.stream().allMatch(l -> l.kind() == LineKind.HEADLINE)) {
            return null;
        }
        String first = block.get(0).text();
        String second = block.get(1).text();
        Heading broken = BrokenHeadlines.cue(first, second, text).map(cue -> {
            LOG.debug("one headline broken over two lines ({}): {} / {}", cue.description, first, second);
            return new Heading(null, first.strip() + second.strip(), null, null);
        }).orElse(null);
        if (broken == null && twoLineHeadlineOverLead(block, text)) {
            LOG.debug("one headline on two lines directly over its lead: {} / {}", first, second);
            broken = new Heading(null, first.strip() + " " + second.strip(), null, null);
        }
        return broken;
    }

    /**
     * Two plain headline lines directly over a news lead ({@code 区政府党组召开会议} / {@code 研究部署近期重点工作} over
     * {@code 6月8日晚上，…}) are one headline printed on two lines, as a narrow column prints a two-phrase headline: a
     * kicker has its own marks (a column label, a short line over a much longer one, {@code …时强调}; see
     * {@link #isKickerAbove}) and a subtitle proper opens with {@code ——} or {@code 记}, names the occasion, or names who spoke, presided
     * or attended ({@code 李强作政府工作报告}, {@code 某某讲话 某某出席}: the genre's subtitle under a meeting's headline). Both
     * lines must be plain headline phrases (see {@link #PLAIN_HEADLINE_LINE}: a line with {@code 。，} is a one-line
     * lead or a brief, a line with a space or a bracket is chrome or a credit), and
     * the text under them must open as a lead does (a dateline, a time word, an outlet's credit): without that the
     * lines keep their kicker/title/subtitle reading. The lines are joined with a space, as the labels join a headline
     * broken over lines.
     */
    private static boolean twoLineHeadlineOverLead(List<Line> block, String text) {
        String first = block.get(0).text().strip();
        String second = block.get(1).text().strip();
        String lead = text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
        return !lead.isEmpty() && (BYLINE.matcher(lead).find() || LEAD.matcher(lead).find())
                && PLAIN_HEADLINE_LINE.matcher(first).matches() && PLAIN_HEADLINE_LINE.matcher(second).matches()
                && !second.startsWith("记") && !second.startsWith("記") && !OCCASION.matcher(second).find()
                && !WHO_SPOKE_OR_ATTENDED.matcher(second).find() && !isKickerAbove(block);
    }

    /** The paragraphs under a heading (from line {@code from} to the next heading line), run together: the article's text. */
    private static String textUnder(List<Line> lines, int from) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < lines.size() && !lines.get(k).kind().isHeading(); k++) {
            text.append(lines.get(k).text()).append('\n');
        }
        return text.toString();
    }

    private static Heading readHeading(List<Line> block) {
        String byline = null;
        String source = null;
        List<Line> parts = new ArrayList<>();
        for (Line line : block) {
            if (line.kind() == LineKind.CREDIT) {
                byline = byline == null ? line.text() : byline;
            } else if (line.kind() == LineKind.SOURCE_LINE) {
                source = source == null ? line.text() : source + " " + line.text();
            } else {
                parts.add(line);
            }
        }
        byline = byline == null ? source : source == null ? byline : byline + " " + source;
        if (parts.isEmpty()) {
            return new Heading(null, null, null, byline);
        }
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k).kind() == LineKind.TITLE) {
                return new Heading(join(parts.subList(0, k)), parts.get(k).text(), join(parts.subList(k + 1, parts.size())), byline);
            }
        }
        for (int k = parts.size() - 1; k > 0; k--) {
            String text = parts.get(k).text();
            if (parts.subList(0, k).stream().anyMatch(l -> l.text().equals(text))) {
                // a web page prints a document's title, the issuing body, then the title again: the repeated line is the
                // title, what stands above it the kicker
                return new Heading(join(parts.subList(0, k)), text, join(parts.subList(k + 1, parts.size())), byline);
            }
        }
        int brokenCopyEnd = brokenCopyOfFirst(parts);
        if (brokenCopyEnd > 0) {
            // a report's page prints its title on one line, then again broken over the lines below (重庆市…的报告 over
            // 重庆市… / 关于检查《…》 / 实施情况的报告): the copy, re-joined, is the title, the line above its kicker, as for a
            // title printed twice
            StringBuilder title = new StringBuilder();
            parts.subList(1, brokenCopyEnd).forEach(l -> title.append(l.text().strip()));
            return new Heading(parts.get(0).text(), title.toString(), join(parts.subList(brokenCopyEnd, parts.size())), byline);
        }
        int subtitleAt = -1;
        for (int k = 1; k < parts.size(); k++) {
            if (parts.get(k).kind() == LineKind.SUBTITLE) {
                subtitleAt = k;
                break;
            }
        }
        int n = parts.size();
        if (subtitleAt > 0) {
            return new Heading(join(parts.subList(0, subtitleAt - 1)), parts.get(subtitleAt - 1).text(),
                    join(parts.subList(subtitleAt, n)), byline);
        }
        return switch (n) {
            case 1 -> new Heading(null, parts.get(0).text(), null, byline);
            case 2 -> isKickerAbove(parts)
                    ? new Heading(parts.get(0).text(), parts.get(1).text(), null, byline)
                    : new Heading(null, parts.get(0).text(), parts.get(1).text(), byline);
            default -> new Heading(join(parts.subList(0, n - 2)), parts.get(n - 2).text(), parts.get(n - 1).text(), byline);
        };
    }

    /**
     * The end (exclusive) of the lines right under the first heading line that print it again broken over two or more
     * lines (their text run together is the first line's, spaces aside), or -1.
     */
    private static int brokenCopyOfFirst(List<Line> parts) {
        String first = parts.get(0).text().replaceAll("[\\s\u3000]+", "");
        StringBuilder copy = new StringBuilder();
        for (int k = 1; k < parts.size() && copy.length() < first.length(); k++) {
            copy.append(parts.get(k).text().replaceAll("[\\s\u3000]+", ""));
            if (k >= 2 && copy.toString().equals(first)) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * Two lines where the second is the main title: the first reports who said or did what ({@code 习近平在…时强调}),
     * or it is a row of slogans above a much longer plain title, or the label of a teaser block ({@code 新闻推荐}).
     */
    private static boolean isKickerAbove(List<Line> two) {
        String first = two.get(0).text();
        String second = two.get(1).text();
        return KICKER_ENDING.matcher(first).find() && !KICKER_ENDING.matcher(second).find()
                // 代表委员风采 over 郑州市十三届人大四次会议闭幕: a column's label or a short kicker above a longer title. A
                // feature's longer subtitle under its short title opens with —— or 记 (春风化雨 / 记市人大代表某某的履职故事),
                // and an occasion line (…在…会议上) under a report's title is its subtitle however long
                || first.length() <= KICKER_MAX && second.length() >= first.length() + 4 && !OCCASION.matcher(second).find()
                        && !second.startsWith("——") && !second.startsWith("记")
                || second.length() > first.length() + 8 && !second.contains(" ") && first.contains(" ")
                || ItemHeadings.opensTeaserBlock(first) // 新闻推荐 over a teaser's headline: the block's label
                // a series' label (…在行动, …巡礼) or a row of parallel slogans over the title: see Kickers
                || (Kickers.isColumnLabel(first) && !Kickers.isColumnLabel(second) || Kickers.isSloganRow(first, second))
                        && !OCCASION.matcher(second).find() && !second.startsWith("——") && !second.startsWith("记");
    }

    private static String join(List<Line> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(line.text());
        }
        return out.toString();
    }

    /**
     * Paragraphs with exact repeats of an earlier paragraph of the same article removed (the extraction prints
     * some twice). List items repeat facts on purpose (a summary of figures) and are kept as printed.
     */
    private static List<String> withoutRepeats(List<Line> body, Ledger ledger) {
        List<String> paragraphs = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Line line : body) {
            String text = line.text();
            Integer earlier = seen.putIfAbsent(text, line.first());
            if (earlier != null && line.kind() != LineKind.LIST_ITEM && text.length() >= REPEATED_PARAGRAPH_MIN) {
                ledger.set(line, new PageSplit.Repeat(earlier));
                continue;
            }
            paragraphs.add(text);
        }
        return paragraphs;
    }

    private static String page(String marker) {
        Matcher m = LineKind.CONTINUATION.matcher(marker);
        return m.find() ? normalisePage(m.group(2)) : Article.UNKNOWN_PAGE;
    }

    private static String normalisePage(String page) {
        String p = page.replaceAll("\\s+", "");
        return p.startsWith("第") ? p : "第" + p;
    }
}
