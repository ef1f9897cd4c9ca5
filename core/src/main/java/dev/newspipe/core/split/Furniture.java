package dev.newspipe.core.split;

import dev.newspipe.core.read.PinyinGloss;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture: lines that belong to the page or the web site, not to any article. A small named table; a line
 * is furniture only when it is short and consists of nothing but the furniture, because a line that carries news
 * text is never furniture (a phone number in a notice, a {@code 星期…} sentence stay in their article).
 */
final class Furniture {

    private Furniture() {}

    /**
     * A named rule. Every pattern of {@link #RULES} and {@link #CHROME_RULES} opens each of its alternatives with
     * {@code ^}, so {@code lookingAt} answers what {@code find} would, without trying every later position of the line.
     * {@code mayMatch} is a test every line of the rule passes, asked before the pattern: mostly a cheap one (a character
     * it must hold), since the rules are asked of every line and the dearest patterns backtrack over the whole line before
     * they fail; it may also hold a condition the pattern cannot say (a breadcrumb trail's count of separators).
     */
    private record Rule(String name, Pattern pattern, Predicate<String> mayMatch) {
        Rule(String name, Pattern pattern) {
            this(name, pattern, line -> true);
        }

        boolean matches(String line) {
            return mayMatch.test(line) && pattern.matcher(line).lookingAt();
        }
    }

