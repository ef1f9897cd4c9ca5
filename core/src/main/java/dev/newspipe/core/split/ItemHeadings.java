package dev.newspipe.core.split;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues that a page is a run of separate items rather than one article, each a general property of a page shape of
 * the genre (never a string of one document):
 *
 * <ul>
 *   <li><b>a sourced item heading</b>: a markdown heading directly over a lead that names its source
 *       ({@code 央视网消息（新闻联播）：}, {@code 新华社北京3月5日电}): each item of a broadcast transcript or a wire
 *       digest opens so; a section of one article continues its text instead;
 *   <li><b>a numbered digest</b>: markdown headings numbered 1, 2, 3 … in order (at least {@link #DIGEST_MIN}), the
 *       items of a WeChat or newsletter digest; a headline the layout broke over two heading lines is one headline;
 *   <li><b>a restated index item</b>: {@code 1. 标题} followed by a line that repeats the title near its start
 *       ({@code 第1版(要闻)专栏: 标题 …}), the shape of a newspaper day-page archive: the index entry heads its item;
 *   <li><b>a dated caption gallery</b>: consecutive lines each opening with a date ({@code 3月12日,}) and ending
 *       with the photographer's credit ({@code 记者 杨青 摄}) are photo captions; a caption of another day than the one
 *       above it is another item (captions of one day show one event);
 *   <li><b>a teaser block</b>: a label such as {@code 新闻推荐} opens a block of teasers for other articles, which
 *       are never part of the article above it;
 *   <li><b>a teaser index</b>: a page where at least two paragraphs end with a read-more link ({@code [详细]},
 *       {@code ﹝全文﹞}) is a list of teasers: each headless paragraph is a teaser of its own;
 *   <li><b>a glued adoption line</b>: a page that reprints several adopted documents (决定, 条例, 办法 …) may glue each
 *       title to its adoption line ({@code …关于…的决定（2021年5月27日…常务委员会第二十六次会议通过）}); the adoption
 *       line only ever stands directly under a document's title, so the line is that document's title and adoption
 *       line, and the title heads a document of its own;
 *   <li><b>a restated snippet</b>: an aggregator's list of related items prints each item's title and, on the very
 *       next line, a snippet cut from its lead that restates the title's opening words
 *       ({@code 省人大常委会召开会议传达…精神} over {@code 省人大常委会召开会议传达学习…}, cut off mid-sentence); the
 *       snippet is the item's text, so the title heads an item of its own. A subhead of one article is never
 *       restated word for word by the line under it, and a headline printed twice (the second copy no longer than
 *       the first) is a repeat, not a snippet;
 *   <li><b>a restated dated lead</b>: a news item's lead restates its headline's subject and dates the event
 *       ({@code 某某主席团举行第四次会议} over {@code 某某主席团1月28日晚举行第四次会议。}); a headline between finished
 *       paragraphs directly over such a lead heads the next item of a digest. A subhead of one article may be taken up
 *       by the paragraph under it, but that paragraph goes on with the argument; it does not open by dating an event;
 *   <li><b>a glued story title</b>: a content farm glues the title of another story, in title marks, in front of an
 *       unrelated paragraph ({@code 《某国官兵在演练中大显身手》林某调到作协时，…}); the paragraph is a fragment of its own.
 *       A paragraph that cites a work goes on with what the work says or is ({@code 《…条例》已经…通过},
 *       {@code 《…》指出}, {@code 《…》一文}), and a document's title ends in the kind of document (条例, 决定, 报告 …);
 *   <li><b>a run of headed items</b>: a digest prints item after item as one long headline (a news headline of
 *       {@link #NEWS_HEADLINE_MIN} characters or more, maybe with a colon: {@code 委员讨论两院工作报告：着力增强…}) over one
 *       paragraph; such headlines head briefs in a run of them ({@link BriefsColumn}), as shorter ones do. A subhead of one
 *       article is a short phrase, and an article's sections run to several paragraphs.
 * </ul>
 *
 * <p>The splitter asks these questions at a few marked places; the tables here are meant to be extended.
 */
final class ItemHeadings {

    private ItemHeadings() {}

    /** A digest has at least this many numbered item headings. */
    static final int DIGEST_MIN = 3;
    /** How far into the line after an index item its restated title may start (after a page and column label). */
    private static final int RESTATED_WITHIN = 24;
    /** A teaser index has at least this many paragraphs ending with a read-more link. */
    private static final int TEASER_INDEX_MIN = 2;

    /**
     * A lead that names its source: {@code 央视网消息（新闻联播）：}, {@code 人民网消息：}, {@code 中新网北京讯，}: an
     * outlet (two to ten Han characters), its word for a report, maybe the programme in brackets, then punctuation.
     * {@code 据新华社报道，} cites a source inside running text and opens no item.
     */
    private static final Pattern SOURCED_LEAD = Pattern.compile(
            "^(?![据據])[\\p{IsHan}]{2,10}(消息|讯|訊|报道|報道)\\s*([（(][^）)]{1,20}[）)])?\\s*[:：，,]");
    /** A teaser label with its spacing and colon is at most this long. */
    private static final int TEASER_LABEL_MAX = 12;
    private static final Pattern LABEL_NOISE = Pattern.compile("[\\s\u3000:：]+");
    /** {@code 一、}, {@code （二）}, {@code 第三部分}: the outline numbers of one document's sections. */
    private static final Pattern OUTLINE_NUMBER = Pattern.compile(
            "^([一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部分章节条])");
    /** Markdown emphasis around a heading's words ({@code **1. 标题**}): markup, not text. */
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    /**
     * {@code 3月12日,}, {@code 2月27日，}, {@code 1月5日和11日,}: a caption that opens with the day the photo was taken
     * (or the days of an event held twice; the first day tells the event).
     */
    private static final Pattern DATED_OPENING = Pattern.compile("^\\d{1,2}月\\d{1,2}日([和至、—-]\\d{1,2}日)?(上午|下午|晚|晚间)?[,，]");
    /**
     * {@code 记者 杨青 摄}, {@code 新华社记者 裴鑫摄}: the photographer's credit that closes a caption ({@code …记者王五拍摄}
     * is a sentence about the photo, not a credit).
     */
    private static final Pattern PHOTO_CREDIT_END = Pattern.compile(
            "(记者|記者|摄影|攝影|通讯员|通訊員)[\\s\u3000]*[\\p{IsHan}·][\\p{IsHan}·\\s\u3000、]{0,20}(?<![拍])(摄|攝)$");
    /**
     * {@code 摄影/马宬}, {@code 摄影：王五}: the photographer's credit as a magazine prints it, label first; it closes a
     * caption like {@code 记者 杨青 摄}.
     */
    private static final Pattern PHOTO_LABEL_END = Pattern.compile("(摄影|攝影)\\s*[/／:：]\\s*[\\p{IsHan}·]{2,5}$");
    /**
     * The words of a teaser's read-more link as sites print them ({@code 全文}, {@code 详细}, {@code 点击详细},
     * {@code 查看全文}, {@code 详情}: "read the whole text", "click for details"), as regex alternatives; one list for
     * every pattern that reads the link. Extend it here.
     */
    static final String READ_MORE_WORDS = "全文|详细|詳細|阅读全文|閱讀全文|更多|详情|詳情"
            + "|点击详细|點擊詳細|点击查看|點擊查看|查看全文|查看详情|查看詳情";
    /**
     * {@code 詳全文>>}, {@code 全文>>}, {@code 详情»}: the read-more link printed with a chevron instead of brackets, as a
     * regex alternative ending the text; one definition for every pattern that reads the link.
     */
    static final String CHEVRON_READ_MORE = "(詳|详)?(" + READ_MORE_WORDS + ")\\s*(>>|»)$";
    /** {@code [详细]}, {@code 【全文】}, {@code ﹝全文﹞}, {@code 詳全文>>}: the read-more link that ends a teaser. */
    private static final Pattern READ_MORE = Pattern.compile("[\\[【﹝〔［](" + READ_MORE_WORDS + ")[\\]】﹞〕］]$|" + CHEVRON_READ_MORE);
    /**
     * Labels of a block of teasers for other articles (recommended, related or further reading). {@code 相关新闻} is
     * already page chrome; extend with any label that only ever heads such a block.
     */
    private static final Set<String> TEASER_LABELS = Set.of(
            "新闻推荐", "新聞推薦", "推荐阅读", "推薦閱讀", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "热点推荐", "熱點推薦",
            "热门推荐", "熱門推薦", "精彩推荐", "精彩推薦", "推荐新闻", "推薦新聞", "猜你喜欢", "猜你喜歡", "相关报道", "相關報道");

    /**
     * {@code …关于…的决定（2021年5月27日…会议通过）}: the title of an adopted document (its last word names the kind of
     * document, no sentence punctuation in it) with its adoption line glued on; a record's field
     * ({@code 【标题】= …}) is a field, not a title. Group 1 is the title. A converted page
     * may print 通過 as 透過 (see {@link LineKind}).
     */
    private static final Pattern GLUED_ADOPTION = Pattern.compile(
            "^([^。，,；;：:！？!?（(【】=]{6,}?(决定|決定|决议|決議|条例|條例|办法|辦法|规定|規定|规则|規則|名单|名單))[\\s\u3000]*"
                    + "([（(][^（()）]{4,80}(通过|通過|透過|批准|批準)[）)])$");

    /** How many opening characters of an item's title its snippet restates. */
    private static final int TITLE_OPENING = 8;
    /** How far into a snippet the title's opening words may start (a lead may put the level or term first). */
    private static final int SNIPPET_RESTATES_WITHIN = 12;
    /** What a lead may put before restating its title: the term, the level (十二届, 全国), no punctuation. */
    private static final Pattern LEAD_IN = Pattern.compile("[\\p{IsHan}0-9]*");

    /**
     * {@code 1月28日}, {@code 28日晚}, {@code 昨日}: the day of the event a news lead reports, in its first sentence.
     */
    private static final Pattern EVENT_DAY = Pattern.compile(
            "[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日|[0-9]{1,2}日(上午|下午|晚)|昨日|昨天|今天上午|今天下午|近日|日前");
    /** The end of a lead's first sentence. */
    private static final Pattern FIRST_SENTENCE_END = LineKind.FULL_STOP;

    /** A news headline of a digest item is at least this long; an article's subheads are shorter phrases. */
    static final int NEWS_HEADLINE_MIN = 20;
    /** {@code 委员讨论两院工作报告：着力增强群众获得感}: a headline that puts its topic before a colon. */
    private static final Pattern COLON_HEADLINE = Pattern.compile("^[^。，,；;！？!?：:]{2,24}[：:][^。，,；;！？!?：:]{4,40}$");

    /**
     * {@code 《某国官兵在演练中大显身手》林某调到…}: a news headline of 12 to 40 characters in title marks at the very start of a
     * paragraph, glued to running text; group 1 the title, group 2 the first character after it.
     */
    private static final Pattern GLUED_STORY_TITLE = Pattern.compile("^《([^《》]{12,40})》(\\p{IsHan})");
    /** The last words of a document's or a work's title (a citation, not a story's headline). */
    private static final Pattern WORK_KIND_END = Pattern.compile(
            "(法|条例|條例|规定|規定|办法|辦法|规则|規則|细则|細則|决定|決定|决议|決議|意见|意見|通知|公告|公报|公報|报告|報告|纲要|綱要"
                    + "|规划|規劃|方案|章程|草案|稿|志|书|書|报|報|刊|集|选|選|论|論|史|录|錄|记|記|传|傳|词|詞|歌|曲|诗|詩|剧|劇|片)[）)]?$");
    /**
     * What follows a cited work's title in a sentence about it: a predicate or a particle ({@code 已经}, {@code 指出},
     * {@code 一文}, {@code 的}, {@code 中}); a glued story title is followed by the subject of an unrelated sentence.
     */
    private static final String CITATION_FOLLOWERS = "已是将將于於由的中里裡一指提规規明强強称稱说說要对對在经經自从從把为為以和与與及等正日月年第发發刊载載公全共分包主列获獲被写寫所开開出给給向作首这這该該上下内內外后後前时時";

    /**
     * Whether a paragraph opens with another story's title glued to unrelated text (see the class comment): a news
     * headline in title marks that names no kind of document, followed directly by a character that does not go on
     * with a sentence about the title.
     */
    static boolean opensWithGluedStoryTitle(String text) {
        Matcher m = GLUED_STORY_TITLE.matcher(text.strip());
        return m.lookingAt() && !WORK_KIND_END.matcher(m.group(1)).find() && CITATION_FOLLOWERS.indexOf(m.group(2).charAt(0)) < 0
                && FIRST_SENTENCE_END.matcher(text).find();
    }

    /** A heading's text without markdown emphasis. */
    static String withoutEmphasis(String heading) {
        return EMPHASIS.matcher(heading).replaceAll("").strip();
    }

    /** Whether a lead names its source the way every item of a transcript or a wire digest opens. */
    static boolean opensSourcedLead(String text) {
        return SOURCED_LEAD.matcher(text).lookingAt();
    }

    /** Whether a heading carries the outline number of a section of one document ({@code 一、}, {@code （二）}). */
    static boolean isOutlineSection(String heading) {
        return OUTLINE_NUMBER.matcher(heading).lookingAt();
    }

    /** The item number a heading opens with ({@code 1. 标题} → 1), if any. */
    static OptionalInt itemNumber(String heading) {
        Matcher m = ItemMarks.ITEM_NUMBER.matcher(heading);
        return m.lookingAt() && m.end() < heading.length() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** A heading without its item number: {@code 1. 标题} → {@code 标题}. */
    static String withoutItemNumber(String heading) {
        return ItemMarks.ITEM_NUMBER.matcher(heading).replaceFirst("");
    }

    /**
     * Whether the numbered headings of a page (in page order) count 1, 2, 3 … without a gap, at least
     * {@link #DIGEST_MIN} of them: the items of a digest, not a stray numbered line.
     */
    static boolean isNumberedDigest(List<String> headings) {
        int expected = 1;
        for (String heading : headings) {
            OptionalInt n = itemNumber(heading);
            if (n.isEmpty()) {
                continue;
            }
            if (n.getAsInt() != expected) {
                return false;
            }
            expected++;
        }
        return expected - 1 >= DIGEST_MIN;
    }

    /**
     * Whether {@code line} repeats the title of the index item {@code item} ({@code 1. 标题}) near its start: the item's
     * body line of a day-page archive, which prints its page and column, then the title, then the text.
     */
    static boolean restatesItem(String item, String line) {
        String title = squeeze(withoutItemNumber(item));
        if (title.length() < 4) {
            return false;
        }
        String start = squeeze(line);
        int at = start.indexOf(title);
        return at >= 0 && at <= RESTATED_WITHIN && start.length() > at + title.length();
    }

    /** Whether a line is a photo caption of a gallery: it opens with a date and ends with the photographer's credit. */
    static boolean isDatedCaption(String text) {
        return endsWithPhotoCredit(text) && DATED_OPENING.matcher(text).lookingAt();
    }

    /**
     * Whether {@code caption} starts an item of its own after {@code previous}: both are dated captions and their days
     * differ. Captions of one day show one event and make one story; a caption of another day shows another event.
     */
    static boolean startsNewCaptionItem(String previous, String caption) {
        if (!isDatedCaption(previous) || !isDatedCaption(caption)) {
            return false;
        }
        Matcher a = DATED_OPENING.matcher(previous);
        Matcher b = DATED_OPENING.matcher(caption);
        return a.lookingAt() && b.lookingAt() && !day(a.group()).equals(day(b.group()));
    }

    private static String day(String opening) {
        return opening.substring(0, opening.indexOf('日') + 1);
    }

    /** Whether running text ends with a photographer's credit: the caption is complete there. */
    static boolean endsWithPhotoCredit(CharSequence text) {
        int n = text.length();
        // the check runs on every line the layout broke; only a line ending in 摄 needs the pattern
        return n > 0 && (text.charAt(n - 1) == '摄' || text.charAt(n - 1) == '攝') && PHOTO_CREDIT_END.matcher(text).find()
                || endsWithPhotoLabel(text);
    }

    /** Whether text ends with a magazine's photographer label ({@code 摄影/马宬}); only a line with 摄影 near its end needs the pattern. */
    private static boolean endsWithPhotoLabel(CharSequence text) {
        int n = text.length();
        String tail = text.subSequence(Math.max(0, n - 12), n).toString();
        return (tail.contains("摄影") || tail.contains("攝影")) && PHOTO_LABEL_END.matcher(tail).find();
    }

    /**
     * Whether a paragraph opens with an editor's note ({@code 编者按}, {@code 【编者按】}): a note that introduces the
     * feature below it, so it starts an item of its own on a page, never continues the caption or story above it.
     */
    static boolean opensEditorsNote(String text) {
        String t = text.strip();
        int from = !t.isEmpty() && "【[（(".indexOf(t.charAt(0)) >= 0 ? 1 : 0;
        return t.startsWith("编者按", from) || t.startsWith("編者按", from);
    }

    /** Whether a line opens a block of teasers for other articles ({@code 新闻推荐}). */
    static boolean opensTeaserBlock(String text) {
        // asked of every heading line: a label is a few characters, so a longer line is none without a pattern
        return text.length() <= TEASER_LABEL_MAX && TEASER_LABELS.contains(LABEL_NOISE.matcher(text).replaceAll(""));
    }

    /** Whether a paragraph ends with a teaser's read-more link. */
    static boolean endsWithReadMore(String text) {
        String t = text.strip();
        // asked of every line of a page: only a line ending in a closing bracket needs the pattern
        return !t.isEmpty() && "]】﹞〕］>»".indexOf(t.charAt(t.length() - 1)) >= 0 && READ_MORE.matcher(t).find()
                || endsWithUnclosedReadMore(t);
    }

    /**
     * {@code …开创了人大工作新局面。【详细}: a read-more link whose closing bracket the page's copy lost (the bracket stood
     * in the link's markup); it follows a finished sentence, so it is no bracket opened inside the text.
     */
    private static final Pattern UNCLOSED_READ_MORE = Pattern.compile(
            "[。！？!?”][\\[【﹝〔［](全文|详细|詳細|阅读全文|閱讀全文|更多|详情|詳情)$");

    /** Whether text ends with a read-more link that lost its closing bracket: the teaser is complete there. */
    static boolean endsWithUnclosedReadMore(CharSequence t) {
        int n = t.length();
        // asked of every line the layout may have broken: only one ending in a link word's last character needs the pattern
        return n > 3 && "文细細多情".indexOf(t.charAt(n - 1)) >= 0 && UNCLOSED_READ_MORE.matcher(t).region(Math.max(0, n - 8), n).find();
    }

    /** Whether a page of these lines is a teaser index: at least {@link #TEASER_INDEX_MIN} read-more links. */
    static boolean isTeaserIndex(List<String> texts) {
        return texts.stream().filter(ItemHeadings::endsWithReadMore).limit(TEASER_INDEX_MIN).count() >= TEASER_INDEX_MIN;
    }

    /**
     * Where the adoption line glued to a document's title starts ({@code …的决定（2021年…通过）} → the index of the
     * bracket), or -1 when the line is no such title.
     */
    static int gluedAdoptionAt(String text) {
        // asked of every line: only a line ending in a closing bracket needs the pattern
        if (text.isEmpty() || "）)".indexOf(text.charAt(text.length() - 1)) < 0) {
            return -1;
        }
        Matcher m = GLUED_ADOPTION.matcher(text);
        return m.matches() ? m.start(3) : -1;
    }

    /**
     * Whether {@code line}, printed directly under the title {@code title}, is the snippet of a related item: it
     * restates the title's first {@link #TITLE_OPENING} characters near its start, after nothing but words, and is
     * longer than the title (a copy of the title, or a part of it, is a repeat instead).
     */
    static boolean restatesTitleOpening(String title, String line) {
        String t = squeeze(title);
        String l = squeeze(line);
        // a line that holds the whole title is the title printed again with more (标题_某某新闻网, 标题 - 来源), not a
        // snippet
        return !l.contains(t) && restatesOpening(t, l);
    }

    /** Whether {@code l} (squeezed) is longer than the title {@code t} and restates its opening after nothing but words. */
    private static boolean restatesOpening(String t, String l) {
        // a lead restates its title and goes on, so its snippet is longer than the title; two captions of one scene
        // (委员在分组讨论 / 委员在参加讨论) are as long as each other
        if (t.length() < TITLE_OPENING || l.length() <= t.length()) {
            return false;
        }
        int at = l.indexOf(t.substring(0, TITLE_OPENING));
        // only words may stand before the restated opening (十二届全国…); a bracket or a title mark there is an
        // adoption line ((一九九三年…) or a title broken over two lines (《…), not a lead
        return at >= 0 && at <= SNIPPET_RESTATES_WITHIN && LEAD_IN.matcher(l.substring(0, at)).matches();
    }

    /**
     * Whether {@code lead} is a news lead of the headline {@code title}: its first sentence restates the title's
     * opening (as {@link #restatesTitleOpening} reads it, the whole title allowed) and dates the event.
     */
    static boolean isRestatedDatedLead(String title, String lead) {
        Matcher end = FIRST_SENTENCE_END.matcher(lead);
        String first = end.find() ? lead.substring(0, end.start()) : lead;
        // a lead may restate the whole headline (it is a sentence, not the title printed again)
        return restatesOpening(squeeze(title), squeeze(first)) && EVENT_DAY.matcher(first).find();
    }

    /** Whether a line reads as a digest item's news headline: long, a topic and a colon before it, no sentence in it. */
    static boolean isNewsHeadline(String text) {
        return text.length() >= NEWS_HEADLINE_MIN && text.length() <= LineKind.HEADLINE_MAX
                && COLON_HEADLINE.matcher(text).matches();
    }

    /** Whether {@code line} prints the title, or its opening part, again ({@code 标题} under {@code 标题 主持人}). */
    static boolean repeatsTitle(String title, String line) {
        String l = squeeze(line);
        return l.length() >= TITLE_OPENING && squeeze(title).startsWith(l);
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }
}