    /** A line holding one of {@code chars} (a guard of a {@link Rule}). */
    private static Predicate<String> holdingAny(String chars) {
        return line -> {
            for (int i = 0; i < line.length(); i++) {
                if (chars.indexOf(line.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        };
    }

    /** A line ending in one of {@code chars} (see {@link LineKind#endsInAny}). */
    private static Predicate<String> endingInAny(String chars) {
        return line -> LineKind.endsInAny(line, chars);
    }

    // the patterns the rules split or replace in every line, compiled once (String.split and String.replaceAll compile
    // theirs on every call)
    /** The spaces between a menu's names and a header's parts. */
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    /** The spaces and bars between a forum's controls. */
    private static final Pattern SPACES_OR_BARS = Pattern.compile("[\\s\u3000|｜]+");
    /** {@code 责任编辑： 王伟}: the space after a header field's colon. */
    private static final Pattern SPACE_AFTER_COLON = Pattern.compile("([:：])\\s+");
    /** The colon a line of chrome words may end with. */
    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");
    /** {@code 3上一版}, {@code 下一版4}: the number of the neighbouring page on an e-paper's page link. */
    private static final Pattern PAGE_LINK_NUMBER = Pattern.compile("^\\d{1,3}(?=\\D)|(?<=\\D)\\d{1,3}$");
    /** The brackets of a widget word ({@code 【打印】}). */
    private static final Pattern WIDGET_BRACKETS = Pattern.compile("^[【\\[]|[】\\]]$");

    private static final String DATE = "\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}";
    private static final String PAPER = "\\S{2,8}[报報]";
    private static final String PAGE = "第\\s*[0-9一二三四五六七八九十]{1,3}\\s*版";
    /** One entry of a menu: a few characters, at least one of them Han (a table's {@code ---} is no menu). */
    private static final String MENU_ITEM = "[^|｜。，,\\d\\p{IsHan}]{0,4}\\p{IsHan}[^|｜。，,\\d]{0,9}";
    private static final String WEEKDAY = "(星期|周|週)[一二三四五六日天]";
    /**
     * What an edition's date line prints after the weekday: {@code (农历…)} or {@code 农历腊月初五}, a year of the
     * sexagenary cycle ({@code 乙巳年…}), the paper's name, its issue number ({@code 第12345期}, {@code 今日8版}).
     */
    private static final String EDITION_DATE_PART = "([（(][^）)]{1,20}[）)]|(农历|農曆|阴历|陰曆)\\S{0,12}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]\\S{0,10}"
            + "|\\S{2,8}[报報]|总?第\\s*\\d{1,6}\\s*期|今日\\s*\\d{1,3}\\s*版)";

    /** {@code 您的当前位置}, {@code 您现在所在的位置是}: who is where on the site; each part may be left out (the rule asks for one). */
    private static final String WHERE_ON_THE_SITE = "(您|你)?的?(现在|現在|当前|當前|目前|本页|本頁)?(所在)?的?位置是?";

    /** Whole-line patterns, in the order they are tried. */
    private static final Rule[] RULES = {
        // a page number or a stray year; a longer run of digits may be an index or a code and stays
        new Rule("page number or stray year", Pattern.compile("^\\d{1,4}$")),
        // 2026年1月23日 星期五 (农历…) (大同日报): the running date line of an edition. After the weekday only what an
        // edition prints (the lunar date, the paper, its issue number); 2024年3月5日 星期二 上午9时 is a notice's time
        new Rule("edition date line", Pattern.compile("^(\\S{2,8}[报報]\\s*)?(" + DATE + ")\\s*" + WEEKDAY + "(\\s*" + EDITION_DATE_PART + "){0,3}\\s*$"),
                holdingAny("0123456789")),
        // 1998年3月17日人民日报 第2版: the date with the page, maybe the paper's name (a date alone is a notice's
        // sign-off, and 长江日报 2025年01月17日 under a headline is the source of a copy)
        new Rule("edition header", Pattern.compile("^(" + DATE + ")\\s*(" + PAPER + ")?\\s*" + PAGE + "\\s*$"
                + "|^" + PAPER + "\\s*(" + DATE + ")\\s*" + PAGE + "\\s*$"), holdingAny("0123456789")),
        // 第2版(要闻), 001版:首版, 第01版:封面 PDF版阅读: the page's number and section
        // (A11版, 第B02版: the section letter of papers printed in several sections)
        new Rule("page label", Pattern.compile("^第?\\s*[A-Z]?[0-9一二三四五六七八九十]{1,3}\\s*版(\\s*[（(]\\S{1,8}[）)]|(\\s*[:：]\\s*|\\s+)\\S{1,8}(\\s+\\S{1,8})?)?$"
                + "|^[A-Z]?\\d{1,2}\\s+(要闻|综合|时政|经济|社会|文化|体育|国际|评论|专版|两会特刊)$")),
        new Rule("editor credit", Pattern.compile("^((本版|本期)?(责任编辑|责编|编辑|美编|校对|版式|组版|审读|制作|值班编辑|审核|初审|复审|终审|校审|排版)"
                + "\\s*[:：]\\s*[\\p{IsHan}·]{2,4}([\\s、，,]+[\\p{IsHan}·]{2,4}){0,3}\\s*)+$"), holdingAny(":：")),
        new Rule("font size widget", Pattern.compile("^[【\\[]?\\s*字[体號号]\\s*[:：]?\\s*([大中小]\\s*){2,3}[】\\]]?$|^字号变大\\s*[|｜]\\s*字号变小$")),
        new Rule("breadcrumb", Pattern.compile("^[■□●]?\\s*(当前位置|您的位置|你的位置|您现在的位置|当前的位置|本页位置|本頁位置|當前位置)\\s*[:：].{0,60}$"
                + "|^(首页|首頁)\\s*[>›»].{0,60}$")),
        new Rule("site search", Pattern.compile("^(站内检索|站內檢索|站内搜索|站內搜索|全文检索|全文檢索)\\s*[:：]?$")),
        // 首页|新闻|国际|财经|体育: a row of at least four short menu items without figures; a row that starts with | is a
        // table flattened to text and stays
        new Rule("navigation bar", Pattern.compile("^(?![|｜])[^|｜\\d]{0,12}([|｜]" + MENU_ITEM + "){3,}[|｜]?$"), holdingAny("|｜")),
    };

    /** Site navigation, share widgets, print and close links: a line made only of these words is furniture. */
    private static final Set<String> WIDGET_WORDS = Set.of(
            "首页", "上一版", "下一版", "上一篇", "下一篇", "上一期", "下一期", "往期回顾", "版面导航", "标题导航", "返回目录", "返回",
            "放大", "缩小", "还原", "加大", "减小", "下载", "PDF", "PDF版", "读报纸首页", "网站地图", "返回顶部", "回到顶部",
            "打印", "打印本页", "打印此页", "打印文章", "关闭", "关闭窗口", "关闭本页", "收藏", "收藏本页", "分享", "分享到", "复制链接",
            "微信", "微博", "QQ空间", "扫一扫", "【打印】", "【关闭】", "【收藏】", "【返回】", "[打印]", "[关闭]", "[返回]",
            // the same widgets in traditional script
            "首頁", "放大字體", "縮小字體", "放大字体", "缩小字体", "打印本頁", "關閉", "關閉窗口", "返回頂部",
            "【放大字體】", "【縮小字體】", "【放大字体】", "【缩小字体】", "【關閉】");
    private static final Pattern WIDGET_SPLIT = Pattern.compile("[\\s|｜/、·•]+");

    /** The separators of a breadcrumb trail (新浪首页 > 新闻中心 > 正文): two or more of them make one. */
    private static final Pattern TRAIL_SEPARATOR = Pattern.compile("\\s*(>>?|»|›|＞)\\s*");
    /**
     * Page chrome that may still carry a word of text: never a headline or a lead, but kept (at the end of the
     * article it stands in), because text kept is measured and a wrong guess must not lose news text. Each rule is a
     * general property of web dumps, not of one site.
     */
    private static final Rule[] CHROME_RULES = {
        // |, ——, ***: punctuation and symbols only
        new Rule("punctuation only", Pattern.compile("^[\\p{P}\\p{S}\\s]+$")),
        // 404 Not Found, ZJOL/1.24.96, a server banner: short, without a single Han character (a table row |…| stays)
        new Rule("short line without Chinese", Pattern.compile("^(?![|｜].*[|｜]$)[^\\p{IsHan}]{1,20}$")),
        // 您当前的位置：青海新闻网, 您所在的位置 首页 新闻 吉林市: where the page stands on its site, in any of the ways sites
        // word it (who: 您/你; when: 现在/当前/目前; 本页; 所在), with or without a trail after it; the shortest
        // forms (当前位置：) are furniture above
        new Rule("site position", Pattern.compile("^[■□●]?\\s*(?=[您你现現当當目本所])" + WHERE_ON_THE_SITE + "(\\s*[:：]|\\s+(?=首页|首頁))"),
                holdingAny("位")),
        // 新浪首页 > 新闻中心 > 国内新闻 > 正文, 首页 » 要闻: a breadcrumb trail (two or more separators, no sentence)
        new Rule("breadcrumb trail", Pattern.compile("^[^。，,；;！？]{0,80}$"),
                holdingAny(">»›＞").and(line -> TRAIL_SEPARATOR.split(line, -1).length >= 3)),
        // 更新时间:, 来源: with nothing after them: the empty fields of a page template (各位代表： is a greeting and stays)
        new Rule("empty page field", Pattern.compile("^(更新时间|更新時間|发布时间|發布時間|发布日期|發布日期|来源|來源|作者|责任编辑|責任編輯"
                + "|浏览次数|瀏覽次數|访问次数|訪問次數|点击数|點擊數|字号|字號|日期|时间|時間|专栏|專欄)\\s*[:：]$")),
        // 专栏:花絮: the column an archive files the article under, a label above its heading (a kicker at most)
        new Rule("column label", Pattern.compile("^(专栏|專欄)\\s*[:：]\\s*[\\p{IsHan}·]{1,8}$")),
        // 更多>>, 分类新闻查询>>: a link to another page
        new Rule("link", Pattern.compile("^[^。，,；;！？]{1,20}(>>|»)$"), endingInAny(">»")),
        // 下载地址: 点击此处下载, 附件：点击下载: the download link of a document site; news never says "click here"
        new Rule("download link", Pattern.compile("^(下载地址|下載地址|附件下载|附件下載|附件)?\\s*[:：]?\\s*(点击此处下载|點擊此處下載|点击下载|點擊下載|点此下载|點此下載)$")),
        // 浙ICP备05073341号, 苏公网安备32041102001034号, 浙新办[2005]20号, 广告经营许可证:…, …版权所有 未经授权禁止复制:
        // the licence and copyright footer every Chinese site must print; no sentence in it (a report on copyright law
        // writes sentences, and 版权所有者 is a word of text)
        new Rule("site licence or copyright line", Pattern.compile("^[^。，,；;！？]{0,80}(ICP备|ICP證|ICP证|公网安备|公網安備"
                + "|新办\\s*[\\[〔［【]\\d{4}[\\]〕］】]\\s*\\d+\\s*号|新辦\\s*[\\[〔［【]\\d{4}[\\]〕］】]\\s*\\d+\\s*號"
                + "|广告经营许可证|廣告經營許可證|版权所有(?![者人])|版權所有(?![者人])|未经授权禁止|未經授權禁止"
                + "|(网络|網絡|技术|技術)支持\\s*[:：])[^。，,；;！？]{0,80}$"), holdingAny("I公新广廣版未支")),
        // 欢迎光临睢宁新闻网!, 欢迎进入某某区人民政府网!, 中国改革信息库欢迎您!: a site's welcome banner (a line of news
        // that welcomes someone names whom and is a sentence with more in it)
        new Rule("site welcome banner", Pattern.compile("^(欢迎(光临|进入|访问|来到)|歡迎(光臨|進入|訪問|來到))[^。，,；;！？!?\\s]{1,20}(网|網|站|平台|门户|門戶|库|庫)[!！]?$"
                + "|^[^。，,；;！？!?\\s]{1,20}(网|網|站|平台|门户|門戶|库|庫)(欢迎您|歡迎您)[!！]?$"
                // 某某人大常委会欢迎您!N/A 返回某省人大常委会门户网站: the banner with the site's links after it (北京欢迎您！
                // alone may be a headline)
                + "|^[^。，,；;！？!?\\s]{1,30}(欢迎您|歡迎您)[!！]\\s*[^。，,；;！？!?\\s][^。，,；;]{0,60}$"),
                line -> line.contains("欢迎") || line.contains("歡迎")),
        // 第1版(): an archive's page label with its section left empty; the label with a section (第1版(要闻)) is
        // furniture, this one is kept (a bracket with nothing in it is no section to name)
        new Rule("empty page label", Pattern.compile("^第[0-9一二三四五六七八九十]{1,3}版\\s*[（(]\\s*[）)]$")),
        // 宜宾观察 曹洋 安素萱/制图, （晓航/编制）: the credit of a graphic, a photo or an edit
        new Rule("graphic or photo credit", Pattern.compile("^[（(]?[^。，,；;]{0,30}[/／]\\s*(制图|绘图|设计|编制|摄影|摄|编辑|供图|图)[）)]?$"), holdingAny("/／")),
    };
    /**
     * Words of a web page's chrome that a line may consist of: image placeholders and site sections (extend with
     * any site label that is never news text).
     */
    private static final Set<String> CHROME_WORDS = Set.of(
            "阴影", "图片", "图像", "点击查看大图", "信息浏览", "浏览字号", "有奖评新闻", "新闻查询", "相关新闻", "相关链接", "热点专题",
            // an e-paper's link to its page reader
            "读报", "在线读报", "电子读报");

    /** A site's section menu prints at least this many section names in a row. */
    private static final int MENU_ITEMS_MIN = 5;
    /**
     * One section name of a menu: two to ten Han characters, nothing else (a channel may carry the site's or the
     * province's name: 省委文件, 青海省人民政府网).
     */
    private static final Pattern MENU_NAME = Pattern.compile("^[\\p{IsHan}]{2,10}$");
    /**
     * The last words of a site's section names ({@code 两会动态}, {@code 报告解读}, {@code 两会影像}, {@code 专题首页}):
     * what a site files its pages under. Extend with any such word that names a kind of page, not a topic.
     */
    private static final Pattern SECTION_WORD = Pattern.compile(
            "(首页|首頁|动态|動態|解读|解讀|影像|视频|視頻|图片|圖片|要闻|要聞|新闻|新聞|资讯|資訊|专题|專題|访谈|訪談|直播|评论|評論"
                    + "|公告|互动|互動|快讯|快訊|热点|熱點|图解|圖解|视点|視點|聚焦|速递|速遞|回顾|回顧|献策|獻策|决议|決議)$");

    /**
     * {@code 专题首页 两会动态 报告解读 建言献策 公告决议 为民办实事 两会影像}: a site's section menu flattened to one line, at
     * least {@link #MENU_ITEMS_MIN} names of two to six Han characters separated by spaces, at least two of them ending
     * in a word for a kind of page. A line of names (王五 李四 …) has no such words, and a headline set in spaced parts
     * has fewer parts or punctuation.
     */
    static boolean isSectionMenu(String line) {
        String[] names = SPACES.split(line.strip());
        if (names.length < MENU_ITEMS_MIN) {
            return false;
        }
        int sections = 0;
        for (String name : names) {
            if (!MENU_NAME.matcher(name).matches()) {
                return false;
            }
            sections += SECTION_WORD.matcher(name).find() ? 1 : 0;
        }
        return sections >= 2;
    }

    /** {@code [查看视频 ↗](https://…)}, {@code ![](https://…)}: a markdown link or image alone on its line (a page's media). */
    private static final Pattern MARKDOWN_MEDIA = Pattern.compile("^!?\\[[^\\]]{0,40}\\]\\([^)\\s]+\\)$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern SHORT_DATE = Pattern.compile("^(\\d{4}[-/.])?\\d{1,2}[-/.]\\d{1,2}$");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}");

    /**
     * {@code 2025-09-17,11962| 2025-09-16,11954| …}: a visit counter or a table of dates and values, of any length:
     * three or more dates and not a single Han character.
     */
    private static boolean isDateValueTable(String line) {
        if (HAN.matcher(line).find()) {
            return false;
        }
        Matcher m = NUMERIC_DATE.matcher(line);
        int dates = 0;
        while (dates < 3 && m.find()) {
            dates++;
        }
        return dates >= 3;
    }

    /** The name of the rule that makes {@code line} page chrome (never a headline, kept as text), if one does. */
    static Optional<String> chromeRuleFor(String raw) {
        String line = PinyinGloss.strip(raw).strip(); // pinyin a converter left (關閉(guān)) says nothing about the line
        if (line.isEmpty()) {
            return Optional.empty();
        }
        if (isDateValueTable(line)) {
            return Optional.of("date and value table");
        }
        if (MARKDOWN_MEDIA.matcher(line).matches()) {
            return Optional.of("markdown link or image"); // of any length: the address is no text
        }
        if (line.length() > 120 || BriefItems.opensGluedRecord(line)) {
            // a long line with words is text; so is an archive record glued with <br/> tags, cut short or not
            return Optional.empty();
        }
        // forum and document-site chrome: certain, but a short post or document would lose a large share of its text
        // if it were dropped, and text kept is measured; never a headline or a lead either way
        if (isForumControls(line)) {
            return Optional.of("forum thread controls");
        }
        if (isDocumentSiteField(line)) {
            return Optional.of("document site field");
        }
        Matcher name = DOCUMENT_NAME.matcher(line);
        if (name.matches() && name.group(2).isBlank()) {
            return Optional.of("document name label"); // the title stands on the next line
        }
        if (line.length() <= 60 && isRunningHeader(line)) {
            // chrome rather than furniture: a section word in it may be a word of text, and text kept is measured
            return Optional.of("edition running header");
        }
        for (Rule rule : CHROME_RULES) {
            if (rule.matches(line)) {
                return Optional.of(rule.name());
            }
        }
        if (isSectionMenu(line)) {
            return Optional.of("section menu");
        }
        String[] words = WIDGET_SPLIT.split(TRAILING_COLON.matcher(line).replaceAll(""));
        boolean chromeWord = false;
        for (String word : words) {
            if (word.isEmpty() || SHORT_DATE.matcher(word).matches()) {
                continue; // 返回 03-20 读报: an e-paper's links carry the date of the issue they lead to
            }
            if (!CHROME_WORDS.contains(word) && !WIDGET_WORDS.contains(word)) {
                return Optional.empty();
            }
            chromeWord = true;
        }
        return chromeWord ? Optional.of("site chrome words") : Optional.empty();
    }

    /**
     * One part of an e-paper page's running header, which prints the date, weekday, paper, page, section and editor in
     * any order on one line: {@code 2024年3月5日 星期二 第3版 要闻 责任编辑：王伟}.
     */
    private static final Pattern HEADER_PART = Pattern.compile("^(" + DATE + "|" + WEEKDAY + "|" + EDITION_DATE_PART
            + "|第?\\s*[A-Z]?[0-9一二三四五六七八九十]{1,3}\\s*版|[\\p{IsHan}]{2,6}"
            + "|(本版|本期)?(责任编辑|责编|编辑|美编|校对|版式|组版|审读|值班编辑|排版)[:：][\\p{IsHan}·]{2,4}([、，,][\\p{IsHan}·]{2,4}){0,3})$");
    private static final Pattern HEADER_DATE = Pattern.compile("^(" + DATE + ")$");
    private static final Pattern HEADER_PAGE = Pattern.compile("^第?\\s*[A-Z]?[0-9一二三四五六七八九十]{1,3}\\s*版$");

    /**
     * Whether the line is an edition's running header: its date, its page and nothing but header parts (weekday,
     * paper, section, editor). A date and a page number together are never news text; a date alone is a sign-off.
     */
    private static boolean isRunningHeader(String line) {
        if (line.indexOf('版') < 0) {
            return false; // (no page, HEADER_PAGE: asked of every short line, the parts are read only where 版 stands)
        }
        String[] parts = SPACES.split(SPACE_AFTER_COLON.matcher(line.strip()).replaceAll("$1"));
        boolean date = false;
        boolean page = false;
        for (String part : parts) {
            if (!HEADER_PART.matcher(part).matches()) {
                return false;
            }
            date |= HEADER_DATE.matcher(part).matches();
            page |= HEADER_PAGE.matcher(part).matches();
        }
        return date && page;
    }

    /**
     * The controls of a forum thread (Discuz and its kin): {@code 只看楼主 倒序阅读 0 发表于: 1992-03-28},
     * {@code 上一主题 下一主题}, {@code 快速回复}. A line made only of these words, post counters and the post's time.
     */
    private static final Set<String> FORUM_WORDS = Set.of(
            "楼主", "只看楼主", "只看该作者", "倒序阅读", "倒序浏览", "阅读模式", "电梯直达", "复制链接", "[复制链接]", "快速回复", "回复",
            "引用", "举报", "使用道具", "评分", "收藏", "分享", "上一主题", "下一主题", "返回列表", "返回顶部", "发新帖", "回帖", "沙发",
            "板凳", "地板", "上一个", "下一个");
    /** {@code 发表于: 1992-03-28}, {@code 发表于 2012-3-4 10:22}: when a post was written. */
    private static final Pattern POSTED_AT = Pattern.compile("(发表于|發表於)\\s*[:：]?\\s*(" + DATE + ")(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?");
    /** {@code • 81阅读}, {@code • 0回复}: a thread's counters. */
    private static final Pattern FORUM_COUNTER = Pattern.compile("^[•·]?\\s*\\d+\\s*(阅读|回复|回帖|浏览|查看|人阅读|条回复)$");
    /** The floor of a post ({@code 1#}, {@code #2}, {@code 3楼}) or a bare count. */
    private static final Pattern FORUM_NUMBER = Pattern.compile("^(#?\\d{1,5}#?|\\d{1,5}楼)$");

    /** {@code 离线admin}, {@code 在线 user_01}: the poster's status and a user name in Latin letters. */
    private static final Pattern FORUM_USER = Pattern.compile("^(离线|在线|離線|在線)\\s*[A-Za-z0-9_.\\-]{1,20}$");
    /** {@code 代表“拖”领导 [复制链接]}: a thread's title with its copy-link button; the title is the document's headline. */
    static final Pattern THREAD_TITLE = Pattern.compile("^(.{2,48}?)\\s*[\\[【](复制链接|複製鏈接)[\\]】]$");

    private static boolean isForumControls(String line) {
        String text = line.strip();
        if (FORUM_COUNTER.matcher(text).matches() || FORUM_USER.matcher(text).matches()) {
            return true;
        }
        String rest = POSTED_AT.matcher(text).replaceAll(" ").strip();
        boolean posted = rest.length() < text.length();
        boolean word = false;
        for (String token : SPACES_OR_BARS.split(rest)) {
            if (token.isEmpty() || FORUM_NUMBER.matcher(token).matches()) {
                continue;
            }
            if (!FORUM_WORDS.contains(token)) {
                return false;
            }
            word = true;
        }
        return word || posted;
    }

    /**
     * {@code 格式:doc 大小:57KB 页数:5页}, {@code 上传人:pppccc8 2017/11/11 文件大小:57 KB}, {@code 下载积分:2}: the fields of a
     * document-sharing site about the file, never the document's text. ({@code 文档名称:} is not one: its value is the
     * document's title, which the splitter reads as the headline.)
     */
    private static final Pattern DOCUMENT_FIELD = Pattern.compile(
            "^(格式|文档格式|大小|文件大小|页数|文档页数|上传者|上传人|上传时间|贡献者|下载积分|下载券|下载次数|所需积分)\\s*[:：]");
    private static final Set<String> DOCUMENT_SITE_WORDS = Set.of(
            "下载此文档", "下载本文档", "立即下载", "免费下载", "下载文档", "文档介绍", "全屏预览", "举报该文档", "收藏此文档");

    private static boolean isDocumentSiteField(String line) {
        String text = line.strip();
        // a row of the file's fields starts with one and holds no sentence (a value may be a name or a date)
        return DOCUMENT_SITE_WORDS.contains(text)
                || DOCUMENT_FIELD.matcher(text).lookingAt() && !text.matches(".*[。；;！？，,].*") && text.split("\\s+").length <= 8;
    }

    /** {@code 文档名称:县人大常委会人事任免办法.doc}: the label of a document-sharing site whose value is the document's title. */
    static final Pattern DOCUMENT_NAME = Pattern.compile("^(文档名称|文件名称|文檔名稱)\\s*[:：]\\s*(.*)$");

    /** The name of the rule that makes {@code line} furniture, if one does. */
    static Optional<String> ruleFor(String raw) {
        String line = PinyinGloss.strip(raw);
        if (line.length() > 60) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            if (rule.matches(line)) {
                return Optional.of(rule.name());
            }
        }
        String[] words = WIDGET_SPLIT.split(line.strip());
        boolean widgets = words.length > 0;
        for (String each : words) {
            // 3上一版, 下一版4: an e-paper's page links carry the number of the neighbouring page
            String word = PAGE_LINK_NUMBER.matcher(each).replaceAll("");
            if (!word.isEmpty() && !WIDGET_WORDS.contains(word) && !WIDGET_WORDS.contains(WIDGET_BRACKETS.matcher(word).replaceAll(""))) {
                widgets = false;
                break;
            }
        }
        return widgets ? Optional.of("navigation or share widget") : Optional.empty();
    }
}
