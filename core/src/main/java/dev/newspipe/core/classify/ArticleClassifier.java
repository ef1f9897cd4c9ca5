package dev.newspipe.core.classify;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what kind of article a text is by weighing evidence, not by the headline alone.
 *
 * <p>Every category has a list of {@linkplain Cue cues} in {@link #CUES}: a name, where it looks (the headline with
 * any {@code 原标题} line; the lead, i.e. the first sentence of the body; the opening paragraphs, where adoption lines
 * {@code （…通过）}, notice numbers {@code （第N号）} and the address {@code 各位代表} stand; or the whole body), what it
 * looks for and its weight. The weights of the cues that fire are summed per category and the highest sum wins;
 * {@link Category#OTHER} starts from a prior, so an article that shows no evidence of congress business is other.
 * When the headline fires no cue (an article without a headline, or one that decides nothing) the lead's cues count
 * {@value #UNDECIDED_HEADLINE_BOOST} times, so such an article is judged by its lead. The result keeps every cue that
 * fired, with where it fired and its weight, so a user who questions a category sees why. When the headline does
 * fire a cue, the body's cues count {@value #DECIDED_HEADLINE_BODY_WEIGHT}: session news that summarises the work report
 * stays session news.
 *
 * <p>Words inside other words do not count: the congress is {@code 人大} only when it is not part of {@code 老年人大学}
 * and not the deputies ({@code 人大代表}); {@code 政府工作报告} names a report, not a government acting. A {@code 决定} of a
 * party committee or a government is no congress resolution, a CPPCC session is no congress session, and party
 * plenums, economic-work conferences, statistical bulletins, editorials, executive meetings and speeches at party
 * meetings are other, however much congress vocabulary they quote.
 *
 * <p><b>Confidence</b> is the estimated probability that the category is right: a logistic function of the margin
 * between the winning score and the runner-up, {@code 1 / (1 + exp(-(A * margin + B)))}, with {@link #CALIBRATION_A}
 * and {@link #CALIBRATION_B} fitted on the development data (sample pages, development set, corpus and the genre set)
 * by minimising log loss and then frozen. On that data, of the articles given confidence 0.9 or more, at least 90% are
 * right; {@code ./bench quality} prints the reliability table. A close call between two categories therefore gets a
 * confidence near the share of close calls that come out right, whatever the absolute scores.
 *
 * <p><b>Speed.</b> The cues stay regexes in the table, but most are not run as such: a counted cue's alternation of
 * words becomes a {@link Vocabulary} (a word table), and all counted cues of a place are found in one walk over its text
 * with the same finds as the regex; any other regex is only run on a text that holds a word of each group of words its
 * finds must hold ({@link Vocabulary#requiredWords}), and there only where a find can start: at a line start when every
 * alternative opens with {@code ^}, else at the characters its alternatives start with ({@link Vocabulary#firstChars},
 * {@link KeyChars}). A new row gets all of this from its regex.
 *
 * <p>Text is expected in simplified script: {@code Newsdesk} passes the article's simplified view. Thread-safe.
 */
public final class ArticleClassifier {

    /** Where a cue looks. */
    public enum Where {
        /** Kicker, title, subtitle and any {@code 原标题} line, whitespace removed. */
        HEADLINE,
        /** The first sentence of the body (through the first 。 after a few characters), whitespace removed. */
        LEAD,
        /** The first paragraphs, one per line, with each pair of neighbours also joined (a line broken by the layout). */
        OPENING,
        /** The body's first {@value ArticleClassifier.Views#BODY_EVIDENCE_CHARS} characters: what an article is shows early, and the cost stays bounded. */
        BODY;

        private final String label = name().toLowerCase(Locale.ROOT);

        String label() {
            return label;
        }
    }

    /**
     * One piece of evidence for a category. {@code finder} returns what it found in the text of {@code where}, or
     * {@code null}; a counted cue ({@code cap > weight}) adds {@code weight} for each distinct find up to {@code cap}.
     */
    public record Cue(String name, Category category, Where where, Function<String, List<String>> finder, double weight, double cap) {

        static Cue of(Category category, Where where, String name, double weight, String regex) {
            return new Cue(name, category, where, new FirstFind(Pattern.compile(regex, Pattern.MULTILINE), Vocabulary.requiredWords(regex),
                    Vocabulary.atLineStarts(regex), Vocabulary.firstChars(regex)),
                    weight, weight);
        }

        /** Words (or a few patterns) in an alternation, each distinct find counted: found by the shared {@link Vocabulary.Scanner}. */
        static Cue counted(Category category, Where where, String name, double each, double cap, String regex) {
            Function<String, List<String>> finder = Vocabulary.of(regex).<Function<String, List<String>>>map(WordFinder::new)
                    .orElseGet(() -> {
                        Pattern p = Pattern.compile(regex, Pattern.MULTILINE);
                        return text -> distinct(p, text);
                    });
            return new Cue(name, category, where, finder, each, cap);
        }

        static Cue when(Category category, Where where, String name, double weight, Function<String, String> test) {
            return new Cue(name, category, where, text -> {
                String found = test.apply(text);
                return found == null ? List.of() : List.of(found);
            }, weight, weight);
        }

        /** The same cue, not looked for in a text for which {@code may} fails: a cheap test every text with a find passes. */
        Cue onlyIf(Predicate<String> may) {
            return new Cue(name, category, where, new Guarded(may, finder), weight, cap);
        }

        /** The same cue, finding nothing in a text for which {@code skip} holds. */
        Cue unless(Predicate<String> skip) {
            return new Cue(name, category, where, new Unless(finder, skip), weight, cap);
        }

        /** The words of a counted cue, if it counts words (so that the shared scan can find them). */
        private Optional<Vocabulary> vocabulary() {
            return finder instanceof WordFinder w ? Optional.of(w.vocabulary())
                    : finder instanceof Unless u && u.finder() instanceof WordFinder w ? Optional.of(w.vocabulary()) : Optional.empty();
        }

        /** What this cue finds in {@code text}, given what the shared scan found of its words. */
        private List<String> fromScan(List<String> found, String text) {
            return !found.isEmpty() && finder instanceof Unless u && u.skip().test(text) ? List.of() : found;
        }

        double score(List<String> found) {
            return Math.min(cap, weight * found.size());
        }
    }

    /**
     * The first find of a regex, not looked for in a text without one of the words every find holds, and tried only
     * where a find may start: at line starts, or at the characters every find starts with ({@code firstChars}, null
     * when unknown).
     */
    private record FirstFind(Pattern pattern, List<List<String>> required, boolean atLineStarts, String firstChars)
            implements Function<String, List<String>> {

        @Override
        public List<String> apply(String text) {
            if (!mayHold(text)) {
                return List.of();
            }
            return atLineStarts ? firstAtLineStart(text) : firstChars != null ? firstFromKeyChars(text) : first(pattern, text);
        }

        /** The first find, looked for only where one of {@code firstChars} stands ({@link KeyChars}). */
        private List<String> firstFromKeyChars(String text) {
            Matcher m = KeyChars.matcher(pattern, text);
            return KeyChars.find(m, text, 0, firstChars) ? List.of(abbreviate(m.group())) : List.of();
        }

        /**
         * The first find of a regex whose every alternative opens with {@code ^}: tried only where a line may start
         * (the start and after each line terminator; the regex's own {@code ^} decides), the same first find as
         * {@code Matcher.find}, which would try every character of the opening's paragraphs.
         */
        private List<String> firstAtLineStart(String text) {
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            // the views join lines with \n alone: then String.indexOf finds each line start, not a test of every character
            boolean newlinesOnly = text.indexOf('\r') < 0 && text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
            for (int at = 0; at <= text.length(); at = newlinesOnly ? nextNewlineStart(text, at) : nextLineStart(text, at)) {
                m.region(at, text.length());
                if (m.lookingAt()) {
                    return List.of(abbreviate(m.group()));
                }
            }
            return List.of();
        }

        /** {@link #nextLineStart} of a text whose only line terminator is {@code \n}. */
        private static int nextNewlineStart(String text, int from) {
            int newline = text.indexOf('\n', from);
            return newline < 0 ? text.length() + 1 : newline + 1;
        }

        /** The position after the next line terminator of {@code Pattern.MULTILINE} at or after {@code from}, or past the end. */
        private static int nextLineStart(String text, int from) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return i + 1;
                }
            }
            return text.length() + 1;
        }

        /** Whether the text holds a word of every required group ({@link Vocabulary#requiredWords}). */
        private boolean mayHold(String text) {
            for (List<String> group : required) {
                if (!namesAny(text, group)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The distinct finds of a vocabulary, in the order first seen. */
    private record WordFinder(Vocabulary vocabulary) implements Function<String, List<String>> {

        @Override
        public List<String> apply(String text) {
            return vocabulary.distinct(text);
        }
    }

    /** A finder not run on a text for which {@code may} fails ({@link Cue#onlyIf}). */
    private record Guarded(Predicate<String> may, Function<String, List<String>> finder) implements Function<String, List<String>> {

        @Override
        public List<String> apply(String text) {
            return may.test(text) ? finder.apply(text) : List.of();
        }
    }

    /** A finder that finds nothing in a text for which {@code skip} holds (tested only when there is something to drop). */
    private record Unless(Function<String, List<String>> finder, Predicate<String> skip) implements Function<String, List<String>> {

        @Override
        public List<String> apply(String text) {
            List<String> found = finder.apply(text);
            return found.isEmpty() || skip.test(text) ? List.of() : found;
        }
    }

    /** How much more the lead's cues count when the headline decided nothing. */
    static final double UNDECIDED_HEADLINE_BOOST = 1.25;
    /** How much the body's cues count when the headline fired a cue: the headline says what an article is, the body what it talks about. */
    static final double DECIDED_HEADLINE_BODY_WEIGHT = 0.5;
    /** How much the lead's cues count when the headline fired a cue. */
    static final double DECIDED_HEADLINE_LEAD_WEIGHT = 0.75;
    /** The name of the cue that reads a text as the decision itself ({@link DecisionText#congressDecision}). */
    static final String DECISION_ITSELF = "the decision itself (adoption line or title, then 决定：/作如下修改/本决定自…施行)";
    /** The name of the cue that reads a notice promulgating the decision it prints ({@link DecisionText#promulgatedDecision}). */
    static final String DECISION_PROMULGATED = "a notice promulgates the decision it prints (…决定》…现予公布)";
    /** The name of the cue that reads an adoption line of the CPPCC or the party ({@link DecisionText#otherBodysAdoption}). */
    static final String ADOPTED_BY_NO_CONGRESS = "adopted by a body that is no congress (政协/党…通过)";
    /** Score every article has for {@link Category#OTHER}: what it takes to call something congress business. */
    static final double OTHER_PRIOR = 1.5;
    /** Fitted on the development data by {@code ./bench quality --fit} (log loss 0.130 over 325 judged); refitted when the session-vocabulary weights changed; frozen. */
    public static final double CALIBRATION_A = 0.85;
    public static final double CALIBRATION_B = 1.20;

    // Words of the issuers. 人大 must be the congress: not 老年人大学, not the deputies (人大代表).
    private static final String CONGRESS = "(?:人民代表大会(?!代表)|人代会|(?<!老年)人大(?!学|代表(?!大会))|人大常委会|代表大会常务委员会)";
    /** The characters every form of {@link #CONGRESS} starts with (人代): its finds are looked for only there ({@link KeyChars}). */
    private static final String CONGRESS_FIRST_CHARS = Vocabulary.firstChars(CONGRESS);
    private static final String CPPCC = "(?:政协|政治协商会议)";
    private static final String PARTY = "(?:中共|中国共产党|党委|党组|[省市县区州旗]委(?!员)|党代会|全会)";
    private static final String GOVERNMENT = "(?:人民政府|国务院|[省市县区]政府|政府常务会议|办公厅)";
    /** The digits of a number as written in an ordinal or a notice number: Arabic or Chinese. */
    private static final String NUMERALS = "0123456789一二三四五六七八九十百零〇";
    private static final String N = "[" + NUMERALS + "]+";
    /** Between the CPPCC and its standing committee: its place and term (湖北省第十一届委员会), no congress in between. */
    private static final String CPPCC_BODY_GAP = "(?:(?!人大|人民代表大会|代表大会)[^，。,；;：:\\n]){0,30}?";
    /**
     * A plenary meeting (全会) held by a congress or its standing committee: the congress named, then within the clause
     * 举行 or 召开 and the 全会 (人大常委会第十五次会议举行全会, 人大三次会议举行第二次全会). A party plenum is named by its
     * committee and term (十九届四中全会, 市委十二届五次全会), never held by a congress.
     */
    private static final String SITTINGS_PLENARY = "(?:人民代表大会|(?<!老年)人大)(?!代表(?!大会))[^。，,；;：:\\n]{0,20}?(?:举行|召开)了?(?:第" + N + "次)?全会";
    /**
     * A congress body's plenary named by its number (人大常委会委员在第二次全会上说): a standing committee's sitting holds
     * numbered plenaries (第二次全体会议), shortened to 第N次全会; a party plenum is numbered by its committee's term (十九届四中全会,
     * 市委十二届五次全会), and no party committee stands between the congress and the 全会 here.
     */
    private static final String CONGRESS_PLENARY_NUMBERED = "(?:人民代表大会|(?<!老年)人大)(?!代表(?!大会))(?:(?!党|中共|[省市县区州]委(?!员))[^。，,；;：:\\n]){0,20}?第"
            + N + "次全会";
    /** A CPPCC standing committee's work report named (政协…常务委员会工作报告, 政协十三届常委会工作报告). */
    private static final String CPPCC_STANDING_COMMITTEE_REPORT = CPPCC + CPPCC_BODY_GAP + "(?:常务委员会|常委会)工作报告";
    /** Between an issuer and what it does: a few characters of the same clause, never a 关于 (the subject of a title). */
    private static final String GAP = "(?:(?!关于)[^。，,；;：:“”\\n]){0,%d}?";
    /**
     * What a session does: the session parse's meetings (preparatory, opening, plenary, presidium, election, closing).
     * 选举工作 is not one: it is the work of organising an election (voter registration, districts, candidates), done by
     * election committees over months before any session (县乡人大换届选举工作将在全国陆续展开). Nor is 换届选举: the
     * general election of a congress's deputies (关于县乡两级人民代表大会换届选举时间的决定), which voters hold, not a sitting.
     * Nor are the chairmen's meeting's members (主任会议成员到…调研): people on a research visit between sittings, not the
     * meeting sitting. 委员长会议 is the national standing committee's chairmen's meeting, its 主任会议 by another name.
     */
    private static final String PROCEEDINGS = "(?:预备会议|开幕|闭幕|全体会议|主席团|(?<!换届)选举(?!工作)|当选|表决|举行|召开|胜利|隆重|分组审议|审议|代表团"
            + "|秘书长会议|主任会议(?!成员|组成人员)|主任会(?!议)|委员长会议(?!成员|组成人员)|任免|议案审查|审查委员会|常务委员会会议|常委会会议|常委会第" + N + "次会议|议程|会期|闭会|结束)";

    private static final Pattern IN_SESSION = Pattern.compile(CONGRESS + "(?!的)" + GAP.formatted(30) + PROCEEDINGS, Pattern.MULTILINE);
    private static final Pattern NOTICE_NUMBER = Pattern.compile("^[（(〔]?(?:\\d{4}[〕）)])?第" + N + "号[）)〕]?$|公告[（(]?第" + N + "号", Pattern.MULTILINE);
    /** A statistical bulletin named, in a headline or a lead. */
    private static final String STATISTICAL_BULLETIN = "统计公报|国民经济和社会发展统计";
    /**
     * What a congress or its standing committee does to people, with the body as the actor: 任命, 任免, 免去, 罢免, accepting a
     * resignation. Not a person of the body (人大常委会副主任…任命), not those appointed (任命的), not a regulation or the
     * work on them (任免办法, 任免工作), not the title of a decision on them (…常委会关于接受某某辞职请求的决定, a resolution).
     */
    private static final String PERSONNEL_ACTS = "(?:人民代表大会|人大)(?:常务委员会|常委会)?(?:(?:第?" + N + "次)?(?:全体)?会议)?"
            + "(?:(?!主任|委员|代表|主席|秘书长|关于)[^。，,；;：:“”\\n]){0,12}?(?:决定)?(?:任命|任免|免去|免职|罢免|接受[^。，,；;]{0,20}?辞)"
            + "(?!的|办法|条例|规定|规则|工作|权|制度)";
    /** A period shorter than a year, the area and its output (一季度，全县实现地区生产总值56.82亿元，增长4.6%). */
    private static final String PART_OF_A_YEAR_FIGURES = "^[^。，,；;]{0,8}?(?:一季度|第一季度|上半年|前三季度|[1-9１-９][-—－~～至][0-9０-９]{1,2}月|一至[二三四五六七八九十]{1,2}月)[，,]?"
            + "(?:全国|全省|全市|全县|全区|全州|全旗|全镇|我省|我市|我县|我区)[^。；;，,]{0,20}?(?:实现|完成)[^。；;]{0,40}?(?:增长|下降)";
    /** A draft offered for the public's comment: 草案 or 征求意见稿 with 征求意见. */
    private static final String DRAFT_CONSULTATION = "(?:草案|征求意见稿)[^。\\n]{0,30}?征求意见|公开征求[^。\\n]{0,6}?意见[^。\\n]{0,6}?(?:草案|征求意见稿)";
    /** A work report released (受权播发, 全文公布), in a headline or a lead. */
    private static final String REPORT_RELEASED = "(?:受权|全文)(?:播发|发布|公布).{0,12}工作报告"
            // …全文播发…委员长某某受…委托，向…会议所作的《…工作报告》: the report named in full after who delivered it where.
            + "|(?:受权|全文)(?:播发|发布|公布)[^。]{0,60}?《[^《》]{0,40}工作报告》";
    /**
     * A 决议/决定's title opening a paragraph: the adopting congress or its standing committee, its sitting at most, then
     * 关于…的决议 with nothing between (某某人民代表大会第N次会议关于…的决议). News names the text after a verb (表决通过了关于
     * …的决议) or quotes it in 《》, and a draft (…的决议（草案）经…) or a notice's 《…的决定》已于…通过 is not the text itself;
     * a CPPCC standing committee's 决定 is the CPPCC's (other).
     */
    private static final String RESOLUTION_TITLE_LINE = "^(?:(?!政协|政治协商)[^，,。；;：:《“\"\\n]){2,40}?(?:人民代表大会|人大|常务委员会|常委会)(?:第?" + N
            + "次(?:全体)?会议)?关于[^，,。；;：:\\n]{1,120}?的(?:决议|决定)(?![》”\"，,]|[（(]草案|已|经|于)";
    /** The opening of a resolution on a report: the meeting itself hears the report, with no date before it. */
    private static final Pattern RESOLUTION_OPENING = Pattern.compile(
            "^[^，,。\\d日]{2,40}(?:人民代表大会|人大|常务委员会|常委会)第?" + N + "次(?:全体)?会议(?:认真)?听取(?:和|并)审议了");
    private static final Pattern BOOK_TITLE = Pattern.compile("《[^《》\\n]{0,80}》");
    /**
     * The names a body gives the rules of its own work besides 规则 (常务委员会会议工作程序, 主任会议议事程序, 代表联络工作规程):
     * adopted and amended like a regulation (an adoption line heads them), read like one, and neither a 决议/决定 nor news
     * of a sitting, however much they speak of holding meetings.
     */
    private static final String RULES_OF_WORK = "规程|工作程序|议事程序";
    /**
     * The first article of a regulation, which says what it rests on and that it is made: 第一条 根据…，制定本条例。 It opens its
     * line: an amending decision quotes it (将第一条修改为：“…制定本条例。”) and stays a decision.
     */
    private static final String REGULATION_ARTICLES = "^[\\s\u3000]*第一条[^。\\n]{0,200}?制定本(?:办法|条例|规则|规定|细则|实施细则)";
    /**
     * What a law site or a document library prints after a regulation's name: its status (（试行）, [失效], 【废止】) and, for a
     * file offered for download, its extension (…任免办法.doc). The name is still the headline of the regulation.
     */
    private static final String REGULATION_STATUS = "(?:[（(【\\[](?:试行|暂行|修正|修订|失效|已失效|废止|已废止)[)）】\\]])?(?:\\.(?:docx?|pdf|wps|txt))?";

    // --- What congress bodies do besides sitting (issue 8): words the cues below share. ---
    /**
     * A conference a body convenes about its line of work (全省开发区人大工作推进会, 人大工作经验交流会, 立法座谈会, 代表培训班,
     * 预算联网监督工作汇报会): congress bodies hold them between sittings, and they decide nothing. 联席会议 is not one: the
     * joint meetings of a presidium and the heads of delegations are proceedings of a session.
     */
    /** The heads a people's congress or its standing committee elects or appoints (and names acting heads of). */
    private static final String HEADS = "(?:省长|市长|县长|区长|州长|盟长|旗长|主席|院长|检察长)";
    private static final List<String> PRESS_CONFERENCE_WORDS = List.of("新闻发布会", "记者会", "记者招待会");
    /** A session's press conference: 十四届全国人大二次会议新闻发布会, 人大三次会议将于…举行记者会. */
    private static final Pattern SESSION_PRESS_CONFERENCE = Pattern.compile(
            "(?:人民代表大会|人大)第?" + N + "次会议[^。\\n]{0,40}?(?:" + String.join("|", PRESS_CONFERENCE_WORDS) + ")");
    private static final List<String> CONFERENCE_WORDS = List.of("推进会", "交流会", "座谈会", "培训班", "培训会", "学习班", "读书班",
            "研讨会", "汇报会", "报告会", "动员会", "部署会", "调度会", "观摩会", "表彰会", "表彰大会", "工作会议", "推进会议",
            // a training a body holds for its deputies or staff (举行…人大代表履职培训): no sitting, whatever it is called
            "培训",
            // a lecture or a study session for its members (举办专题讲座, 召开学习会): learning, no sitting
            "讲座", "学习会",
            // a body's own staff meeting, planning retreat or review (机关干部大会, 工作务虚会, 总结会), and the meeting that
            // hands deputies' suggestions to the offices that answer them (代表建议交办会)
            "干部大会", "务虚会", "总结会", "交办会");
    private static final String CONFERENCES = "(?:" + String.join("|", CONFERENCE_WORDS) + ")";
    /**
     * A work conference convened (召开…推进会), or one that opens or is held (人大工作推进会在无锡召开, 代表培训班开班). 进行 is
     * 开展's plainer twin (市人大常委会对300余名人大代表进行集中培训): the same training, told with the other verb.
     */
    private static final Pattern WORK_CONFERENCE = Pattern.compile(
            "(?:召开|举行|举办|组织|开展|进行)[^。；;！!\\n]{0,40}?" + CONFERENCES + "|" + CONFERENCES + "[^。，,；;！!\\n]{0,12}?(?:召开|举行|举办|开班|开幕|闭幕|结业)");
    /** A numbered sitting or a meeting of a session: where a lead names one, the congress is in session, whatever else it convenes. */
    private static final Pattern NUMBERED_SITTING = Pattern.compile("次会议|全体会议|预备会议|主席团|主任会议|主任会");
    /**
     * What only a sitting does, told in a body's vocabulary (session vocabulary): the meeting elects a head of government
     * (会议选举某某为市长) and deputies vote on the year's livelihood projects (民生实事项目票决, the 票决 of township and county
     * sessions). A new row of the counted words, so a brief that lost its headline still reads as the sitting it reports.
     */
    private static final String SESSION_ACTS = "会议选举|票决";
    /** Any form of the congress itself (not its deputies, not 老年人大学). */
    private static final Pattern CONGRESS_NAMED = Pattern.compile(CONGRESS);
    /** Words that make a headline a story told in pictures. */
    private static final String PHOTO_WORDS = "(?:影像|图片新闻|组图|摄影|镜头|图说|掠影|剪影)";
    /**
     * A congress's session named with a photo word (2018年区人代会掠影, 市十六届人大五次会议影像): the session told in pictures.
     * Not the standing committee's photo news (人大常委会图片新闻: its bodies' other activities) and not 两会 (the congress and
     * the CPPCC together, a page the genre labels other).
     */
    private static final String SESSION_PHOTOS = "(?:人代会|(?:人民代表大会|(?<!老年)人大)(?!代表(?!大会)|常委会|常务委员会))[^，。,]{0,12}?"
            + PHOTO_WORDS;

    /**
     * 召开/举行 + the congress + its numbered session or sitting, with no other meeting or relaying in between. The verb is
     * the sentence's: not the subject of a decision (关于召开…会议的决定: the decision is the article) and not a setting
     * (在前不久召开的…人大四次会议上，县政府…: what the article tells happened there). The session may also stand before the
     * congress, as townships and old chronicles write it (镇召开了第十九届第一次人民代表大会, 县召开第六届第一次人民代表大会).
     */
    private static final String CONVENING = "(?<!关于|决定)(?:召开|举行)(?!的)了?(?:(?!会|传达|学习|贯彻)[^。，,；;：:]){0,%d}?";

    private static final String CONVENED = CONVENING.formatted(24) + CONGRESS + "[^。，,；;：:会]{0,12}?第?" + N
            + "次(?:全体)?会议(?!精神|[^。，,；;：:]{0,12}?" + CONFERENCES + ")" // not a session naming the conference it convenes (召开…人大三次会议代表建议交办会)
            + "|" + CONVENING.formatted(12) + "第" + N + "届第?" + N + "次(?:人民代表大会|人代会)(?!代表(?!大会))";

    /**
     * The work conference a text says a body convened, when it names no numbered sitting: 省人大常委会召开全省开发区人大工作推进会
     * is a body at work between sittings, 出席…人大二次会议的代表团举行座谈会 is a delegation in session.
     */
    private static String workConference(String text) {
        if (!namesAny(text, CONFERENCE_WORDS) || NUMBERED_SITTING.matcher(text).find()) {
            return null; // most leads name no conference: a few substring searches, not the expression at every character
        }
        return firstOrNull(WORK_CONFERENCE, text);
    }

    /** A work conference as the setting of what the lead tells: 在 + a few words + the conference + 上. */
    private static final Pattern CONFERENCE_SETTING = Pattern.compile("在[^。，,；;！!\\n]{0,40}?" + CONFERENCES + "上");

    /** The work conference a lead names as its setting, when it names no numbered sitting. */
    private static String conferenceAsSetting(String text) {
        if (!namesAny(text, CONFERENCE_WORDS) || NUMBERED_SITTING.matcher(text).find()) {
            return null;
        }
        return firstOrNull(CONFERENCE_SETTING, text);
    }

    private static boolean namesAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DELIBERATION_OR_SITTING = Pattern.compile("审议|讨论|次会议");

    private static final Pattern RELAYS_SPIRIT = Pattern.compile("传达(?:学习|贯彻)?[^。；;！!]{0,40}?精神");
    /**
     * A sitting of the meeting's own: a standing committee's numbered sitting (常委会第N次会议, 召开第N次会议), its chairmen
     * (主任会议), or a session's delegations, presidium and plenaries (代表团举行全体会议，传达学习…讲话精神 is the session at work).
     */
    private static final Pattern OWN_SITTING = Pattern.compile("(?:常委会|常务委员会|召开|举行)第?" + N + "次(?:全体)?会议|主任会议|主任会"
            + "|代表团|主席团|全体会议|预备会议");

    /** A meeting relaying a session's spirit (召开会议传达…会议精神), when no numbered sitting of its own is named. */
    private static String relaysSpirit(String text) {
        if (text.indexOf("精神") < 0 || OWN_SITTING.matcher(text).find()) {
            return null;
        }
        return firstOrNull(RELAYS_SPIRIT, text);
    }

    /** A standing committee named in the reporter's abbreviation (全国人大常委会) as the subject of a decision. */
    private static final Pattern ABBREVIATED_DECIDER = Pattern.compile("^[^，,。\\d日]{0,40}人大常委会第?" + N + "次(?:全体)?会议决定");
    /** A congress's numbered session (人大三次会议, 人民代表大会第三次会议). */
    private static final Pattern CONGRESS_SESSION_NUMBERED = Pattern.compile("(?:人民代表大会|人大)第?" + N + "次会议");
    /** The two sessions' press conference (两会新闻发布会, 省两会首场记者会). */
    private static final Pattern TWO_SESSIONS_PRESS_CONFERENCE = Pattern.compile(
            "两会[^。，,\\n]{0,6}?(?:" + String.join("|", PRESS_CONFERENCE_WORDS) + ")");
    private static final List<String> GROUP_WORDS = List.of("分组", "小组", "各组");
    private static final int STORY_START_CHARS = 200;

    /**
     * The first sentence in which the CPPCC's members (政协…委员) discuss in groups (分组讨论, 在各小组参加了讨论) and no
     * deputy (代表) is named: news of a congress session names 列席会议的政协委员 beside its deputies, the CPPCC's own
     * group discussions name only its members.
     */
    private static String cppccMembersInGroups(String opening) {
        // the story's first lines say whose it is: a congress session's news may tell of the CPPCC's groups further down
        String text = opening.substring(0, Math.min(opening.length(), STORY_START_CHARS));
        if (!text.contains("政协") || !namesAny(text, GROUP_WORDS)) {
            return null;
        }
        for (String sentence : text.split("[。！!？?\\n]")) {
            int cppcc = sentence.indexOf("政协");
            if (cppcc >= 0 && sentence.indexOf("委员", cppcc) >= 0 && namesAny(sentence, GROUP_WORDS) && sentence.contains("讨论")
                    && !sentence.contains("代表")) {
                return abbreviate(sentence);
            }
        }
        return null;
    }

    /** Whether a text names the CPPCC (政协) and no congress in any form: groups that meet are its members. */
    private static boolean cppccMembersMeet(String text) {
        return (text.contains("政协") || text.contains("政治协商会议")) && namesNoCongress(text);
    }

    /** Whether a text names a sitting or deputies deliberating: then what deputies ask for (调研, 联系选民) happens in session. */
    private static boolean deliberatesInSitting(String text) {
        return DELIBERATION_OR_SITTING.matcher(text).find();
    }

    /**
     * The grammar of an adoption line ({@code （2016年10月27日某市第十五届人民代表大会常务委员会第三十六次会议通过）}), written
     * once for the line on its own ({@link #ADOPTION}), the line with its text run on after it ({@link #GLUED_ADOPTION}) and
     * the year a lead opens with ({@link #YEARS_MARK}): a year of four digits, Arabic or Chinese; the body or meeting that
     * adopted the text; the act.
     */
    private static final String FOUR_DIGIT_YEAR = "(?:\\d{4}|[一二三四五六七八九〇零]{4})";
    private static final String ADOPTING_BODY = "(?:人民代表大会|人大|常务委员会|常委会|主席团|会议)";
    private static final String ADOPTED = "(?:通过|批准)";

    /**
     * From an adoption line's date to its act: the date ({@code date}), then at most 70 characters of {@code gap} to the
     * adopting body, then at most 40 to the act (the rest of the date, the meeting's term and number).
     */
    private static String adoptedAfter(String date, String gap) {
        return date + gap + "{0,70}?" + ADOPTING_BODY + gap + "{0,40}?" + ADOPTED;
    }

    /**
     * A year marked by what it saw (2024年是党的二十届三中全会召开之年, 2013年是全面贯彻落实中共十八大精神的开局之年): the opening
     * of a report's or a review's year, in which the party meetings and bodies named are the year's landmarks, not actors.
     */
    private static final String YEAR_MARKED = "年[，,]?(?:是|既是)[^。；;]{0,80}?之年";
    private static final Pattern YEARS_MARK = Pattern.compile("^[^。，,]{0,12}?(?:" + FOUR_DIGIT_YEAR + "|今|去|明)" + YEAR_MARKED);

    /** Whether a lead opens with a year's mark ({@link #YEARS_MARK}). */
    private static boolean opensWithAYearsMark(String text) {
        return text.indexOf("之年") >= 0 && YEARS_MARK.matcher(text).lookingAt();
    }

    /**
     * The moment a lead sets its event in (在全市上下深入贯彻落实党的十八届三中全会…精神、推进…的关键时刻，…, 在…即将到来之际，…):
     * the meetings and bodies it names are the time's landmarks; who acts follows it. A compile-time constant, so that
     * {@link #MASKED} may use it.
     */
    private static final String SETTING_CLAUSE = "在[^。，,；;！!]{0,80}?(?:之际|时刻|关键时期|重要时期|关头|背景下)";
    private static final Pattern LEADING_SETTING = Pattern.compile("^[^。，,；;]{0,20}?" + SETTING_CLAUSE + "[，,]?");
    /** A party plenum or meeting opening a lead: the lead's row "party plenum or party committee meeting", and what follows a setting. */
    /**
     * A party committee's meeting (中共某市委员会全体会议, 中国共产党某县第十五届委员会第三次全体会议). The 委员会 is the
     * party's own: no congress or CPPCC named between (根据中共某省委的建议，某省人民代表大会常务委员会第二十五次会议决定: the
     * party recommends, the congress's standing committee meets and decides).
     */
    private static final String PARTY_COMMITTEE_MEETING = "(?:中共|中国共产党)(?:(?!人民代表大会|人大|政协|政治协商).){0,30}委员会.{0,20}(?:全体|扩大)?会议";
    private static final Pattern PARTY_MEETING_OPENING = Pattern.compile(
            "^.{0,30}(?:" + PARTY_COMMITTEE_MEETING + "|[省市县区州]委(?:常委会|全会|全体|常委扩大)|全会)");

    /**
     * Whether the party plenums a lead names stand only in the setting it opens with (在…贯彻落实…全会精神…的关键时刻，市人大五次
     * 会议开幕): the plenum's spirit marks the time, the event is what follows, and no party meeting follows.
     */
    private static boolean plenumOnlyInSetting(String text) {
        if (text.indexOf('在') < 0) {
            return false;
        }
        Matcher setting = LEADING_SETTING.matcher(text);
        return setting.lookingAt() && !PARTY_MEETING_OPENING.matcher(text.substring(setting.end())).find();
    }

    /** Whether a text opens with a quotation mark: the words are someone's, quoted. */
    private static boolean opensWithAQuotation(String text) {
        return !text.isEmpty() && "“\"「『".indexOf(text.charAt(0)) >= 0;
    }

    /** Whether a text names a draft (征求意见稿, 草案, 讨论稿, 送审稿): what is said of it is said before any sitting. */
    private static boolean namesADraft(String text) {
        return namesAny(text, List.of("征求意见稿", "草案", "讨论稿", "送审稿"));
    }

    /** Whether a text names no congress in any form: then 会议强调/会议要求 report some other body's meeting. */
    private static boolean namesNoCongress(String text) {
        return !mayNameCongress(text) || !KeyChars.find(KeyChars.matcher(CONGRESS_NAMED, text), text, 0, CONGRESS_FIRST_CHARS);
    }

    /** Whether the text holds a 第N号, as every {@link #NOTICE_NUMBER} does: looked for from each 号, without the regex. */
    private static boolean hasNumberNo(String text) {
        for (int at = text.indexOf('号'); at >= 0; at = text.indexOf('号', at + 1)) {
            int i = at - 1;
            while (i >= 0 && NUMERALS.indexOf(text.charAt(i)) >= 0) {
                i--;
            }
            if (i < at - 1 && i >= 0 && text.charAt(i) == '第') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text may name a congress ({@link #CONGRESS}): every form holds 人大, 人代会 or 代表大会. Text without
     * one needs no {@link #IN_SESSION} regex (removing titles only removes words).
     */
    private static boolean mayNameCongress(String text) {
        return text.contains("人大") || text.contains("代表大会") || text.contains("人代会");
    }

    /**
     * A draft on its way to a congress (即将提交市五届人大六次会议审议的《政府工作报告》, 提请…人大常委会会议审议): the session is
     * where the text will go, not one at work; the article is about the draft (a consultation, a government meeting).
     */
    private static final Pattern ON_ITS_WAY = Pattern.compile("(?:提交|提请|报请|呈报|提交给)[^。，,；;：:！？\\n]{0,12}$");

    /**
     * Deputies elected, with their number or term (选出新一届12名…人大代表, 选举产生2980名十三届全国人大代表); not 将选出, and not
     * 当选: a deputy's profile says when she was elected (2023年当选为第十四届全国人大代表), which is no election reported.
     */
    // (补选出缺的代表 fills a vacancy, 补选 + 出缺: its 选出 elects no one)
    private static final String DEPUTIES_ELECTED = "(?<!将|要|应|拟)(?:选出(?!缺)|选举产生)[^。，,；;]{0,12}?(?:" + N + "名|新一届|第?" + N + "届)"
            + "[^。，,；;]{0,16}?(?:人大代表|人民代表大会代表)";

    /** Deputies of a congress (or the two sessions' deputies and members) arriving or registering for a sitting. */
    private static final String DEPUTIES_ARRIVE = "(?:人大代表|人民代表大会代表|代表、?委员|(?:人大|人代会)[^，。,：:\\n]{0,20}?代表团?)[^，。,：:\\n]{0,12}?"
            // to the capital (抵京, 赴北京), to wherever the session sits (抵达, 赴汉参加), or registering there (报到)
            + "(?:[抵赴到进](?:京|北京)|抵达|报到|(?:出发|启程|动身)?(?:赴|前往)[^，。,：:\\n]{1,6}?(?:参加|出席|参会))";

    /**
     * A meeting that hears or examines other than as the resolution opening does (会议审查, 会议认真审议, 会议听取 not
     * followed by 和审议了 or 并审议了, the opening's row of its own, in the lead): what every find of the row "the
     * meeting hears and approves" holds after its 次, written once for the row and for {@link #meetingHears}.
     */
    private static final String MEETING_HEARS = "会议(?:认真)?(?!听取(?:和|并)审议了)(?:听取|审查|审议)";
    private static final Pattern MEETING_HEARS_PATTERN = Pattern.compile(MEETING_HEARS);

    /**
     * Whether a text holds {@link #MEETING_HEARS}: tested only where a 会 stands ({@link KeyChars}), before the row's
     * regex, which spans up to 400 characters from each line start.
     */
    private static boolean meetingHears(String text) {
        return text.contains("会议") && KeyChars.find(KeyChars.matcher(MEETING_HEARS_PATTERN, text), text, 0, "会");
    }

    /** Whether a text names a deputies' liaison station or home (代表联络站, 代表之家, 进站): where deputies report between sessions. */
    private static boolean atLiaisonStation(String text) {
        return text.contains("联络站") || text.contains("代表之家") || text.contains("进站");
    }

    /** The longest paragraph read as a photo caption closed by its credit. */
    private static final int CREDITED_CAPTION_CHARS = 100;
    /** A photographer's credit closing a caption (记者某某摄, （某某 摄）, 某某 摄影). */
    private static final Pattern CAPTION_CREDIT = Pattern.compile("摄影?[）)]?$");

    /** The first line of the opening that is a credited photo caption showing a congress's sitting at work. */
    private static String captionOfASitting(String opening) {
        if (opening.indexOf('摄') < 0) {
            return null; // every credit (CAPTION_CREDIT) ends with 摄 or 摄影: most openings have none, and no line is tried
        }
        for (int from = 0, to; from <= opening.length(); from = to + 1) {
            to = lineEnd(opening, from);
            String line = opening.substring(from, to);
            if (line.length() <= CREDITED_CAPTION_CHARS && mayNameCongress(line) && CAPTION_CREDIT.matcher(line).find()) {
                String found = inSession(outsideTitles(line));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A party group meeting or studying: 党组会议, 党组召开会议, 党组扩大会议, 党组理论学习中心组; not the titles 党组书记, 党组成员. */
    private static final Pattern PARTY_GROUP_MEETS = Pattern.compile("党组(?!书记|副书记|成员)[^。，,；;]{0,6}?(?:会议|中心组|学习会)");
    /** A congress's own sitting named: then the party group's secretary chairs it, and the lead is news of the sitting. */
    private static final Pattern CONGRESS_SITTING_NAMED = Pattern.compile("(?:常委会|常务委员会|人民代表大会|人大)第?" + N + "次(?:全体)?会议|主任会议|主任会");

    /** The party group's meeting a text reports, unless it names a sitting of the congress or its standing committee. */
    private static String partyGroupMeets(String text) {
        if (text.indexOf("党组") < 0 || CONGRESS_SITTING_NAMED.matcher(text).find()) {
            return null;
        }
        return firstOrNull(PARTY_GROUP_MEETS, text);
    }

    /**
     * Deputies attending a session: 出席 or 参加 + the congress + its 会议 + 的…代表. The session may share the clause with the
     * CPPCC's (出席十四届全国人大四次会议、全国政协十四届四次会议的福建省全国人大代表和全国政协委员) and the deputies their
     * province or office (的85名广西代表): the clause, not a fixed distance, holds them.
     */
    private static final Pattern ATTENDING = Pattern.compile("(?:出席|参加)[^。，,；;]{0,12}" + CONGRESS + "[^。，,；;]{0,24}?会议的[^。，,；;]{0,12}?代表");

    /** The first {@link #IN_SESSION} find whose congress is not where a draft will be submitted ({@link #ON_ITS_WAY}). */
    private static String inSession(String text) {
        return firstKept(IN_SESSION, text, CONGRESS_FIRST_CHARS,
                m -> !ON_ITS_WAY.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find());
    }

    /**
     * The first find of {@code p} in {@code text} that {@code keep} keeps, abbreviated, or null: looked for only where
     * one of {@code firstChars} stands ({@link KeyChars}), the next find tried after each one left.
     */
    private static String firstKept(Pattern p, String text, String firstChars, Predicate<Matcher> keep) {
        Matcher m = KeyChars.matcher(p, text);
        for (int from = 0; KeyChars.find(m, text, from, firstChars); from = m.end()) {
            if (keep.test(m)) {
                return abbreviate(m.group());
            }
        }
        return null;
    }

    /** The text with the inside of every 《title》 removed: the names of laws and reports are not the bodies they name acting. */
    private static String outsideTitles(String text) {
        return text.indexOf('《') < 0 ? text : BOOK_TITLE.matcher(text).replaceAll("《》");
    }

    /** A year under the supervision of a congress (在县人大、县政协的监督支持下, 在县人大及其常委会的监督支持下). */
    private static final String UNDER_CONGRESS_SUPERVISION = "在[^。；;！!？?\\n]{0,40}?(?:人大|人民代表大会)[^。，,；;\\n]{0,16}?监督(?:和|与)?支持下";
    /**
     * Someone's words in a report, or what it holds, told as the report's: 在…工作报告中 and a verb of saying, or said while
     * delivering it (省长某某向大会作政府工作报告时提出, 作…报告（以下简称报告）时提出).
     */
    private static final String THE_REPORT_SAYS = "在(?:(?!审议|讨论|学习|听取|审查|解读)[^。，,；;：:“”\\n]){0,30}?工作报告》?中[，,]?"
            + "(?:(?!将)[^。，,；;：:“”\\n]){0,10}?(?:说|表示|指出|提出|强调|提到|提及|明确|写道)(?!的)"
            + "|(?<![工的])作[^。，,；;：:“”\\n]{0,20}?工作报告[^。，,；;：:“”\\n]{0,12}?时[，,]?(?:说|表示|指出|提出|强调)(?!的)";
    private static final Pattern THE_REPORT_SAYS_PATTERN = Pattern.compile(THE_REPORT_SAYS);
    /** Where every find of {@link #THE_REPORT_SAYS} starts: its 在, or the 作 of delivering (the look-behind reads before it). */
    private static final String THE_REPORT_SAYS_FIRST_CHARS = Vocabulary.firstChars(THE_REPORT_SAYS);
    /**
     * The year a work report's title may open with (2011年县政府工作报告, 2022年江西省政府工作报告, 1983年政府工作报告): document
     * sites and compilations file each year's report under it. Optional, before the government and its level.
     */
    private static final String REPORT_YEAR = "(?:" + FOUR_DIGIT_YEAR + "年度?)?";
    /** A notice's closing formula, and on the next line the congress body or election committee that issues it. */
    private static final String NOTICE_CLOSING = "^特此公告[。.]?$\\n^[^。，,\\n]{0,30}?(?:人民代表大会|人大)[^。，,\\n]{0,12}?$"
            + "|^特此公告[。.]?$\\n^[^。，,\\n]{0,30}?选举委员会$";
    /** A report on deputies' credentials: the credentials committee's, or one 关于…代表资格 (of a deputy or of all). */
    private static final String CREDENTIALS_REPORT = "(?:代表资格审查委员会|关于[^。，,\\n]{0,20}?代表资格)[^。，,\\n]{0,20}?报告";
    /** A presidium's numbered meeting: 主席团举行第三次会议, 主席团第一次会议. */
    private static final String PRESIDIUM_MEETING = "主席团(?:举行|召开)?了?第" + N + "次会议";
    /** A congress body (not its deputies) setting out on a research visit, an inspection or a hearing: 开展/进行/赴/到 + 调研/视察/听证. */
    private static final String BODY_OUT_ON_ITS_WORK = "(?:人大常委会|常务委员会|(?<!老年)人大(?!代表|常委会)|专门委员会|工委)[^。；;\\n]{0,30}?"
            + "(?:开展|进行|赴|到|深入|前往)[^。，,；;\\n]{0,20}?(?:调研|视察|执法检查|听证)";

    /**
     * Whether {@code at} does not stand inside quoted words: a “ opened on its line before it and not closed (a copy may
     * lose the closing mark; the quotation then runs to the line's end).
     */
    private static boolean outsideQuotes(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        return text.lastIndexOf('“', at) < lineStart || text.lastIndexOf('”', at) > text.lastIndexOf('“', at);
    }

    /** Watching a broadcast: 收听收看, or 收看/收听/观看 + what is broadcast (开幕式, 直播, 实况); not 观看警示教育片 at a sitting. */
    private static final String WATCHES_BROADCAST = "收听收看|收看收听|(?:收看|收听|观看)[^。，,；;]{0,30}?(?:开幕式|开幕会|闭幕式|闭幕会|直播|实况|盛况|电视)";
    /** A foreign legislature acting: 国会, 参议院, 众议院, 议会 + a vote or a member (not 审议会议, 全国会议, 中国会展). */
    private static final String FOREIGN_LEGISLATURE = "(?<![全中])国会(?:参众两院|两院|参议院|众议院)?(?:通过|推翻|否决|表决|选举|投票|议员|议长|批准|辩论)"
            + "|参议院|众议院|欧洲议会|国民议会|(?<![审商协评建])议会(?:通过|推翻|否决|表决|选举|投票|议员|议长|批准)";
    /**
     * A roll call against the quorum: who should attend (应到代表N名, 应到主席团成员N人), who did (实到N人, after any on leave,
     * 因事因病请假N名) and that they make the quorum (符合法定人数, 出席人数符合开会法定人数), in one sentence.
     */
    private static final String QUORUM_COUNTED = "应到[^。；;！!\\n]{0,24}?实到[^。；;！!\\n]{0,30}?(?:符合|达到|超过)[^。；;！!\\n]{0,4}?法定人数";
    /** Who else votes with abstentions counted: the UN's bodies and foreign legislatures. */
    private static final List<String> FOREIGN_VOTERS = List.of("联合国", "联大", "安理会", "国会", "议会", "参议院", "众议院");
    /**
     * The two sessions convened or opened, no press, hotline or security between (两会密集召开, 两会今起召开, 两会召开时间确定);
     * not the moment a text is set in (写在两会开幕之际, 两会开幕在即, 两会召开前夕: a commentary's or a preview's setting).
     */
    private static final String TWO_SESSIONS_CONVENED = "两会[”\"」]?(?:(?!发布|记者|新闻|热线|安保|消防|期间|前夕|两会)[^，。,；;！!\n]){0,6}?(?:召开|开幕)"
            + "(?!之际|在即|前夕|之前|前)";

    /** The name of the cue for a report's own voice (ReportVoice), shared by the cue and the rows it silences with. */
    private static final String REPORT_VOICE = "the report's own voice (一年来，常委会…/请予审议)";

    /**
     * The evidence list. To teach the classifier something new, add a row: category, where it looks, a name a user
     * understands, a weight, and what to look for. Weights: 4 decides on its own, 3 decides unless contradicted,
     * 2 and less only tips the balance.
     */
    public static final List<Cue> CUES = List.of(
            // Session notices and session news.
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "congress notice (公告)", 4.0,
                    CONGRESS + ".{0,40}公告|(?:常务委员会|常委会|主席团|选举委员会).{0,20}公告"),
            Cue.of(Category.SESSION_NOTICE, Where.OPENING, "congress notice (公告) heading", 3.0,
                    "^.{0,40}" + CONGRESS + ".{0,30}公告$"),
            Cue.when(Category.SESSION_NOTICE, Where.OPENING, "notice number (第N号)", 2.5,
                    text -> (text.contains("人大") || text.contains("人民代表大会") || text.contains("选举")) && hasNumberNo(text)
                            ? firstOrNull(NOTICE_NUMBER, text)
                            : null),
            // A congress named inside a title in 《》 is a name, not a body at work: 《…人民代表大会选举法》 holds no election.
            Cue.when(Category.SESSION_NOTICE, Where.HEADLINE, "congress in session (issuer + proceedings)", 3.5,
                    text -> mayNameCongress(text) ? inSession(outsideTitles(text)) : null),
            Cue.when(Category.SESSION_NOTICE, Where.LEAD, "congress in session (issuer + proceedings)", 3.0,
                    text -> !mayNameCongress(text) || RESOLUTION_OPENING.matcher(text).lookingAt() ? null : inSession(outsideTitles(text))),
            // Deputies who attend a session (出席十届全国人大二次会议的代表今天抵京): arrivals and deputies at work are news of the
            // session, whatever they do that day. The same evidence as the session at work: counted when that did not fire.
            Cue.when(Category.SESSION_NOTICE, Where.LEAD, "deputies attending a session (出席…会议的代表)", 3.0,
                    text -> !mayNameCongress(text) || text.indexOf("出席") < 0 && text.indexOf("参加") < 0 || inSession(outsideTitles(text)) != null ? null
                            : firstOrNull(ATTENDING, text)),
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "deputies deliberate", 2.0, "代表.{0,8}(?:审议|讨论|议政|建言|热议|评议)"),
            // Deputies home again once the session has closed (我州全国人大代表返回延吉, 出席全国两会的代表委员载誉归来): who met them
            // and what they say of the session afterwards, no sitting at work; the session their lead names is where they were
            // (SILENCES). Not deputies back at their hotel between sittings (返回驻地).
            Cue.of(Category.OTHER, Where.HEADLINE, "deputies home after the session (代表…返回/载誉归来)", 2.0,
                    "代表[^，,。；;！!\\n]{0,12}?(?:返回|返抵|回到|载誉归来|载誉而归|凯旋)(?!驻地)"),
            // 议案 are the motions deputies bring to a congress or its standing committee (the CPPCC's are 提案): a headline
            // about them (deputies preparing, submitting or handling motions) is congress business even when no session is named.
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "deputies' motions (议案)", 2.0, "议案"),
            // The lead may tell of them too, when the headline is lost (很多代表都已经把填写议案、建议的表格拿走了).
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "deputies' motions (议案)", 1.0, "议案"),
            // 会议听取审议了…的报告 with no resolution wording: a standing-committee or session meeting at work.
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "a meeting hears reports (会议听取审议)", 1.0, "^.{0,12}会议听取(?:并|和)?审议了?"),
            // A lead that puts a text to the vote (表决《…决议》) reports the session at work, whatever the text says.
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "a vote in session (表决《…》)", 1.5, "表决(?:通过)?了?《[^》]{0,80}(?:决议|决定|名单|办法)"),
            // Deputies meet in groups or delegations (分组审议, 分团讨论, 分6个团对…进行了讨论): the session at work.
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "deputies deliberate", 1.5,
                    "代表团.{0,20}(?:审议|讨论)|分(?:组|团|" + N + "个(?:小组|组|代表团|团)).{0,20}(?:审议|讨论)"
                            // the groups' meeting named as the setting (在小组审议会上，人大代表们…): 审议, as deputies do;
                            // a party plenum's or the CPPCC's groups hold 讨论会
                            + "|小组审议会")
                    .unless(ArticleClassifier::cppccMembersMeet), // the CPPCC's members meet in groups too (委员们分组讨论)
            // Each distinct proceedings term counts: three or more outweigh the prior for other, so session news whose
            // headline the page lost is still session news; the cap keeps a long article from deciding by length. A body
            // that names the CPPCC more often than the congress is about CPPCC proceedings: its vocabulary does not count.
            Cue.counted(Category.SESSION_NOTICE, Where.BODY, "session vocabulary", 0.5, 2.5,
                    "主席团|预备会议|全体会议|代表团|议程|表决通过|当选|选举产生|执行主席|大会秘书处|秘书长|议案|闭幕|开幕|列席|人大常委会|审议|人大代表"
                            // the national standing committee's chairmen's meeting: it sits only to prepare the committee's sittings
                            + "|委员长会议"
                            + "|" + SESSION_ACTS)
                    // (nor one about a party congress: it too has a presidium, a preparatory meeting and a secretary-general)
                    .unless(text -> aboutCppcc(text) || PartyCongress.isAbout(text)),
            Cue.of(Category.SESSION_NOTICE, Where.BODY, "a congress session named (人大N次会议)", 0.5,
                    "(?:人民代表大会|人大)(?:第)?" + N + "次会议"),

            // Resolutions and decisions of a congress or its standing committee.
            Cue.of(Category.RESOLUTION, Where.HEADLINE, "title names a 决议/决定", 3.0, "关于.{1,80}的(?:决议|决定)"),
            // 决定批准…工作报告: the congress acts on a report; the article is its decision or news of it, not the report.
            Cue.of(Category.RESOLUTION, Where.HEADLINE, "the congress approves a report (决定批准…报告)", 3.0, "决定批准.{0,30}报告"),
            // A resolution whose page lost its headline (printed twice, the copy glued to the date, a title too long for one)
            // opens with its title: the congress, 关于…的决议/决定, no verb before it. News of a vote tells a sentence
            // (3月5日，…表决通过了关于…的决议，…).
            Cue.of(Category.RESOLUTION, Where.OPENING, "a resolution's title opens the text", 2.0, RESOLUTION_TITLE_LINE),
            Cue.of(Category.RESOLUTION, Where.HEADLINE, "title ends with 决议/决定", 1.5, "(?:决议|决定)(?:[（(]草案[)）])?$"),
            Cue.when(Category.RESOLUTION, Where.OPENING, "adoption line (…通过)", 3.0, ArticleClassifier::adoptionLine),
            Cue.when(Category.RESOLUTION, Where.OPENING, "adoption line run into its text ((…会议通过)…)", 3.0,
                    ArticleClassifier::gluedAdoptionLine),
            // A resolution on a report opens with the meeting as its subject and no date: 某某人民代表大会第N次会议听取和审议了
            // …报告. News of the sitting dates it (3月12日上午…举行) and puts the hearing in a later clause.
            Cue.when(Category.RESOLUTION, Where.LEAD, "resolution opening (…会议听取和审议了…)", 3.5,
                    text -> firstOrNull(RESOLUTION_OPENING, text)),
            Cue.counted(Category.RESOLUTION, Where.BODY, "resolution wording", 1.0, 2.5,
                    "会议决定批准|决定批准(?:这个|该)|予以批准|(?:认为|批准|同意)(?:这个|该)报告|会议同意|会议批准|会议充分肯定|会议要求|会议号召|会议强调|会议认为|批准.{2,30}所作的")
                    .unless(ArticleClassifier::namesNoCongress), // only a congress resolves: 会议强调 of an economic-analysis meeting is no resolution
            Cue.of(Category.RESOLUTION, Where.OPENING, "decision preamble (作如下决定)", 3.0, "作如下决定[:：]?$|特作如下决定"),
            // The decision itself, whatever heads it: its adoption line, title or issuer in full, a congress the adopter, then
            // its operative voice (决定：, 作如下修改, 本决定自…施行) before any reporting voice (DecisionText). Read in the body's
            // first lines: a promulgating 公告 may stand between the adoption line and the operative words.
            Cue.when(Category.RESOLUTION, Where.BODY, DECISION_ITSELF, 3.0, DecisionText::congressDecision),
            // A notice that promulgates the decision it prints (…的决定》已由…通过，现予公布): its heading, number and 特此公告
            // present that text (SILENCES); a notice whose own act is the decision (one convening a session) stays a notice.
            Cue.when(Category.RESOLUTION, Where.BODY, DECISION_PROMULGATED, 1.0, DecisionText::promulgatedDecision),
            // The reverse: an adoption line whose adopter is the CPPCC or the party heads that body's 决议, no congress's.
            Cue.when(Category.OTHER, Where.OPENING, ADOPTED_BY_NO_CONGRESS, 3.0, DecisionText::otherBodysAdoption),

            // A meeting held to relay or study a session's spirit (省人大常委会召开会议传达十三届全国人大一次会议精神): the body
            // at work after the session, not a sitting of its own; unless it is a numbered sitting that also relays it.
            Cue.when(Category.OTHER, Where.HEADLINE, "relaying a session's spirit (传达…精神)", 3.0, ArticleClassifier::relaysSpirit),
            Cue.when(Category.OTHER, Where.LEAD, "relaying a session's spirit (传达…精神)", 2.5, ArticleClassifier::relaysSpirit),
            // 代表 are the congress's deputies, 委员 the CPPCC's members (not a standing committee's 委员, not 委员会, 委员长, not
            // 代表委员, both bodies' people at the two sessions): members who deliberate are the CPPCC's session at work.
            Cue.of(Category.OTHER, Where.HEADLINE, "CPPCC members deliberate (委员…讨论)", 2.0,
                    "(?<!常委会|常务委员会|常委|组成人员|代表)委员(?!会|长)们?[^，。,]{0,8}(?:审议|讨论|议政|建言|热议|协商|履职)"),

            // An explainer of how congresses work (人大制度基本知识, 人民代表大会会议流程图, 选举知识问答): it tells how a session or an
            // election goes, not that one took place.
            Cue.of(Category.OTHER, Where.HEADLINE, "explainer (基本知识/流程图/知识问答)", 3.0,
                    "基本知识|小知识|知识问答|知识解答|应知应会|流程图|名词解释|是什么[？?]?$|科普"
                            // a reader's question as the headline (代县长是什么意思, 什么是人大代表, 有何区别): an answer follows
                            + "|是什么意思|什么意思[？?]?$|^什么是|怎么回事[？?]?$|有(?:何|什么)区别[？?]?$"),

            // --- Issue 8: what congress bodies and deputies do besides sitting, and how a sitting's acts are printed. ---
            // Only a standing committee names an acting governor, mayor or county head (when the head resigns between
            // sessions): the appointment is news of its meeting.
            // (代省长, 代市长 are the papers' short form of 代理省长: the same act)
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "a standing committee names an acting head (任…代理省长)", 3.0,
                    "(?:任|为|出任|担任|任命)[^，。,：:]{0,15}代理?" + HEADS),
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "a standing committee appoints (…常委会…决定任命)", 2.5,
                    "(?:人民代表大会|人大)(?:常务委员会|常委会)[^。]{0,30}?决定(?:任命|[:：，,]?(?:任命|免去|接受)|[:：][^。]{0,30}?(?:为|任)[^。]{0,20}?代理)"),
            // The personnel acts of a congress or its standing committee (任命, 任免, 免去, 罢免, accepting a resignation) are
            // decided only at its sittings: told with the body as their actor (某某人大常委会任命38名人民陪审员, 某省人大常委会第N次
            // 会议通过了人事任免事项) they are news of a sitting though the word 会议 may be missing.
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "a congress body's personnel acts (人大常委会任命/任免/接受辞职)", 3.0,
                    PERSONNEL_ACTS),
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "a congress body's personnel acts (人大常委会任命/任免/接受辞职)", 2.0,
                    PERSONNEL_ACTS),
            // Deputies' credentials are examined only for a congress's session or its standing committee's sitting (代表资格审查
            // 委员会关于代表资格的审查报告, 关于个别代表的代表资格的报告): the credentials committee's report is session business,
            // a report that is no work report.
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "deputies' credentials examined (代表资格审查…报告)", 3.0, CREDENTIALS_REPORT),
            // The report's own first sentence names it when the copy lost its title (新华社某日讯 …代表资格审查委员会关于代表资格的
            // 审查报告。), and news of the sitting names it heard: the session's business either way.
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "deputies' credentials examined (代表资格审查…报告)", 2.5, CREDENTIALS_REPORT),
            // The operative text of a decision without its title or adoption line: 根据《宪法》《组织法》…某某人大常委会第N次会议
            // 决定：… (an appointment decided so, 决定：任命… or 决定：某某为代理省长, is appointment news instead).
            Cue.of(Category.RESOLUTION, Where.OPENING, "decision preamble (根据…会议决定：)", 3.5,
                    "^(?:根据|依照|依据)[^。\\n]{0,160}?(?:人民代表大会|人大)(?:常务委员会|常委会)?第?" + N + "次(?:全体)?会议决定[:：]"
                            + "(?!任命|免去|接受|[^。\\n]{0,20}?为[^。\\n]{0,20}?" + HEADS + ")"),
            // A decision's operative sentence with the meeting as its subject and no date before it (县第十九届人民代表大会常务
            // 委员会第七次会议决定，县第十九届人民代表大会第二次会议于…召开): the decision itself, even without its title. News
            // dates the sitting first (28日召开的…会议决定…); an appointment decided so is appointment news (as above).
            Cue.of(Category.RESOLUTION, Where.LEAD, "the meeting decides (…常务委员会第N次会议决定，…)", 3.0,
                    "^[^，,。\\d日]{2,40}(?:人民代表大会|人大)(?:常务委员会|常委会)第?" + N + "次(?:全体)?会议决定[，,：:]"
                            + "(?!任命|免去|接受|[^。]{0,20}?为[^。]{0,20}?" + HEADS + ")")
                    // A decision's own text names the bodies in full (第十三届全国人民代表大会常务委员会第十七次会议决定：…); the
                    // reporter's abbreviation (十三届全国人大常委会第十七次会议决定：…将于…召开) reports the decision: session news.
                    .unless(text -> ABBREVIATED_DECIDER.matcher(text).lookingAt()),
            // 提请…审议的议案 is the paper a government (or a standing committee's chairmen) puts before a congress: the
            // submitter's document, not news of the sitting that takes it up (…会议审议…提请的议案 stays session news).
            Cue.of(Category.OTHER, Where.HEADLINE, "a motion submitted to a congress (提请…议案)", 3.0,
                    "^(?!.*(?:会议|听取|通过|表决|审议了)).{0,40}提请.{0,60}议案"),
            // Deputies meet their voters between sessions (联系社区, 接待选民, 代表接待日, 视察, 调研): their work, no sitting. Not
            // where a sitting is named or deputies deliberate (代表审议时建议加强调研 is the session at work).
            Cue.of(Category.OTHER, Where.HEADLINE, "deputies' work outside a session (联系社区/接待选民/视察)", 3.0,
                    "代表(?!大会|团)[^。，,]{0,20}(?:联系(?:社区|选民|群众)|接待(?:选民|群众|日)|进社区|下社区|进站|走访|视察|调研|述职)")
                    .unless(ArticleClassifier::deliberatesInSitting),
            Cue.of(Category.OTHER, Where.LEAD, "deputies' work outside a session (联系社区/接待选民/视察)", 2.0,
                    "联系(?:社区|选民)|接待选民|选民接待|代表接待日|下社区|进社区|走访选民|代表联络站|代表之家")
                    .unless(ArticleClassifier::deliberatesInSitting),
            // A conference about congress work (推进会, 交流会, 座谈会, 培训班) is the bodies at work between sittings.
            Cue.when(Category.OTHER, Where.HEADLINE, "a work conference, no sitting (召开…推进会/座谈会/培训班)", 2.5,
                    ArticleClassifier::workConference),
            Cue.when(Category.OTHER, Where.LEAD, "a work conference, no sitting (召开…推进会/座谈会/培训班)", 2.0,
                    ArticleClassifier::workConference),
            // A place or body convening its congress's session (龙正镇召开第八届人民代表大会第二次会议, 举行县十七届人大常委会第十次
            // 会议): the verb before the congress, an order the issuer-then-proceedings cue does not read. Not a meeting held to
            // relay or study a session (召开会议传达十三届全国人大一次会议精神): no 会议, 传达 or 学习 between the verb and the congress.
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "a congress session convened (召开…人大第N次会议)", 3.5, CONVENED),
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "a congress session convened (召开…人大第N次会议)", 3.0, CONVENED),
            // Sidelights and press conferences of a session: a delegation at work (正在审议…的河北代表团) or the session's
            // press conference (省十四届人大五次会议新闻发布会) in the opening is the session, whatever the headline says.
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "a delegation at work (审议…的代表团)", 1.5, "(?:审议|讨论)[^。]{0,20}的[^。]{0,8}代表团"),
            // A lead set during a sitting (十四届全国人大二次会议期间, 大会驻地, 会场内外): what follows happens at the session.
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "during a sitting (人大N次会议期间)", 1.5,
                    "(?:人民代表大会|人大)[^。，,]{0,6}?第?" + N + "次(?:全体)?会议(?:期间|会场|驻地|间隙|休息)"),
            // (looked for only in openings that name a press conference: many name a sitting, few a press conference)
            Cue.when(Category.SESSION_NOTICE, Where.OPENING, "a session's press conference (人大N次会议新闻发布会)", 2.5,
                    text -> namesAny(text, PRESS_CONFERENCE_WORDS) ? firstOrNull(SESSION_PRESS_CONFERENCE, text) : null),
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "session in pictures (人代会掠影)", 3.0, SESSION_PHOTOS),
            // The paper announcing its own service for the session (本报将开通两会热线, 开设…专栏): the paper's notice, not news of the session.
            Cue.of(Category.OTHER, Where.LEAD, "the paper's own service (本报开通…热线/专栏)", 2.0,
                    "本报(?:将|已|特|今起|即日起)?(?:开通|开设|推出|设立)[^。，,]{0,12}(?:热线|专线|专栏|栏目|信箱|邮箱|公众号)"),

            // Work reports, their summaries and continuation fragments.
            Cue.of(Category.WORK_REPORT, Where.HEADLINE, "title is a work report", 3.5,
                    "^(?:" + REPORT_YEAR + "(?:[^，。,：:\\s]{0,8}?[省市县区州旗盟])?政府|(?:(?!批准|通过|审议|听取).){0,20}(?:人民政府|常务委员会|常委会|法院|检察院))?工作报告(?:[（(]摘要[)）]|摘要|[（(]?(?:全文|节选|摘登|征求意见稿|讨论稿)[)）]?)?$"),
            // A headline about the report's content (成都市政府工作报告丨…, 一文看清政府工作报告…): the report is the subject.
            Cue.of(Category.WORK_REPORT, Where.HEADLINE, "the work report is the subject", 2.5,
                    "^.{0,15}政府工作报告》?[丨|｜:：]|(?:看清|读懂|速览|划重点|解码).{0,6}政府工作报告|政府工作报告.{0,6}(?:重点|亮点|要点|热词|新词)"),
            // 作 is "delivers" only on its own: the 作 of 工作 (区政府工作报告和…工作报告) delivers nothing.
            Cue.of(Category.WORK_REPORT, Where.HEADLINE, "someone delivers a work report (作…工作报告)", 2.0, "(?<!工)作.{0,12}工作报告$"),
            Cue.of(Category.WORK_REPORT, Where.HEADLINE, "speech at a congress session (——在…会议上)", 3.0,
                    "——.{0,40}在.{0,40}(?:人民代表大会|人大).{0,20}会议上"),
            // A heading that is nothing but a report's section (2024年的主要工作, 一、今年的主要任务): a page printing part of the
            // report under its section head. Not a headline that does something with the work (部署2025年主要工作).
            Cue.of(Category.WORK_REPORT, Where.HEADLINE, "section of a work report (工作回顾/主要预期目标)", 2.5,
                    "工作回顾|工作安排|主要预期目标|主要目标任务|总体要求"
                            + "|^(?:[一二三四五六七八九十]+、)?(?:\\d{4}年|今年|过去一年|过去五年)的?主要(?:工作|任务)$"),
            Cue.of(Category.WORK_REPORT, Where.HEADLINE, "release of a work report (受权播发/全文)", 3.0,
                    REPORT_RELEASED + "|工作报告(?:》)?(?:全文|要点|摘要|图解)"),
            Cue.of(Category.WORK_REPORT, Where.LEAD, "release of a work report (受权播发/全文)", 3.0, REPORT_RELEASED),
            Cue.of(Category.WORK_REPORT, Where.LEAD, "a body delivers its work report", 2.0,
                    "代表(?:国务院|.{0,10}人民政府|.{0,10}政府|.{0,10}常委会).{0,20}(?<!工)作.{0,6}工作报告"),
            Cue.of(Category.WORK_REPORT, Where.OPENING, "address to the deputies (各位代表)", 3.0, "^各位代表[:：，,]?"),
            Cue.of(Category.WORK_REPORT, Where.OPENING, "reporting on behalf of a body (我代表…报告)", 3.0,
                    "我代表.{0,30}(?:人民政府|政府|常务委员会|常委会|法院|检察院).{0,20}(?:向大会|报告)"),
            // 政府工作报告中，… / 工作报告提出…: the lead tells what the report says.
            Cue.of(Category.WORK_REPORT, Where.LEAD, "report content (工作报告显示/提出)", 2.0,
                    "工作报告》?(?:显示|提出|指出|明确|回顾|总结|强调|称|说|中[，,])")
                    // a lead that opens with a quotation is someone's words (a deputy's reaction), not the report's content
                    .unless(ArticleClassifier::opensWithAQuotation),
            // A line that is a section heading of a work report (一、2024年工作回顾, ■ 2025年经济社会发展的主要预期目标): the report
            // itself or its summary, even when the copy lost its headline.
            Cue.of(Category.WORK_REPORT, Where.BODY, "section heading of a work report", 2.0,
                    "^[■●◆▲□\\s]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d+[.、．])?\\s*[^。，,；;：:\\n]{0,16}"
                            + "(?:工作回顾|工作安排|主要预期目标|主要目标任务|总体要求和重点任务|工作总体要求)$"),
            // The report's own voice in the opening (一年来，常委会坚持…; 过去一年，我们…; 请予审议), no reporter telling a sitting:
            // the text of the report, even when its title is lost (ReportVoice). Its session words are then its own
            // account of the committee's sittings (SILENCES). Not a CPPCC body's report, which speaks the same way.
            Cue.when(Category.WORK_REPORT, Where.OPENING, REPORT_VOICE, 2.0, ReportVoice::ownVoice)
                    .unless(ArticleClassifier::aboutCppcc),
            Cue.counted(Category.WORK_REPORT, Where.BODY, "work report sections and address", 1.0, 3.0,
                    "过去一年|过去五年|今后五年|今年政府工作|主要预期目标|工作回顾|工作安排|总体要求|各位代表|向大会报告|请予审议|提请.{0,6}审议"),
            Cue.counted(Category.WORK_REPORT, Where.BODY, "report vocabulary", 0.25, 2.0,
                    "一年来|我们(?:将|要|坚持|把|深入|持续|大力|加快|着力|坚定|始终)|^[（(][一二三四五六七八九十][）)]|^[一二三四五六七八九十]、"
                            + "|[●■◆▲]|稳中求进|高质量发展|切实|扎实推进|全力|着力|加快|持续|深化"),

            // Other: the traps that talk like congress business.
            Cue.of(Category.OTHER, Where.HEADLINE, "CPPCC session (政协)", 3.5, CPPCC + ".{0,30}?" + PROCEEDINGS + "|^" + CPPCC),
            // A 决定/决议 of a CPPCC body is no congress resolution, however it is worded and adopted.
            Cue.of(Category.OTHER, Where.HEADLINE, "decision of a CPPCC body", 4.0, CPPCC + ".{0,40}关于.{0,80}的(?:决定|决议)"),
            Cue.of(Category.OTHER, Where.LEAD, "CPPCC session (政协)", 3.0, "^.{0,25}" + CPPCC + ".{0,30}?" + PROCEEDINGS),
            Cue.of(Category.OTHER, Where.HEADLINE, "party plenum or party committee meeting", 3.5,
                    PARTY_COMMITTEE_MEETING + "|[省市县区州]委(?:常委会|全会|全体|常委扩大|理论学习|中心组)|全会|党代会|党的.{0,10}代表大会"
                            // the party congress's middle name (浦东新区第五次党代表大会今开幕), between 党代会 and 党的…代表大会
                            + "|党代表大会"),
            Cue.of(Category.OTHER, Where.LEAD, "party plenum or party committee meeting", 3.0, PARTY_MEETING_OPENING.pattern())
                    .unless(text -> opensWithAYearsMark(text) || plenumOnlyInSetting(text)),
            // Three or more different adoption lines: an index or list of laws, not one resolution.
            Cue.when(Category.OTHER, Where.BODY, "list of adoption lines (law index)", 4.0, ArticleClassifier::adoptionList),
            Cue.of(Category.OTHER, Where.HEADLINE, "economic-work conference", 3.5, "经济工作会议"),
            Cue.of(Category.OTHER, Where.LEAD, "economic-work conference", 3.0, "^.{0,40}经济工作会议"),
            Cue.of(Category.OTHER, Where.HEADLINE, "statistical bulletin", 4.0, STATISTICAL_BULLETIN),
            Cue.of(Category.OTHER, Where.LEAD, "statistical bulletin", 3.5, STATISTICAL_BULLETIN),
            Cue.when(Category.OTHER, Where.BODY, "bulletin phrasing without a speaker", 2.5, ArticleClassifier::bulletinPhrasing),
            // A statistics release for part of a year opens with the period and the area's output (一季度，全县实现地区生产总值
            // …增长4.6%): a report reviews a year or a term and speaks (过去一年，我们…); news of a session tells the sitting.
            Cue.of(Category.OTHER, Where.LEAD, "figures for part of a year (一季度/上半年，全县实现…增长)", 2.5, PART_OF_A_YEAR_FIGURES),
            Cue.of(Category.OTHER, Where.HEADLINE, "editorial or commentary", 3.0,
                    "社论|评论员|本报评论|短评|述评|时评|手记|随笔|日记|开栏的话|编者按|热烈祝贺|感言|心声|有感|札记|观察|侧记|花絮|一线|答记者问|解读|幕后|揭秘|一图读懂|数读|小说"),
            Cue.of(Category.OTHER, Where.LEAD, "editorial or commentary", 2.0, "^.{0,10}(?:社论|评论员|编者按|开栏的话)"),
            // The paper speaking for itself (我们对大会的圆满成功表示热烈祝贺): an editorial on the session, not news of it.
            Cue.of(Category.OTHER, Where.OPENING, "the paper congratulates (我们…表示热烈祝贺)", 3.5,
                    "我们(?:向|对)[^。！!\\n]{0,30}表示(?:热烈|衷心|诚挚)的?祝贺"),
            // Officials of a congress on a visit or an inspection tour: the body at work between sessions, no session.
            Cue.of(Category.OTHER, Where.LEAD, "a visit or inspection (调研/视察/考察)", 2.0,
                    "(?:带领|带队|率领|一行)[^。]{0,40}(?:调研|视察|考察)|莅临[^。]{0,30}(?:调研|视察|考察)|来我[县市区省][^。]{0,20}(?:调研|视察|考察)"
                            // a body or its committee goes somewhere to look (区人大常委会侨民宗工委赴某街道实地调研)
                            + "|赴[^。，,]{0,30}(?:调研|视察|考察)"),
            Cue.of(Category.OTHER, Where.HEADLINE, "government executive or plenary meeting", 3.5,
                    "常务会议|政府全体(?:扩大)?会议|办公会议|市长办公会|县长办公会"),
            Cue.of(Category.OTHER, Where.LEAD, "government executive or plenary meeting", 3.0, "^.{0,40}(?:常务会议|政府全体(?:扩大)?会议)"),
            Cue.of(Category.OTHER, Where.HEADLINE, "speech at a party or work meeting", 3.0,
                    "在.{0,40}(?:[省市县区州]委|党委|党组|中共|经济工作会议|全会|干部大会|工作会议|座谈会).{0,20}(?:上|讲话)"),
            Cue.of(Category.OTHER, Where.HEADLINE, "document of a party committee or government", 4.0,
                    "(?:人民政府|办公厅|办公室|党委|[省市县区州]委(?!员)|中共|国务院).{0,40}关于.{0,80}的(?:决定|通知|意见|办法|批复|公告|通报)"),
            // A title that is a regulation names it (…管理办法, 关于…的规定); a headline that says what happens to one (草案二审稿增加
            // 有关…的规定, 出台新规定) is news about it.
            Cue.of(Category.OTHER, Where.HEADLINE, "regulation or rules (条例/办法/规则)", 2.5,
                    "^(?!.*(?:增加|修改|删除|审议|通过|出台|发布|印发|施行|实施|明确)).*(?:条例|办法|规则|规定|细则|章程|" + RULES_OF_WORK + ")(?:[（(]草案[)）])?"
                            + REGULATION_STATUS + "$"),
            // A body laid out as a regulation's articles (第一条 根据…，制定本办法。): the regulation itself, whose first article
            // names the bodies it governs, even when the page lost the regulation's name.
            Cue.of(Category.OTHER, Where.BODY, "articles of a regulation (第一条…制定本办法)", 2.0, REGULATION_ARTICLES),
            Cue.of(Category.OTHER, Where.HEADLINE, "forum or consultation", 2.0, "座谈会|征求意见|征集|意见建议|恳谈|协商会"),
            Cue.of(Category.OTHER, Where.LEAD, "forum or consultation", 1.5, "座谈会|征求意见|征集"),
            // A notice inviting the public's comment on a draft (关于《…条例(草案)》公开征求意见的公告) is the legislature's
            // consultation, not a session's notice: it names the sitting that read the draft, and nothing is decided.
            Cue.of(Category.OTHER, Where.HEADLINE, "public comment on a draft (…草案…征求意见)", 2.0, DRAFT_CONSULTATION),
            Cue.of(Category.OTHER, Where.HEADLINE, "speech (讲话)", 1.5, "讲话|致辞"),
            // A speech opens by addressing the room (同志们：, 各位领导、同志们：); a work report addresses the deputies (各位代表).
            Cue.of(Category.OTHER, Where.OPENING, "address to a meeting (同志们：)", 3.0,
                    "^(?:各位领导|尊敬的[^：:\\n]{1,20})?[、，,]?(?:各位)?同志们?[:：，,！!]"),
            Cue.of(Category.OTHER, Where.HEADLINE, "photo feature", 4.0, PHOTO_WORDS),

            // --- Issue 8, texts about congresses that are no news of a sitting, and texts delivered at one (genre/f). ---
            // A definition opens an explainer (代县长一般是指未经…选举产生的县长), or what a term covers (县级人大的选举范围是：…,
            // 选举程序为：…): the lead says what a word means or how a thing goes, not what happened.
            Cue.of(Category.OTHER, Where.LEAD, "a definition (…是指…)", 2.0, "^[^。，,：:；;]{1,20}?(?:一般|通常|主要)?(?:是指|指的是)"
                    + "|^[^。，,：:；;]{1,20}?(?:范围|含义|定义|概念|程序|流程|条件)(?:是|为|包括)[:：]"),
            // A book's volume, part or chapter heading (上册第一篇 地方人民代表大会, 第三章 人民代表大会): a gazetteer or a
            // handbook telling how the congresses came about, not news.
            Cue.of(Category.OTHER, Where.HEADLINE, "a book's part or chapter (上册/第一篇/第N章)", 3.0,
                    "^(?:[上中下]册|第[" + NUMERALS + "]+(?:篇|章|编|卷)(?![^\\n]{0,6}(?:会议|通过)))"),
            // An encyclopedia entry (中文名 / 外文名 / 开幕时间 fields of its infobox, each on a line of its own): a reference
            // text on a session or a body, however much of the session it tells.
            Cue.of(Category.OTHER, Where.BODY, "an encyclopedia entry (中文名/外文名)", 4.0, "^(?:中文名|外文名|英文名)称?(?:[:：][^。\\n]{0,40})?$"),
            // An opinion column's label before the headline (【热门话题】, 【评论】, 〖观点〗): the paper's commentary on the
            // session or the report it names, not news of it. A news column (【两会快讯】) names none of these words, and a
            // column of deputies' views (【两会话题】) is no opinion of the paper's: 话题 alone is not one.
            Cue.of(Category.OTHER, Where.HEADLINE, "opinion column label (【热门话题】/【评论】)", 3.0,
                    "[【\\[〖][^】\\]〗\\n]{0,6}(?:热门话题|评论|观点|视点|杂谈|漫谈|笔谈|快评|锐评|评说|论坛)[】\\]〗]"),
            // A congress body's party group meeting (市人大常委会党组召开会议, 党组理论学习中心组学习): the party at work, other,
            // as a party committee's meeting is. Not 党组书记 or 党组成员, the titles that name who chairs a sitting.
            Cue.when(Category.OTHER, Where.HEADLINE, "a party group's meeting (党组会议)", 3.5, ArticleClassifier::partyGroupMeets),
            Cue.when(Category.OTHER, Where.LEAD, "a party group's meeting (党组会议)", 3.0, ArticleClassifier::partyGroupMeets),
            // An essay on congress work (浅谈基层人大监督工作, 试论…, 人大代表履职之我见, 关于…的几点思考): an author's view, the
            // genre's research and opinion pieces, not news of a sitting.
            Cue.of(Category.OTHER, Where.HEADLINE, "an essay (浅谈/试论/之我见/的思考)", 3.0,
                    "^(?:浅谈|浅析|浅议|试论|略论|简论|刍议)|之我见|的(?:几点)?(?:思考|探析)$"),
            // A year looked back on (站在2024年的起点回首过往，市人大常委会2023年的工作…, 盘点2023): a review of a body's year,
            // told after it, not a sitting reported.
            // Not a lead that looks back with a work report (回首2023年，政府工作报告…): that is the report's content.
            Cue.of(Category.OTHER, Where.LEAD, "a year in review (回首/盘点)", 2.0, "^.{0,40}?(?:回首|回眸|回望|盘点|细数)")
                    .unless(text -> text.contains("工作报告")),
            // Taiwan's legislature (立法院) is no people's congress: its sittings, and commentary comparing it with the
            // congresses (立院「人大化」), are other.
            Cue.of(Category.OTHER, Where.HEADLINE, "Taiwan's legislature (立法院)", 3.0, "立法院"),
            Cue.of(Category.OTHER, Where.BODY, "Taiwan's legislature (立法院)", 2.0, "立法院"),
            // A sitting told as history: the lead dates a sitting in a year the text itself looks back on from a later
            // time (1966年7月7日，三届全国人大常委会举行… and later 上世纪80年代…). News of a sitting is written days after it.
            Cue.when(Category.OTHER, Where.BODY, "a sitting told as history (a dated lead, later years after)", 2.5, History::toldAsHistory),
            // An anniversary told from its day (70年前的今天，第一届全国人民代表大会第一次会议在北京开幕): the sitting is history.
            Cue.of(Category.OTHER, Where.LEAD, "an anniversary (N年前的今天)", 2.5,
                    "[" + NUMERALS + "]+年前的(?:今天|这一天|这个[春夏秋冬]天|[" + NUMERALS + "]+月)"),
            // The title of an explanation of a draft (关于《…办法（草案）》的说明), and its opening (现对《…（草案）》起草情况作如下说明):
            // the drafter's explanation delivered to a sitting, not news of the sitting.
            Cue.of(Category.OTHER, Where.HEADLINE, "explanation of a draft (关于《…》的说明)", 3.0, "^关于[^\\n]{2,80}的说明$"),
            Cue.of(Category.OTHER, Where.LEAD, "explanation of a draft (现对《…》作说明)", 2.0, "(?:现|现在)(?:对|就|将)[^。]{0,60}?作(?:如下|以下|简要)?说明"),
            // What a congress's session is given to elect or adopt, explained before the vote (关于…人民代表大会第二次会议主席团
            // 和秘书长名单（草案）的说明, …议程（草案）的说明): the session's business, news of it, whoever delivers it. The line
            // names the congress: a CPPCC's or a party congress's lists are theirs.
            Cue.of(Category.SESSION_NOTICE, Where.OPENING, "session business explained (关于…名单/议程（草案）的说明)", 3.0,
                    "^关于[^\\n]{0,30}(?:人民代表大会|人大)[^\\n]{0,30}(?:主席团|秘书长|议程|候选人|名单)[^\\n]{0,20}的说明$"),
            // A delivered text keeps its delivery line on a line of its own (——2019年7月29日在市五届人大常委会第十一次会议上)
            // and addresses a standing committee's sitting as a work report addresses the deputies (主任、各位副主任、各位委员：):
            // the report delivered (a work report, an inspection report, an explanation), wherever the page put its title.
            Cue.of(Category.WORK_REPORT, Where.BODY, "delivery line (——…在…会议上)", 2.0,
                    "^——[^。\\n]{0,40}在[^。\\n]{0,40}(?:人民代表大会|人大|常务委员会|常委会)[^。\\n]{0,20}会议上$"),
            Cue.of(Category.WORK_REPORT, Where.BODY, "address to a standing committee (主任、各位副主任、各位委员)", 3.0,
                    "^[^。\\n]{0,12}主任、各位副主任、(?:秘书长、)?各位委员[:：，,]?"),
            // Deputies elected (澳门选出新一届12名全国人大代表, 35个选举单位选出2980名十三届全国人大代表): an electoral
            // conference's or a congress's election results, news of that sitting. Not elections to come (将选出) and not
            // how deputies are elected in general (由选民选举产生人大代表: no number, no new term).
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "deputies elected (选出N名…人大代表)", 3.0, DEPUTIES_ELECTED),
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "deputies elected (选出N名…人大代表)", 2.5, DEPUTIES_ELECTED),
            // A report deliberated (审议政府工作报告过程中, 代表们在审议工作报告时说): deputies deliberate a report only at a
            // sitting, so what the lead tells happened there (a sidelight, a deputy's remark).
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "while deliberating a report (审议…工作报告时/过程中)", 1.5,
                    "审议[^。，,；;]{0,16}工作报告[^。，,；;]{0,4}(?:时|期间|过程中|之际)")
                    .unless(ArticleClassifier::cppccMembersMeet),
            // A report passed at a sitting (在某县第十七届人民代表大会第五次会议上，…法院工作报告经代表表决获得全票通过): the
            // congress acting, news of its session, wherever the lead puts the sitting.
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "a report passed at a sitting (在…会议上…报告…通过)", 3.0,
                    "(?:人民代表大会|人大)(?:常务委员会|常委会)?第?" + N + "次(?:全体)?会议上[^。]{0,60}?报告[^。]{0,20}?通过"),

            // --- Issue 8, shapes that recur across genre/c..h: a standing committee's personnel lists, the two sessions'
            // joint press conference, a report passed, the CPPCC's members in their groups, a standing committee's tally. ---
            // A standing committee's appointment or removal list (某市人大常委会任命名单, 免职名单, 任免名单) is printed under the
            // adoption line of the sitting that made it, but it is no resolution: it is the sitting's personnel news, as the
            // same list closing a report of the sitting is. A CPPCC body's list is the CPPCC's (other).
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "a standing committee's appointment list (任命名单/免职名单)", 3.5,
                    "(?:任命|免职|任免|免去|撤职|罢免)(?:人员)?名单")
                    .unless(text -> text.contains("政协") || text.contains("政治协商")),
            // The two sessions' joint press conference (省两会新闻发布会) announces when the congress's session opens (记者从会上
            // 获悉，…人大三次会议…于…开幕): the session's notice, as a press conference of the congress's session alone is.
            Cue.when(Category.SESSION_NOTICE, Where.OPENING, "the two sessions' press conference (两会新闻发布会)", 2.5,
                    text -> text.contains("两会") && namesAny(text, PRESS_CONFERENCE_WORDS) && CONGRESS_SESSION_NUMBERED.matcher(text).find()
                            ? firstOrNull(TWO_SESSIONS_PRESS_CONFERENCE, text)
                            : null),
            // A headline saying a report was passed (法院工作报告获一致通过, 检察院工作报告获全票通过): the congress voted on it at
            // its session, news of that sitting, whoever tells it (often the reporting body's own site).
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "a report passed (…报告获…通过)", 3.0, "报告[^，。,：:\\n]{0,4}获[^，。,：:\\n]{0,6}通过"),
            // The CPPCC's members discussing in their groups (出席省政协…会议分组讨论的委员们…, 政协委员在各小组参加了讨论) is the
            // CPPCC's session at work, even when the lead first names the congress's opening whose report they discuss.
            Cue.when(Category.OTHER, Where.OPENING, "CPPCC members discuss in groups (政协委员…分组讨论)", 3.0, ArticleClassifier::cppccMembersInGroups),
            // A standing committee's report tallies its term's or year's work (共举行48次常委会会议，制定和修改法规121件，听取审议
            // 工作报告78项，组织执法检查35项): each distinct tally counts; the report or its summary, even without its headline.
            Cue.counted(Category.WORK_REPORT, Where.BODY, "a standing committee's tally of its work (制定法规N件/执法检查N项)", 0.5, 2.0,
                    "(?:举行|召开)" + N + "次常委会(?:会议)?|制定(?:和|、|及)?修改[^。，,；;\\n]{0,8}?法规" + N + "(?:件|部|项)"
                            + "|听取(?:和|并)?审议[^。，,；;\\n]{0,10}?报告" + N + "(?:项|个|件)|执法检查" + N + "(?:项|次)|专题询问" + N + "次"
                            // the count after what was held or done (召开常委会会议7次、主任会议17次，作出决议、决定19项，任免…144人次)
                            + "|常委会会议" + N + "次|主任会议" + N + "次|作出[^。，,；;\\n]{0,6}?(?:决议|决定)" + N + "(?:项|件|个)"
                            + "|任免[^。，,；;\\n]{0,12}?" + N + "人次|听取(?:和|并)?审议[^。，,；;\\n]{0,20}?专项工作报告" + N + "(?:项|个|件)"),
            // A lead that finds what it tells in the report someone delivered (…在省人大二次会议上所作政府工作报告中格外引人注目,
            // 总理在所作的政府工作报告中提出…): the report's content is the story; news of the sitting says the session opened.
            Cue.of(Category.WORK_REPORT, Where.LEAD, "what a delivered report says (所作…工作报告中)", 2.0, "所作的?(?:政府)?工作报告(?:中|里)"),
            // A headline with the report as the subject of what it proposes (政府工作报告把…放在首位, 政府工作报告提出…): the
            // report's content is the story, as in a lead that says so (工作报告提出). Not a report that is acted on (审议/通过).
            Cue.of(Category.WORK_REPORT, Where.HEADLINE, "the work report proposes (工作报告提出/把…)", 2.5,
                    "政府工作报告》?(?:把|将|提出|明确|指出|强调|部署|要求|聚焦|释放)"),

            // --- Issue 8, a copy without its headline, or with one that decides nothing: what the lead and the opening
            // state of the business themselves (headless web dumps, captions, briefs, lead-only teasers). ---
            // Deputies of a congress arriving for its session (广西人大代表昨抵京, 代表们陆续报到, 代表委员抵达北京): deputies travel
            // and register only for a sitting, so it is the session's news, in the headline or the opening. Not deputies who
            // report to their liaison station between sessions (代表进站报到: their work outside a session).
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "deputies arrive for a session (人大代表…抵京/报到)", 3.0, DEPUTIES_ARRIVE)
                    .unless(ArticleClassifier::atLiaisonStation),
            Cue.of(Category.SESSION_NOTICE, Where.OPENING, "deputies arrive for a session (人大代表…抵京/报到)", 2.0, DEPUTIES_ARRIVE)
                    .unless(ArticleClassifier::atLiaisonStation),
            // A report delivered at a sitting (院长某某在某县第十五届人民代表大会第四次会议上作法院工作报告): the lead states the
            // business of the article, the report and what it says, as a headline 作…工作报告 does. A lead where someone does
            // so on behalf of a body (代表县政府作) is the row above ("a body delivers its work report").
            Cue.of(Category.WORK_REPORT, Where.LEAD, "a report delivered at a sitting (在…会议上作…工作报告)", 2.0,
                    "在[^。，,；;]{0,40}(?:人民代表大会|人大|常务委员会|常委会)[^。，,；;]{0,20}会议上[^。，,；;代]{0,6}?作[^。，,；;]{0,16}?工作报告"),
            // The report speaking of its own year (过去一年，我们…; 一年来，在…领导下，我们…), opening any of the first paragraphs
            // (a copy may start at the report's review, or after a sentence that sets its year): news tells of a body in the third
            // person, a work report (a government's, a court's, a standing committee's) reviews its year as 我们. A speech at a
            // party meeting does too, but addresses its room first (同志们：, a row of its own).
            Cue.of(Category.WORK_REPORT, Where.OPENING, "a year reviewed as 我们 (过去一年，…我们…)", 2.0,
                    "^(?:过去(?:的)?一年|过去五年|一年来|五年来|过去的五年)[，,][^。\\n]{0,80}?我们"),
            // Someone delivers the report named in book-title marks (省长某某作《政府工作报告》！…划重点): the report is the
            // subject whatever the headline adds after it (a site's teaser); 作的《…》 (deputies discuss what was delivered) is not.
            Cue.of(Category.WORK_REPORT, Where.HEADLINE, "someone delivers the report named in 《》 (作《…工作报告》)", 2.0,
                    "(?<![工的])作《[^《》]{0,20}工作报告》"),
            // A photo caption of the session at work over the story (…人大三次会议开幕会在北京人民大会堂举行。中新社记者某某摄): the
            // lead skips it to read the news, but the picture says which sitting the page is about, when nothing else does.
            Cue.when(Category.SESSION_NOTICE, Where.OPENING, "a caption of the session at work (…人大N次会议…举行。…摄)", 2.0,
                    ArticleClassifier::captionOfASitting),
            // A resolution on a budget, a final account or a report without its title and adoption line: the meeting as
            // the subject, with no date before it, hears or examines and decides to approve (成都市…常务委员会第三十四次会议听取了
            // 市人民政府《关于…决算…的报告》…决定批准成都市2011年市级财政决算). News of the sitting dates it first (8月31日，…).
            // A decision's the same (第十三届全国人民代表大会第四次会议审议了…的议案。会议认为，…): the meeting's view or its decision.
            Cue.of(Category.RESOLUTION, Where.OPENING, "the meeting hears and approves (…会议听取了…决定批准)", 3.5,
                    "^[^，,。\\d日\\n]{2,40}(?:人民代表大会|人大|常务委员会|常委会)第?" + N + "次(?:全体)?" + MEETING_HEARS + "[^\\n]{0,400}?"
                            // (会议决定，批准…: the same operative sentence with a comma after 决定)
                            + "(?:决定[，,]?批准|会议认为|会议同意|决定如下|作如下决定)")
                    .onlyIf(ArticleClassifier::meetingHears),
            // The report's own statement of its business when someone reports for the head of a body (我受某某委员长委托，代表
            // 全国人民代表大会常务委员会，向…会议报告常委会的工作，请予审查): the same as 我代表…报告 (a row above), with the commission.
            Cue.of(Category.WORK_REPORT, Where.OPENING, "reporting on behalf of a body, entrusted (我受…委托，代表…报告)", 3.0,
                    "我受[^，,。\\n]{1,20}委托[，,]?代表[^。\\n]{0,30}(?:人民政府|政府|常务委员会|常委会|法院|检察院)[^。\\n]{0,40}?(?:向大会|报告)"),
            // A work conference named as the setting (在红桥区人大常委会信息宣传工作会议上，…签订了责任状): the bodies at work
            // between sittings, as a conference convened is (a row above), when no numbered sitting is named.
            Cue.when(Category.OTHER, Where.LEAD, "a work conference as the setting (在…推进会/工作会议上)", 2.0,
                    ArticleClassifier::conferenceAsSetting),
            // A standing committee or its office visiting the deputies (区人大常委会开展走访人大代表活动, 主任会议成员联系代表): its
            // work with deputies between sessions. A reporter who visits deputies at a session is no body of the congress.
            Cue.of(Category.OTHER, Where.LEAD, "a standing committee visits its deputies (常委会…走访代表)", 2.0,
                    "(?:常委会|常务委员会|人大工委|主任会议)[^。]{0,30}?(?:走访|联系|慰问)[^。，,；;]{0,12}?代表(?!大会|团)")
                    .unless(ArticleClassifier::deliberatesInSitting),
            // The session's presidium in the chair (大会主席团常务主席、执行主席某某在主席台就座, 大会执行主席某某主持会议): the opening
            // of a plenary's news. The CPPCC's sessions have a presidium too: not where the text names the CPPCC alone.
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "the session's presidium in the chair (主席团/执行主席…主持/就座)", 1.5,
                    "^(?:大会)?(?:主席团(?:常务主席)?|执行主席)[^。]{0,80}?(?:主持|就座|就坐)")
                    .unless(ArticleClassifier::cppccMembersMeet),

            // --- Issue 8, the shares held out until k-m: who a report or a plenary belongs to. ---
            // A CPPCC committee has a standing committee too, and it reports to its plenary session as a congress's does
            // (中国人民政治协商会议某省第十一届委员会常务委员会工作报告, 某某作自治区政协十三届常委会工作报告, 我代表政协某市第十四届
            // 委员会常务委员会，向大会报告工作): the CPPCC's report, other as its session is, however much it reads like a work
            // report. Its title and its statement silence the work report's (SILENCES).
            Cue.of(Category.OTHER, Where.HEADLINE, "a CPPCC standing committee's report (政协…常委会工作报告)", 3.5, CPPCC_STANDING_COMMITTEE_REPORT),
            // (looked for in the body's start: a web dump may print its chrome, the report's title and its delivery line first)
            Cue.of(Category.OTHER, Where.BODY, "a CPPCC standing committee reports (我代表政协…常务委员会…报告)", 3.0,
                    "我(?:代表|受)(?:中国人民)?" + CPPCC + CPPCC_BODY_GAP + "(?:常务委员会|常委会)[^。\\n]{0,40}?(?:向大会|报告)"),
            // 全会 is a plenary meeting. A party committee's (十九届四中全会, 市委十二届五次全会) is a plenum, but a congress's
            // sitting holds plenaries too, and the papers shorten them alike (人大常委会第十五次会议举行全会听取汇报): a 全会 that a
            // congress or its standing committee holds is the sitting at work, not a party plenum (SILENCES).
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "a congress sitting's plenary (…会议举行全会)", 1.0, SITTINGS_PLENARY + "|" + CONGRESS_PLENARY_NUMBERED),
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "a congress sitting's plenary (…会议举行全会)", 1.0, SITTINGS_PLENARY + "|" + CONGRESS_PLENARY_NUMBERED),
            // A dictionary's or an encyclopedia's entry laid out in its fields (词条 | 五届全国人大四次会议 |, 释义 | …, 词目：…):
            // a reference text on what a session was, as an infobox's 中文名 is, however much of the session it tells.
            Cue.of(Category.OTHER, Where.OPENING, "a reference entry's fields (词条/释义 | …)", 4.0,
                    "^(?:词条|词目|条目|释义|义项|基本解释|详细解释)[|｜:：]"),
            // A court's or a procuratorate's head delivering its report on its behalf (区人民法院院长某某代表区人民法院向大会作工作
            // 报告。他说，…): the lead states the report as a government's does (the row "a body delivers its work report"), the
            // courts and procuratorates being the other bodies that report to a congress.
            Cue.of(Category.WORK_REPORT, Where.LEAD, "a court or procuratorate delivers its work report", 2.0,
                    // (on its behalf: not the deputies who hear it, 代表们听取了法院作的工作报告)
                    "代表(?:(?!们|听|审)[^。，,；;]){0,8}?(?:人民法院|人民检察院|法院|检察院)[^。，,；;]{0,12}?(?<!工)作[^。，,；;]{0,6}?工作报告"),
            // The work report explained (【负责人解读】市长某某作《政府工作报告》, a special page's 报告解读 over 聚焦某市政府工作报告):
            // 解读 of the report tells what it says, the report's content, not the paper's opinion (SILENCES). Not an explanation
            // of a draft (关于《政府工作报告（征求意见稿）》解读: how it was drafted, before any sitting).
            Cue.of(Category.WORK_REPORT, Where.HEADLINE, "the work report explained (报告解读/解读…工作报告)", 2.5,
                    "报告解读|解读[^\\n]{0,20}?工作报告|工作报告》?[^\\n]{0,4}?解读")
                    .unless(ArticleClassifier::namesADraft),
            // The report's key points announced as what follows (…省长某某作政府工作报告，要点如下：): the article is the report's
            // summary; the session it names is where the report was delivered (SILENCES).
            Cue.of(Category.WORK_REPORT, Where.OPENING, "the report's key points follow (工作报告…要点如下)", 3.5,
                    "工作报告》?[，,：:]?(?:的|其)?(?:要点|摘要|主要内容|重点内容|核心内容)(?:摘编|摘登)?如下"),
            // A lead that opens with a congress body's numbered notice (某市人民代表大会常务委员会公告（第13号）《…条例》已于…通过):
            // the notice itself, run on in one paragraph by a web copy, whatever the headline names (the regulation it promulgates).
            Cue.of(Category.SESSION_NOTICE, Where.LEAD, "a congress body's numbered notice opens the text (…常务委员会公告（第N号）)", 2.5,
                    "^[^。，,]{0,40}?(?:人民代表大会|人大)[^。，,]{0,20}?公告[（(〔]?第" + N + "号"),
            // A deputy interviewed (全国人大代表、某公司副总经理某某在接受记者采访时表示，…): a deputy's views told to a reporter,
            // the genre's interviews, not a sitting at work, whatever session the deputy attends.
            Cue.of(Category.OTHER, Where.LEAD, "a deputy interviewed (人大代表…接受采访)", 2.0,
                    "^[^。]{0,10}?人大代表[^。]{0,40}?接受[^。，,]{0,12}?(?:采访|专访)")
                    // a deputy interviewed at a sitting (出席…人大三次会议的代表某某接受采访, 大会期间) is the session's news
                    .unless(text -> CONGRESS_SESSION_NUMBERED.matcher(text).find() || text.contains("期间")),
            // What a reporter learned at the two sessions' press conference is the CPPCC's session (记者从…“两会”新闻发布会上
            // 获悉，政协第十一届某省委员会第五次会议各项准备工作就绪): the CPPCC's news, though its agenda names the congress's
            // session it will attend (SILENCES).
            Cue.of(Category.OTHER, Where.LEAD, "what was learned is the CPPCC's session (获悉，政协…会议)", 3.0,
                    "(?:获悉|了解到|得知)[，,：:]?" + CPPCC + CPPCC_BODY_GAP + "(?:会议|全体会议)")
                    // both sessions' dates learned (政协…将于26日开幕，…人民代表大会第三次会议将于27日开幕): the two sessions' news
                    .unless(text -> CONGRESS_SESSION_NUMBERED.matcher(text).find()),
            // A sitting electing a head (柳州市第十三届人民代表大会第五次会议选举某某为人民政府市长): only a congress at a sitting
            // elects its government's or court's head, so a brief of such results is session news, wherever its first
            // sentence (近日，…职务调整) leaves it.
            Cue.of(Category.SESSION_NOTICE, Where.OPENING, "a sitting elects a head (…会议选举某某为市长)", 2.0,
                    "(?:人民代表大会|人大)[^。，,\\n]{0,12}?第?" + N + "次(?:全体)?会议[^。，,\\n]{0,6}?(?:选举|补选)[^。，,\\n]{1,20}?为[^。，,\\n]{0,12}?"
                            + HEADS),

            // --- Issue 8, the shares held out until n and o: shapes their misses share with a-m. ---
            // Local organs watching a session's broadcast (市人大常委会机关集中收看…开幕式, 组织干部职工收听收看): the watchers'
            // activity, other, though the lead tells the session that opened; the session named is what they watched (SILENCES).
            Cue.of(Category.OTHER, Where.HEADLINE, "watching a session's broadcast (收听收看/收看…开幕式)", 3.5, WATCHES_BROADCAST),
            Cue.of(Category.OTHER, Where.OPENING, "watching a session's broadcast (收听收看/收看…开幕式)", 3.0, WATCHES_BROADCAST),
            // A foreign legislature acting (美国国会推翻…否决, 参议院通过…法案, 欧洲议会通过决议): no people's congress, however
            // much its bills (议案) and votes read like a session's.
            Cue.of(Category.OTHER, Where.HEADLINE, "a foreign legislature (国会/议会/参议院)", 3.0, FOREIGN_LEGISLATURE),
            // A vote's tally with its abstentions (赞成2560票，反对239票，弃权51票): only a formal vote at a sitting counts them, so
            // the text is news of the sitting (its closing votes), wherever the page split it. Not where the text names the CPPCC
            // more than the congress, or a foreign or UN vote (联大以…票弃权通过).
            Cue.of(Category.SESSION_NOTICE, Where.BODY, "a vote's tally (赞成…票，反对…票，弃权…票)", 2.0,
                    "弃权[^。，,；;、]{0,4}?[" + NUMERALS + "]+票|[" + NUMERALS + "]+票弃权")
                    .unless(text -> aboutCppcc(text) || namesAny(text, FOREIGN_VOTERS)),
            // A sitting's quorum counted (会议应到代表267名，实到232名，符合法定人数; 主席团会议应到73人，实到70人): only a sitting
            // calls its roll against the quorum the law sets, so the text is news of that sitting (a session's plenary, its
            // presidium's meeting, a standing committee's), wherever the page put the headline or the lead. A CPPCC session
            // and a party congress count theirs too: not where the text names either more than the congress.
            Cue.of(Category.SESSION_NOTICE, Where.BODY, "a sitting's quorum counted (应到…实到…符合法定人数)", 2.0, QUORUM_COUNTED)
                    .unless(text -> aboutCppcc(text) || PartyCongress.isAbout(text)),
            // The two sessions convened or opened (省级两会密集召开, 两会今起召开, 两会召开时间确定): the congress's session is one
            // of the two, so the news is its session's, as the genre labels a roundup of both; not their press centre,
            // press conference, hotline or security (两会新闻发布会召开), which have rows or are other.
            // Only in the headline: a lead names them as its setting (在两会召开前夕, 两会的胜利召开) before what it tells.
            Cue.of(Category.SESSION_NOTICE, Where.HEADLINE, "the two sessions convened (两会…召开/开幕)", 2.0, TWO_SESSIONS_CONVENED),

            // --- Issue 8, round 14: principles behind misses of several shares (q, s, t; the same evidence in b-n). ---
            // A year told as done under the congress's supervision (在县委的正确领导下，在县人大、县政协的监督支持下，…): only a
            // body the congress supervises says so of its own year, to the congress, in its work report (the government's, and
            // quoted by resolutions on it). News and party speeches name the party's leadership, not the congress's supervision.
            // In the body's start: a copy may open with a document site's furniture or a digest's table of contents.
            Cue.of(Category.WORK_REPORT, Where.BODY, "a year under the congress's supervision (在…人大…监督支持下)", 2.0, UNDER_CONGRESS_SUPERVISION),
            // What a delivered report says, attributed to it (李鹏代总理今天在政府工作报告中提出…, 在今年的省政府工作报告中，有两处
            // 专门提及徐州): the report's content is the story, as in a lead that finds it there (所作…工作报告中, a row above).
            // Not deputies who discuss it (在审议政府工作报告时提出), not a preview (在工作报告中将会提出), and not inside someone's
            // quoted words (代表说：“总理在政府工作报告中专门提到…”: the deputy's reaction is the story).
            Cue.of(Category.WORK_REPORT, Where.HEADLINE, "what the report says, attributed to it (在…工作报告中指出)", 2.5, THE_REPORT_SAYS),
            Cue.when(Category.WORK_REPORT, Where.OPENING, "what the report says, attributed to it (在…工作报告中指出)", 2.0,
                    text -> text.contains("工作报告")
                            ? firstKept(THE_REPORT_SAYS_PATTERN, text, THE_REPORT_SAYS_FIRST_CHARS, m -> outsideQuotes(text, m.start())) : null),
            // A congress body out on its work between sittings (区人大常委会主任会议成员…开展集体调研, 某区人大…进行预算听证, 省人大
            // 常委会…赴…视察): a research visit, an inspection or a hearing decides nothing, as a conference it convenes does not
            // (a row above); the body named is the actor, not a sitting. Not where the lead names a sitting or deliberation (代表
            // 在审议时…, 出席…人大四次会议的代表到…视察: the session at work).
            Cue.of(Category.OTHER, Where.LEAD, "a congress body's visit, inspection or hearing (人大常委会…开展调研/视察/听证)", 2.0, BODY_OUT_ON_ITS_WORK)
                    .unless(ArticleClassifier::deliberatesInSitting),
            // The presidium holding its numbered meeting (…主席团举行第三次会议): a presidium exists only while a session sits, so
            // its meeting is the session's news even where the copy lost the congress's name (a garbled or cut first line).
            // In the opening: such a line may stand above the lead as its headline (…主席团举行第三次会议！). Not a CPPCC session's
            // presidium; silenced where the headline or the lead tells the sitting (SILENCES: the same evidence once).
            Cue.of(Category.SESSION_NOTICE, Where.OPENING, "the presidium's numbered meeting (主席团举行第N次会议)", 2.0, PRESIDIUM_MEETING)
                    .unless(ArticleClassifier::cppccMembersMeet),

            // --- Issue 8, round 15: what a text's own form says when its heading is lost. ---
            // A notice closes with its formula and its issuer's name on the line after (特此公告。 / 某省人民代表大会常务委员会):
            // a congress body's or an election committee's 公告, whose heading and number a copy may lose (a headless store,
            // a web page that put the heading in its chrome). A government's notice signs as the government: no congress.
            Cue.of(Category.SESSION_NOTICE, Where.BODY, "a congress body's notice closes (特此公告 and its name)", 2.0, NOTICE_CLOSING));

    /** For each place, one scanner for the words of all counted cues looking there; null where none looks. */
    private static final Vocabulary.Scanner[] SCANNERS = new Vocabulary.Scanner[Where.values().length];
    /** For each cue of {@link #CUES}, its vocabulary's index in the scanner of its place, or -1 if it is no counted cue of words. */
    private static final int[] SCAN_SLOTS = new int[CUES.size()];

    static {
        for (Where where : Where.values()) {
            List<Vocabulary> vocabularies = new ArrayList<>();
            for (int k = 0; k < CUES.size(); k++) {
                Cue cue = CUES.get(k);
                Optional<Vocabulary> words = cue.where() == where ? cue.vocabulary() : Optional.empty();
                if (words.isPresent()) {
                    SCAN_SLOTS[k] = vocabularies.size();
                    vocabularies.add(words.get());
                } else if (cue.where() == where) {
                    SCAN_SLOTS[k] = -1;
                }
            }
            SCANNERS[where.ordinal()] = vocabularies.isEmpty() ? null : new Vocabulary.Scanner(vocabularies);
        }
    }

    /** The issuer named first in the headline, else in the lead: who acts. */
    private static final Pattern ISSUER = Pattern.compile("(" + CONGRESS + ")|(" + CPPCC + ")|(" + PARTY + ")|(" + GOVERNMENT + ")");
    /**
     * A link to another story on a web page: 上一篇：…, 下一篇：…, 相关新闻：… (the view is simplified, so traditional pages
     * read the same). News prose never puts a colon after these words. Add a label as an alternative.
     */
    /** A word of every {@link #OTHER_STORY_LINK} label: a paragraph without one holds no link. */
    private static final List<String> OTHER_STORY_LABEL_WORDS = List.of("篇", "条", "相关", "阅读", "推荐", "猜你");
    private static final Pattern OTHER_STORY_LINK = Pattern.compile(
            "[【\\[]?(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关新闻|相关阅读|相关链接|相关文章|延伸阅读|推荐阅读|热点推荐|猜你喜欢)[】\\]]?\\s*[:：]");
    /**
     * A headline glued to its web dateline on one line, as reprint sites print them: {@code 标题 2024-03-05 10:21 来源：某某日报}.
     * The title (group 1) has no sentence punctuation and names no reporter (a byline with its date is no headline);
     * after it come only dates, times and the page's fields (来源, 作者, 编辑, 发布, 浏览), so a lead that opens with a
     * date (2024年3月5日上午，…) is never one. The splitter may take such a line for the byline or the first paragraph.
     */
    private static final Pattern GLUED_DATELINE = Pattern.compile(
            "^(?!.*(?:记者|通讯员|撰稿|作者))([^。，,；;：:！？!?]{4,60}?)"
                    + "(?:\\s*(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?"
                    + "|(?:来源|作者|编辑|责任编辑|发布|浏览|点击)\\s*[:：]\\s*\\S*))+\\s*$");
    /** The credit of a graphic or photo: names, a slash and what they made (…/制图, （晓航/摄）). */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("[/／]\\s*(?:制图|绘图|设计|编制|摄影|摄|供图|图)[）)]?\\s*$");
    private static final Pattern ORIGINAL_TITLE = Pattern.compile("^[（(【]?原(?:标题|题|题为|标题为)[:：为]?");
    /**
     * An adoption line: the date and the meeting that adopted the text, or (in old archives) the date alone in brackets.
     * Like {@link #ORIGINAL_TITLE} and {@link #RESOLUTION_OPENING} it is anchored at the start ({@code ^} without
     * {@code MULTILINE}), so it is tried there alone ({@code lookingAt}): {@code find} would try, and fail, at every
     * character of a long paragraph.
     */
    private static final Pattern ADOPTION = Pattern.compile(
            "^[（(]?\\s*" + adoptedAfter(FOUR_DIGIT_YEAR + "年", ".") + "\\s*[)）]?$"
                    + "|^[（(]\\s*" + FOUR_DIGIT_YEAR + "年.{1,12}日" + ADOPTED + "\\s*[)）]$"
                    // a web copy that lost the date's 年 and 月 (202184日 for 2021年8月4日) keeps the line's shape
                    + "|^[（(]?\\s*" + adoptedAfter("\\d{6,8}日", ".") + "\\s*[)）]?$");
    private static final Pattern BULLETIN = Pattern.compile("比上年(?:增长|下降|末|同期)|按可比价格计算|占.{0,12}比重为|年末.{0,20}为|全年.{0,20}(?:实现|完成)");
    private static final Pattern OBJECT_OF = Pattern.compile("(?:听取|审议|评议|审查|批准)(?:了|和审议了?)?[^。，,]{0,3}$");
    private static final Vocabulary BULLETIN_WORDS = Vocabulary.of(BULLETIN.pattern()).orElseThrow();
    /** Words of someone speaking (a report, a speech): a bulletin has no speaker. */
    private static final List<String> SPEAKER = List.of("我们", "各位代表", "我代表");



    public Classification classify(Article article) {
        return classify(article, List.of());
    }

    /**
     * As {@link #classify(Article)}, with evidence from the article's page (see {@link PageEvidence}) weighed with the
     * cues its own text fires; the page step passes it for a caption of a session's page ({@code Newsdesk.process}, and the Kafka enricher from the raw record).
     */
    public Classification classify(Article article, List<PageEvidence> page) {
        Views views = Views.of(article);
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            scores.put(c, 0.0);
        }
        scores.merge(Category.OTHER, OTHER_PRIOR, Double::sum);
        List<Fired> fired = new ArrayList<>();
        List<List<String>>[] scanned = scan(views);
        for (int k = 0; k < CUES.size(); k++) {
            Cue cue = CUES.get(k);
            String text = views.text(cue.where());
            List<String> found = SCAN_SLOTS[k] < 0 ? cue.finder().apply(text) : cue.fromScan(scanned[cue.where().ordinal()].get(SCAN_SLOTS[k]), text);
            if (!found.isEmpty()) {
                fired.add(new Fired(cue, found, cue.score(found)));
            }
        }
        issuerCue(views).ifPresent(fired::add);
        List<String> silenced = silence(fired);
        if (article.continuedFrom() != null && fired.stream().anyMatch(f -> f.cue().category() == Category.WORK_REPORT)) {
            // A fragment jumped from another page that talks like a report is most likely the rest of the report.
            fired.add(new Fired(new Cue("fragment continued from another page", Category.WORK_REPORT, Where.BODY, t -> List.of(), 1.0, 1.0),
                    List.of(article.continuedFrom()), 1.0));
        }
        boolean headlineDecided = fired.stream().anyMatch(f -> f.cue().where() == Where.HEADLINE);
        for (Fired f : fired) {
            double boost = !headlineDecided && f.cue().where() == Where.LEAD ? UNDECIDED_HEADLINE_BOOST
                    : headlineDecided && f.cue().where() == Where.BODY ? DECIDED_HEADLINE_BODY_WEIGHT
                    : headlineDecided && f.cue().where() == Where.LEAD ? DECIDED_HEADLINE_LEAD_WEIGHT : 1.0;
            scores.merge(f.cue().category(), f.score() * boost, Double::sum);
        }
        for (PageEvidence p : page) { // the page's evidence counts as it is: it is no cue of the headline, lead or body
            scores.merge(p.category(), p.weight(), Double::sum);
        }
        Category best = Category.OTHER;
        for (Category c : Category.values()) {
            if (scores.get(c) > scores.get(best)) {
                best = c;
            }
        }
        double runnerUp = 0;
        for (Category c : Category.values()) {
            if (c != best) {
                runnerUp = Math.max(runnerUp, scores.get(c));
            }
        }
        double margin = scores.get(best) - runnerUp;
        List<String> cues = new ArrayList<>();
        if (!headlineDecided && !fired.isEmpty()) {
            cues.add(views.headed() ? "headline decides nothing: judged by the lead" : "no headline: judged by the lead");
        }
        for (Fired f : fired) {
            cues.add(f.describe());
        }
        cues.addAll(silenced);
        page.forEach(p -> cues.add(p.describe()));
        if (fired.isEmpty() && page.isEmpty()) {
            cues.add("no evidence of congress business (prior " + OTHER_PRIOR + " for other)");
        }
        cues.add("scores " + format(scores) + "; margin " + twoDecimals(margin));
        return new Classification(best, confidence(margin), cues);
    }

    /**
     * Evidence that explains other evidence away: when the cue {@code because} fired, the cue {@code silenced} does not
     * count, for the reason {@code why} (shown in the cues). Each cue is named by its name in {@link #CUES}; the pair
     * holds in each of its {@code places}: where the silenced cue looks and where the silencing cue looks (the same cue
     * name often looks in the headline and in the lead). To teach the classifier such a relation, add a row, or a place
     * to a row.
     */
    record Silence(String silenced, String because, String why, List<Places> places) {
        Silence(String silenced, String because, String why, Places... places) {
            this(silenced, because, why, List.of(places));
        }

        record Places(Where silenced, Where because) {}
    }

    /** A place a {@link Silence} holds in: the silenced cue looks in {@code silenced}, the silencing cue in {@code because}. */
    private static Silence.Places at(Where silenced, Where because) {
        return new Silence.Places(silenced, because);
    }

    /** Why a notice's own cues fall silent when it prints the decision it promulgates (four rows below). */
    private static final String PRESENTS_THE_DECISION = "the notice promulgates the decision it prints";

    /*
     * The rows are applied in order, each on what earlier rows left: it matters where a silenced cue silences in turn (the
     * lead's "congress in session" silences a caption before later rows drop it; "photo feature" silences a caption before
     * "session in pictures" drops it).
     */

    static final List<Silence> SILENCES = List.of(
            // The decision itself printed (DecisionText): a 公告 that promulgates it only presents the text (its heading,
            // number and 特此公告), and what its lead names (the deputies whose seats it settles, the motion it adopts, the
            // meeting that adopted it) is what is decided, not a sitting reported.
            new Silence("congress notice (公告)", DECISION_PROMULGATED, PRESENTS_THE_DECISION,
                    at(Where.HEADLINE, Where.BODY)),
            new Silence("congress notice (公告) heading", DECISION_PROMULGATED, PRESENTS_THE_DECISION,
                    at(Where.OPENING, Where.BODY)),
            new Silence("notice number (第N号)", DECISION_PROMULGATED, PRESENTS_THE_DECISION,
                    at(Where.OPENING, Where.BODY)),
            new Silence("a congress body's notice closes (特此公告 and its name)", DECISION_PROMULGATED,
                    PRESENTS_THE_DECISION, at(Where.BODY, Where.BODY)),
            new Silence("deputies elected (选出N名…人大代表)", DECISION_ITSELF, "the decision names the deputies it concerns",
                    at(Where.LEAD, Where.BODY)),
            new Silence("deputies' motions (议案)", DECISION_ITSELF, "the motion is what the decision adopts",
                    at(Where.LEAD, Where.BODY)),
            new Silence("congress in session (issuer + proceedings)", DECISION_ITSELF, "the meeting named is the one deciding",
                    at(Where.LEAD, Where.BODY)),
            // An adoption line of the CPPCC or the party heads that body's text: no congress adopted it.
            new Silence("adoption line (…通过)", ADOPTED_BY_NO_CONGRESS, "the adopter is no congress",
                    at(Where.OPENING, Where.OPENING)),
            new Silence("adoption line run into its text ((…会议通过)…)", ADOPTED_BY_NO_CONGRESS, "the adopter is no congress",
                    at(Where.OPENING, Where.OPENING)),
            // A resolution's operative paragraph (…会议听取了…决定批准…) names the meeting that adopted it: no session reported.
            new Silence("congress in session (issuer + proceedings)", "the meeting hears and approves (…会议听取了…决定批准)",
                    "the meeting that approves is the one adopting the text",
                    at(Where.LEAD, Where.OPENING)),
            // Deputies arriving told in the headline are the same evidence when the opening repeats the headline's line.
            new Silence("deputies arrive for a session (人大代表…抵京/报到)", "deputies arrive for a session (人大代表…抵京/报到)",
                    "the headline tells the arrival",
                    at(Where.OPENING, Where.HEADLINE)),
            // A caption of the session counts only when the lead does not already tell the sitting (the same evidence once),
            // and not in a photo feature, whose captions are its pictures.
            new Silence("a caption of the session at work (…人大N次会议…举行。…摄)", "congress in session (issuer + proceedings)",
                    "the lead tells the sitting",
                    at(Where.OPENING, Where.LEAD)),
            new Silence("a caption of the session at work (…人大N次会议…举行。…摄)", "photo feature",
                    "a photo feature's captions are its pictures",
                    at(Where.OPENING, Where.HEADLINE)),
            // An adoption line (…会议通过) heads the adopted text itself: a resolution, a decision, a law. The meeting its
            // lead names (某某人大常委会第N次会议审议了…的报告) is the one that adopted it, not a session reported on; news of a
            // sitting carries no adoption line of its own.
            new Silence("congress in session (issuer + proceedings)", "adoption line (…通过)",
                    "the adoption line heads the adopted text",
                    at(Where.LEAD, Where.OPENING)),
            // The paper congratulating a session (我们…表示热烈祝贺) is an editorial on it: the session its lead names is
            // the editorial's subject, not news of a sitting.
            new Silence("congress in session (issuer + proceedings)", "adoption line run into its text ((…会议通过)…)",
                    "the adoption line heads the adopted text",
                    at(Where.LEAD, Where.OPENING)),
            // A consultation on a draft names the sitting that read the draft (已经…常委会第N次会议初次审议) and is headed
            // 公告: the draft is what is consulted on, nothing is decided.
            new Silence("congress notice (公告)", "public comment on a draft (…草案…征求意见)",
                    "a consultation on a draft is no session's notice",
                    at(Where.HEADLINE, Where.HEADLINE)),
            new Silence("congress notice (公告) heading", "public comment on a draft (…草案…征求意见)",
                    "a consultation on a draft is no session's notice",
                    at(Where.OPENING, Where.HEADLINE)),
            new Silence("congress in session (issuer + proceedings)", "public comment on a draft (…草案…征求意见)",
                    "the sitting named is the one that read the draft",
                    at(Where.LEAD, Where.HEADLINE)),
            new Silence("congress in session (issuer + proceedings)", "the paper congratulates (我们…表示热烈祝贺)",
                    "an editorial names the session it congratulates",
                    at(Where.LEAD, Where.OPENING)),
            // A regulation's name says which body its rules govern and what that body does (人民代表大会常务委员会任免地方国家
            // 机关工作人员办法, 人大常委会人事任免办法): the body and its 任免 are the regulation's subject, not a sitting at work,
            // as a congress named in a 《title》 is. In the headline, and in a lead that repeats the name.
            new Silence("congress in session (issuer + proceedings)", "regulation or rules (条例/办法/规则)",
                    "the congress is named in a regulation's title",
                    at(Where.HEADLINE, Where.HEADLINE), at(Where.LEAD, Where.HEADLINE)),
            // A decision's operative sentence (…常务委员会第N次会议决定，…人民代表大会第二次会议于…召开) names the session it
            // convenes: what is decided, not a sitting at work.
            // The same for the personnel acts a regulation governs (人民代表大会常务委员会任免地方国家机关工作人员办法).
            new Silence("a congress body's personnel acts (人大常委会任命/任免/接受辞职)", "regulation or rules (条例/办法/规则)",
                    "the congress is named in a regulation's title",
                    at(Where.HEADLINE, Where.HEADLINE), at(Where.LEAD, Where.HEADLINE)),
            new Silence("congress in session (issuer + proceedings)", "the meeting decides (…常务委员会第N次会议决定，…)",
                    "the session is what the meeting decides",
                    at(Where.LEAD, Where.LEAD)),
            // An explainer's headline names the congress and the proceedings it explains (人民代表大会会议流程图 换届选举).
            // An explainer's lead names the proceedings it explains too (代县长是未经人民代表大会选举产生的县长).
            new Silence("congress in session (issuer + proceedings)", "explainer (基本知识/流程图/知识问答)",
                    "an explainer names the proceedings it explains",
                    at(Where.HEADLINE, Where.HEADLINE), at(Where.LEAD, Where.HEADLINE)),
            // A meeting that relays a session's spirit names that session and the body that convened the meeting: neither
            // is a sitting at work.
            new Silence("congress in session (issuer + proceedings)", "relaying a session's spirit (传达…精神)",
                    "the meeting relays a session's spirit",
                    at(Where.HEADLINE, Where.HEADLINE), at(Where.LEAD, Where.HEADLINE), at(Where.LEAD, Where.LEAD)),
            // A work conference a congress body convenes (召开全省开发区人大工作推进会) names the body and 召开, but it is no
            // sitting: it decides nothing.
            new Silence("congress in session (issuer + proceedings)", "a work conference, no sitting (召开…推进会/座谈会/培训班)",
                    "a work conference is no sitting",
                    at(Where.HEADLINE, Where.HEADLINE), at(Where.LEAD, Where.LEAD)),
            new Silence("congress in session (issuer + proceedings)", "a work conference as the setting (在…推进会/工作会议上)",
                    "a work conference is no sitting",
                    at(Where.LEAD, Where.LEAD)),
            // A delivered text's delivery line (——2009年2月6日在市十二届人大常委会第43次会议上) names the sitting it was
            // delivered at: the text is the report or the explanation, not news of that sitting.
            new Silence("congress in session (issuer + proceedings)", "speech at a congress session (——在…会议上)",
                    "a delivery line names the sitting the text was delivered at",
                    at(Where.HEADLINE, Where.HEADLINE)),
            new Silence("congress in session (issuer + proceedings)", "a definition (…是指…)",
                    "a definition names the proceedings it explains",
                    at(Where.LEAD, Where.LEAD)),
            // An opinion column's lead names the session it comments on (第十四届全国人民代表大会第一次会议开幕，总理…).
            new Silence("congress in session (issuer + proceedings)", "opinion column label (【热门话题】/【评论】)",
                    "a commentary names the session it comments on",
                    at(Where.LEAD, Where.HEADLINE)),
            new Silence("congress in session (issuer + proceedings)", "an encyclopedia entry (中文名/外文名)",
                    "an encyclopedia entry tells the session it describes",
                    at(Where.LEAD, Where.BODY)),
            new Silence("congress in session (issuer + proceedings)", "an anniversary (N年前的今天)",
                    "the sitting is told on its anniversary",
                    at(Where.LEAD, Where.LEAD)),
            // A party group's meeting names the congress body whose party group it is (人大常委会党组召开会议): no sitting.
            new Silence("congress in session (issuer + proceedings)", "a party group's meeting (党组会议)",
                    "the party group of the body meets, not the body",
                    at(Where.HEADLINE, Where.HEADLINE), at(Where.LEAD, Where.HEADLINE), at(Where.LEAD, Where.LEAD)),
            // An essay's title names the work it reflects on (关于提高人大常委会审议质量的几点思考): its subject, not a sitting.
            new Silence("congress in session (issuer + proceedings)", "an essay (浅谈/试论/之我见/的思考)",
                    "an essay names the work it reflects on",
                    at(Where.HEADLINE, Where.HEADLINE), at(Where.LEAD, Where.HEADLINE)),
            // A sitting told as history is the story's past, not news of it.
            new Silence("congress in session (issuer + proceedings)", "a sitting told as history (a dated lead, later years after)",
                    "the sitting is told as history",
                    at(Where.LEAD, Where.BODY)),
            // A congress session in pictures (人代会掠影) is the session's news told in photos, not a photo feature.
            new Silence("photo feature", "session in pictures (人代会掠影)",
                    "the pictures are of a congress session",
                    at(Where.HEADLINE, Where.HEADLINE)),
            // The same when the page lost the regulation's name: a lead that names the congress and its 任免 over a body laid
            // out in a regulation's articles is the regulation's name or its first article.
            new Silence("congress in session (issuer + proceedings)", "articles of a regulation (第一条…制定本办法)",
                    "the body is a regulation's articles",
                    at(Where.LEAD, Where.BODY)),
            // The CPPCC's members discussing in groups the report the congress's opening heard: the lead names that opening
            // as the occasion, the story is the CPPCC's session.
            new Silence("congress in session (issuer + proceedings)", "CPPCC members discuss in groups (政协委员…分组讨论)",
                    "the congress's opening is the occasion of the CPPCC's discussion",
                    at(Where.LEAD, Where.OPENING)),
            // A CPPCC standing committee's report is titled and stated as a work report is: the CPPCC's, not a congress's.
            new Silence("title is a work report", "a CPPCC standing committee's report (政协…常委会工作报告)",
                    "the report is a CPPCC standing committee's",
                    at(Where.HEADLINE, Where.HEADLINE)),
            new Silence("someone delivers a work report (作…工作报告)", "a CPPCC standing committee's report (政协…常委会工作报告)",
                    "the report is a CPPCC standing committee's",
                    at(Where.HEADLINE, Where.HEADLINE)),
            new Silence("reporting on behalf of a body (我代表…报告)", "a CPPCC standing committee reports (我代表政协…常务委员会…报告)",
                    "the report is a CPPCC standing committee's",
                    at(Where.OPENING, Where.BODY)),
            new Silence("reporting on behalf of a body, entrusted (我受…委托，代表…报告)", "a CPPCC standing committee reports (我代表政协…常务委员会…报告)",
                    "the report is a CPPCC standing committee's",
                    at(Where.OPENING, Where.BODY)),
            // Its sections and its address to the plenary (一、2013年工作回顾, 向大会报告工作，请予审议) are the CPPCC report's.
            new Silence("work report sections and address", "a CPPCC standing committee reports (我代表政协…常务委员会…报告)",
                    "the report is a CPPCC standing committee's",
                    at(Where.BODY, Where.BODY)),
            new Silence("section heading of a work report", "a CPPCC standing committee reports (我代表政协…常务委员会…报告)",
                    "the report is a CPPCC standing committee's",
                    at(Where.BODY, Where.BODY)),
            // A report in its own voice tells its body's own sittings (一年来，常委会共审议法律案…; 召开常委会会议8次): the session words
            // and the sitting named are what the report reviews, not a sitting reported.
            new Silence("session vocabulary", REPORT_VOICE, "the report reviews its body's own sittings",
                    at(Where.BODY, Where.OPENING)),
            new Silence("congress in session (issuer + proceedings)", REPORT_VOICE, "the report reviews its body's own sittings",
                    at(Where.LEAD, Where.OPENING)),
            // The 全会 a congress's sitting holds is its plenary, not a party plenum.
            new Silence("party plenum or party committee meeting", "a congress sitting's plenary (…会议举行全会)",
                    "the 全会 is a congress sitting's plenary",
                    at(Where.HEADLINE, Where.HEADLINE), at(Where.LEAD, Where.LEAD), at(Where.LEAD, Where.HEADLINE)),
            new Silence("congress in session (issuer + proceedings)", "a reference entry's fields (词条/释义 | …)",
                    "a reference entry tells the session it describes",
                    at(Where.LEAD, Where.OPENING)),
            new Silence("editorial or commentary", "the work report explained (报告解读/解读…工作报告)",
                    "解读 of the work report tells what the report says",
                    at(Where.HEADLINE, Where.HEADLINE)),
            // An explainer of the work report (——某县政府工作报告解读) opens with the session that heard the report: the
            // session is where the explained report was delivered, as for a summary's key points.
            new Silence("congress in session (issuer + proceedings)", "the work report explained (报告解读/解读…工作报告)",
                    "the session is where the explained report was delivered",
                    at(Where.LEAD, Where.HEADLINE)),
            new Silence("congress in session (issuer + proceedings)", "the report's key points follow (工作报告…要点如下)",
                    "the session is where the summarised report was delivered",
                    at(Where.HEADLINE, Where.OPENING), at(Where.LEAD, Where.OPENING)),
            new Silence("deputies attending a session (出席…会议的代表)", "deputies home after the session (代表…返回/载誉归来)",
                    "the session is where the deputies come home from",
                    at(Where.LEAD, Where.HEADLINE)),
            // Watchers of a session's broadcast name the session they watched (3月5日，…会议在北京开幕。我县…收听收看): no sitting of theirs.
            new Silence("congress in session (issuer + proceedings)", "watching a session's broadcast (收听收看/收看…开幕式)",
                    "the session is what was watched",
                    at(Where.HEADLINE, Where.HEADLINE), at(Where.LEAD, Where.HEADLINE), at(Where.LEAD, Where.OPENING)),
            // A congress body's numbered plenary (在第二次全会上) is the sitting at work, not a speech at a party meeting.
            new Silence("speech at a party or work meeting", "a congress sitting's plenary (…会议举行全会)",
                    "the 全会 is a congress sitting's plenary",
                    at(Where.HEADLINE, Where.HEADLINE)),
            new Silence("the two sessions' press conference (两会新闻发布会)", "what was learned is the CPPCC's session (获悉，政协…会议)",
                    "the press conference's news is the CPPCC's session",
                    at(Where.OPENING, Where.LEAD)),
            // The presidium's meeting counts only when the headline or the lead does not already tell the sitting.
            new Silence("the presidium's numbered meeting (主席团举行第N次会议)", "congress in session (issuer + proceedings)",
                    "the headline or the lead tells the sitting",
                    at(Where.OPENING, Where.HEADLINE), at(Where.OPENING, Where.LEAD)),
            // --- Issue 8, round 15: one piece of evidence counts once. ---
            // 某区人大常委会…赴…调研 is one visit, which both the older row (anyone's visit: 带领…调研, 赴…调研) and the congress
            // body's row read. The body's row names the actor and is kept; the older row still counts where it alone
            // fires (a party committee's or the CPPCC's visit, 一行来我县考察), as each row catches visits the other does not.
            new Silence("a visit or inspection (调研/视察/考察)", "a congress body's visit, inspection or hearing (人大常委会…开展调研/视察/听证)",
                    "the same visit, told by the congress body's row",
                    at(Where.LEAD, Where.LEAD)),
            // A decision's adoption line heads the adopted text: the 决定 that accepts a resignation or appoints (…会议决定：
            // 接受某某辞去…职务的请求) is the resolution itself, printed as such, not news of the sitting that adopted it
            // (which carries no adoption line of its own). An appointment list keeps its own row (任命名单, in the headline).
            new Silence("a standing committee appoints (…常委会…决定任命)", "adoption line (…通过)",
                    "the adoption line heads the adopted decision",
                    at(Where.LEAD, Where.OPENING)),
            new Silence("a standing committee appoints (…常委会…决定任命)", "adoption line run into its text ((…会议通过)…)",
                    "the adoption line heads the adopted decision",
                    at(Where.LEAD, Where.OPENING)),
            new Silence("a congress body's personnel acts (人大常委会任命/任免/接受辞职)", "adoption line (…通过)",
                    "the adoption line heads the adopted decision",
                    at(Where.LEAD, Where.OPENING)),
            new Silence("a congress body's personnel acts (人大常委会任命/任免/接受辞职)", "adoption line run into its text ((…会议通过)…)",
                    "the adoption line heads the adopted decision",
                    at(Where.LEAD, Where.OPENING)),
            // A consultation on a draft closes as a notice does (特此公告 and the standing committee's name): the draft is what
            // is consulted on, as for the notice's heading (rows above).
            new Silence("a congress body's notice closes (特此公告 and its name)", "public comment on a draft (…草案…征求意见)",
                    "a consultation on a draft is no session's notice",
                    at(Where.BODY, Where.HEADLINE)));

    /** Drops the fired cues a {@link #SILENCES} row explains away; what was dropped, and why, for the cues. */
    private static List<String> silence(List<Fired> fired) {
        List<String> notes = List.of();
        for (Silence s : SILENCES) {
            for (Silence.Places p : s.places()) {
                boolean because = fired.stream().anyMatch(f -> f.cue().where() == p.because() && f.cue().name().equals(s.because()));
                if (!because) {
                    continue;
                }
                for (java.util.Iterator<Fired> it = fired.iterator(); it.hasNext();) {
                    Fired f = it.next();
                    if (f.cue().where() == p.silenced() && f.cue().name().equals(s.silenced())) {
                        it.remove();
                        notes = notes.isEmpty() ? new ArrayList<>() : notes;
                        notes.add("not counted (" + s.why() + "): " + f.describe());
                    }
                }
            }
        }
        return notes;
    }

    /** Each place's text walked once for the words of all counted cues looking there. */
    private static List<List<String>>[] scan(Views views) {
        @SuppressWarnings("unchecked")
        List<List<String>>[] scanned = new List[SCANNERS.length];
        for (Where where : Where.values()) {
            if (SCANNERS[where.ordinal()] != null) {
                scanned[where.ordinal()] = SCANNERS[where.ordinal()].scan(views.text(where));
            }
        }
        return scanned;
    }

    /** The calibrated probability that the winner is right, given its margin over the runner-up. */
    public static double confidence(double margin) {
        return 1.0 / (1.0 + Math.exp(-(CALIBRATION_A * margin + CALIBRATION_B)));
    }

    /** What follows a congress named as the author of its standing committee's report: (常委会)工作报告. */
    private static final Pattern OWN_REPORT_AFTER = Pattern.compile("(?:常委会|常务委员会)?工作报告");

    /** Who acts in the headline (or, without one, in the lead): a congress leans to session news, other bodies to other. */
    private static java.util.Optional<Fired> issuerCue(Views views) {
        String where = "headline";
        String headline = mask(views.headline());
        String searched = headline;
        Matcher m = ISSUER.matcher(headline);
        if (!findActor(m, headline)) {
            // In the lead only the subject counts: an institution named at its start, not one mentioned in passing.
            String lead = mask(views.lead());
            lead = lead.substring(0, Math.min(30, lead.length()));
            searched = lead;
            m = ISSUER.matcher(lead);
            where = "lead";
            if (!findActor(m, lead)) {
                return java.util.Optional.empty();
            }
        }
        Where w = where.equals("headline") ? Where.HEADLINE : Where.LEAD;
        if (m.group(1) != null && OWN_REPORT_AFTER.matcher(searched).region(m.end(), searched.length()).lookingAt()) {
            // A congress's standing committee named with its work report (全国人大常委会工作报告显示，…) is the report's
            // author, as a government is of its own: evidence of the report, not of a sitting.
            return java.util.Optional.empty();
        }
        if (m.group(4) != null && (views.headline() + views.lead()).contains("工作报告")) {
            // A government named with its work report is the report's author: evidence of the report, not against it.
            return java.util.Optional.empty();
        }
        if (m.group(1) != null) {
            return java.util.Optional.of(new Fired(new Cue("issuer is a people's congress", Category.SESSION_NOTICE, w, t -> List.of(), 1.0, 1.0),
                    List.of(m.group()), 1.0));
        }
        String what = m.group(2) != null ? "issuer is the CPPCC" : m.group(3) != null ? "issuer is a party body" : "issuer is a government";
        double weight = m.group(2) != null ? 1.5 : 1.0;
        return java.util.Optional.of(new Fired(new Cue(what, Category.OTHER, w, t -> List.of(), weight, weight), List.of(m.group()), weight));
    }

    /** Finds the next issuer that acts: a body that is heard or judged (听取/审议/评议 …的报告) is the object, not the actor. */
    private static boolean findActor(Matcher m, String text) {
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 6), m.start());
            if (!OBJECT_OF.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that contain an issuer's name but are no issuer acting: the government's report is a report, and 人大换届
     * (the re-election of the congresses, by the voters and election committees) is something done to the congresses.
     */
    private static String mask(String text) {
        return MASKED.matcher(text).replaceAll("□");
    }

    private static final Pattern MASKED = Pattern.compile("政府工作报告|人大代表|政协委员|人大和政协|人大、政协|两会|人大换届"
            // the bodies under whose leadership, oversight or support the subject acted (在市委坚强领导、市人大有力监督下，全市法院…):
            // the formula of every report and much news; the subject follows it
            + "|在[^。，,；;]{0,60}?(?:领导|监督|支持|指导|关心|关怀)下"
            // a post held by the person who acts (法院党组书记、院长某某作报告): the party group does not act
            + "|党组(?:书记|副书记|成员)"
            // the landmarks of a year a report or a review opens with (2024年是党的二十届三中全会召开之年): no actor
            + "|" + YEAR_MARKED
            // the moment an event is set in (在全市上下深入贯彻落实…全会精神、推进…的关键时刻，…): the bodies named in it are
            // the time's landmarks, not who acts; the subject follows it
            + "|" + SETTING_CLAUSE);

    private static String adoptionLine(String opening) {
        for (int from = 0, to; from <= opening.length(); from = to + 1) {
            to = lineEnd(opening, from);
            if (to - from <= 90 && mayBeAdoption(opening, from, to)) {
                String line = opening.substring(from, to);
                if (ADOPTION.matcher(line).lookingAt()) {
                    return abbreviate(line);
                }
            }
        }
        return null;
    }

    /**
     * A bracketed adoption line with the text it heads run on after it on the same line ((2016年10月27日…常务委员会第三十六
     * 次会议通过) 某某…会议听取了…), as web copies that lost the line breaks print it; at most a title before it (no sentence
     * punctuation, no 《》 of a law a sentence quotes). Only when no adoption line stands on a line of its own: one adoption.
     */
    private static String gluedAdoptionLine(String opening) {
        if (opening.indexOf('年') < 0 || !namesAny(opening, ADOPTED_WORDS) || adoptionLine(opening) != null) {
            return null;
        }
        return firstOrNull(GLUED_ADOPTION, opening);
    }

    private static final List<String> ADOPTED_WORDS = Vocabulary.requiredWords(ADOPTED).get(0);
    private static final Pattern GLUED_ADOPTION = Pattern.compile("^[^。，,；;：:！？!?《》\n]{0,60}?[（(]\\s*"
            + adoptedAfter(FOUR_DIGIT_YEAR + "年", "[^（()）\n]") + "\\s*[)）](?=\\s*\\S)", Pattern.MULTILINE);

    /** The end of the line starting at {@code from}: the next {@code \n} or the end of the text. */
    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /**
     * Every adoption line opens with its year ({@code 2025年}, {@code （二〇二五年}): without whitespace, its first 年 stands
     * right after four digits and at most a bracket, at index 4 or 5. A line whose first 年 stands elsewhere is none,
     * and needs no squeezing or regex to tell (most paragraphs of a body).
     */
    private static boolean mayBeAdoption(String line) {
        return mayBeAdoption(line, 0, line.length());
    }

    /** {@link #mayBeAdoption(String)} of {@code text[from, to)}. */
    private static boolean mayBeAdoption(String text, int from, int to) {
        if (lostDateSeparators(text, from, to)) {
            return true;
        }
        int before = 0;
        for (int i = from; i < to && before <= 5; i++) {
            char c = text.charAt(i);
            if (c == '年') {
                return before >= 4;
            }
            if (!isSpace(c)) {
                before++;
            }
        }
        return false;
    }

    /**
     * Whether the line opens, past a bracket, with a date whose 年 and 月 a web copy lost (202184日 for 2021年8月4日: six
     * to eight digits, then 日). Such copies keep the rest of the adoption line; no other line of a body opens so.
     */
    private static boolean lostDateSeparators(String text, int from, int to) {
        int i = from;
        while (i < to && (isSpace(text.charAt(i)) || text.charAt(i) == '（' || text.charAt(i) == '(')) {
            i++;
        }
        int digits = 0;
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            digits++;
            i++;
        }
        return digits >= 6 && digits <= 8 && i < to && text.charAt(i) == '日';
    }

    /** Whether the line, without whitespace, is an adoption line. */
    private static boolean isAdoption(String line) {
        return mayBeAdoption(line) && ADOPTION.matcher(squeeze(line)).lookingAt();
    }

    /**
     * The CPPCC named ({@code 政协}, {@code 政治协商会议}, 政协委员 too) more often than the congress in any form, its
     * deputies included ({@code 人大}, not in {@code 老年人大学}; {@code 人民代表大会}; {@code 人代会}).
     */
    private static boolean aboutCppcc(String body) {
        int cppcc = count(body, "政协") + count(body, "政治协商会议");
        if (cppcc == 0) {
            return false;
        }
        return cppcc > peoplesCongressNamed(body);
    }

    /** How often a text names a people's congress in any form, its deputies included (not 老年人大学). */
    static int peoplesCongressNamed(String body) {
        int congress = count(body, "人民代表大会") + count(body, "人代会");
        for (int at = body.indexOf("人大"); at >= 0; at = body.indexOf("人大", at + 1)) {
            if (!body.startsWith("老年", at - 2) && !body.startsWith("学", at + 2)) {
                congress++;
            }
        }
        return congress;
    }

    /** Occurrences of a word that cannot overlap itself (no proper prefix of it is also its suffix). */
    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    private static String adoptionList(String body) {
        Set<String> lines = new LinkedHashSet<>();
        for (int from = 0, to; from <= body.length(); from = to + 1) {
            to = lineEnd(body, from);
            if (!mayBeAdoption(body, from, to)) {
                continue;
            }
            String l = squeeze(body.substring(from, to));
            if (l.length() <= 90 && ADOPTION.matcher(l).lookingAt()) {
                lines.add(l);
            }
        }
        return lines.size() >= 3 ? lines.size() + " adoption lines" : null;
    }

    private static String bulletinPhrasing(String body) {
        if (namesAny(body, SPEAKER)) {
            return null;
        }
        List<String> found = BULLETIN_WORDS.distinct(body);
        return found.size() >= 3 ? String.join("、", found.subList(0, 3)) : null;
    }

    private record Fired(Cue cue, List<String> found, double score) {

        String describe() {
            return cue.where().label() + ": " + cue.name() + " «" + String.join("、", found.subList(0, Math.min(4, found.size()))) + "» +"
                    + twoDecimals(score);
        }
    }

    /** The texts the cues look at. */
    public record Views(String headline, String lead, String opening, String body, boolean headed) {

        private static final int OPENING_PARAGRAPHS = 4;
        /** The most paragraphs the opening reads to reach its first sentence ({@link #openingParagraphs}). */
        private static final int OPENING_PARAGRAPHS_TO_A_SENTENCE = 10;

        /**
         * How many paragraphs the opening reads: {@value #OPENING_PARAGRAPHS}, or through the first that holds a sentence
         * when those hold none. A document's letterhead (某某人民代表大会常务委员会文件, its file number), a title broken over
         * lines, or a page's breadcrumb and date fields stand above the adoption line and the first sentence, lines that
         * tell nothing; the opening is what stands under the heading, so it reads past them, as a reader's eye does.
         */
        static int openingParagraphs(List<String> paragraphs) {
            int limit = Math.min(OPENING_PARAGRAPHS_TO_A_SENTENCE, paragraphs.size());
            for (int i = 0; i < limit; i++) {
                String p = paragraphs.get(i);
                if (p.indexOf('。') >= 0 || p.indexOf('！') >= 0 || p.indexOf('？') >= 0) {
                    return Math.max(OPENING_PARAGRAPHS, i + 1);
                }
            }
            return OPENING_PARAGRAPHS; // no sentence near the top (a gallery of captions, a list): its first lines
        }
        static final int BODY_EVIDENCE_CHARS = 5000;

        public static Views of(Article article) {
            StringBuilder headline = new StringBuilder();
            for (String part : new String[] {article.kicker(), article.title(), article.subtitle()}) {
                // An adoption line the splitter took for a title is evidence of the opening, not a headline; the credit
                // of a graphic or photo (宜宾观察 曹洋/制图) names who made a picture, not what the article is.
                if (part != null && !part.isBlank() && !isAdoption(part) && !PICTURE_CREDIT.matcher(part).find() && !isNavigationBar(part)) {
                    headline.append(squeeze(withoutTranslation(withoutGluedDateline(part)))).append('\n');
                }
            }
            List<String> paragraphs = withoutLinksToOtherStories(article.paragraphs());
            List<String> opening = new ArrayList<>();
            for (String part : new String[] {article.kicker(), article.title(), article.subtitle()}) {
                if (part != null && !part.isBlank()) {
                    opening.add(squeeze(part)); // an adoption line or notice number the splitter took for a headline
                }
            }
            // A headline glued to its dateline that the splitter took for the byline heads the article, unless it is an
            // adoption line with a date: then, like one taken for a title, it is evidence of the opening.
            String gluedByline = !article.hasHeadline() && article.byline() != null ? gluedTitle(article.byline()) : null;
            if (gluedByline != null) {
                String glued = squeeze(gluedByline);
                opening.add(glued);
                if (!isAdoption(glued)) {
                    headline.append(glued).append('\n');
                }
            }
            int headed = opening.size();
            int leadTo = -1; // the lead is looked for in the first OPENING_PARAGRAPHS alone: what stands further down is no lead
            for (int i = 0; i < Math.min(openingParagraphs(paragraphs), paragraphs.size()); i++) {
                String p = squeeze(paragraphs.get(i));
                if (i == OPENING_PARAGRAPHS) {
                    leadTo = opening.size();
                    opening.add(p); // read past a letterhead or a breadcrumb for the opening's own evidence (an adoption line)
                    continue;
                } else if (i > OPENING_PARAGRAPHS) {
                    opening.add(p);
                    continue;
                }
                opening.add(p);
                // 原标题 lines, and the first line of an article the splitter found no headline for when it reads like
                // one (short, no sentence end): a title split from its article or glued to a date line.
                String glued = i == 0 && !article.hasHeadline() ? gluedTitle(paragraphs.get(i)) : null;
                if (ORIGINAL_TITLE.matcher(p).lookingAt() || i == 0 && !article.hasHeadline() && p.length() <= 50 && p.indexOf('。') < 0
                        && !isAdoption(p)) {
                    headline.append(p).append('\n');
                } else if (glued != null) {
                    String title = squeeze(glued);
                    if (isAdoption(title)) {
                        opening.add(title); // an adoption line with the page's date after it
                    } else {
                        headline.append(title).append('\n');
                    }
                }
            }
            int n = opening.size();
            leadTo = leadTo < 0 ? n : leadTo;
            for (int i = 0; i + 1 < n; i++) {
                opening.add(opening.get(i) + opening.get(i + 1));
            }
            return new Views(headline.toString().trim(), lead(pastPageChrome(opening.subList(headed, leadTo), paragraphs)), String.join("\n", opening), bodyStart(paragraphs),
                    article.hasHeadline());
        }

        /** The fewest menu entries a line needs to be read as a navigation bar: a headline splits into two or three clauses at most. */
        private static final int NAVIGATION_ENTRIES = 5;
        private static final Pattern MENU_ENTRY = Pattern.compile("[\\p{IsHan}A-Za-z]{2,6}");
        /** What sets a menu's entries apart (compiled once: String.split compiled it for every line asked). */
        private static final Pattern MENU_SEPARATOR = Pattern.compile("[\\s\u3000\u00a0|｜]+");

        /**
         * A site's menu the splitter took for a headline (专题首页 两会动态 报告解读 建言献策 公告决议 两会影像): five or more
         * short entries of words alone, no numbers, no punctuation, set apart by spaces. Its entries name the site's sections
         * (解读, 影像), not what the article is; a headline of clauses set apart by spaces has two or three, and longer ones.
         */
        static boolean isNavigationBar(String line) {
            String[] entries = MENU_SEPARATOR.split(line.strip());
            if (entries.length < NAVIGATION_ENTRIES) {
                return false;
            }
            for (String entry : entries) {
                if (!MENU_ENTRY.matcher(entry).matches()) {
                    return false;
                }
            }
            return true;
        }

        /** Words only a site's footer or header prints: its ICP and licence numbers, its copyright, who hosts or runs it. */
        private static final List<String> SITE_CHROME_WORDS = List.of("ICP", "备案", "许可证", "版权所有", "Copyright", "©", "网络支持",
                "技术支持", "主办单位", "承办单位",
                // a forum's thread chrome above the post (• 81阅读 • 0回复, 上一主题 下一主题, 只看楼主 倒序阅读 发表于: …)
                "只看楼主", "倒序阅读", "上一主题", "发表于");

        /** How far past the opening paragraphs the lead is looked for when none of them holds a sentence. */
        private static final int LEAD_PARAGRAPHS_PAST_CHROME = 8;

        /**
         * The paragraphs the lead is looked for in: the opening's, and when none of them holds a sentence and they are a web
         * page's chrome before the article (ICP and licence lines, copyright, who hosts the site), the next ones too, so
         * that the article is judged by its own first sentence, not by the chrome joined up.
         */
        private static List<String> pastPageChrome(List<String> openingParagraphs, List<String> paragraphs) {
            if (paragraphs.size() <= openingParagraphs.size() || openingParagraphs.stream().anyMatch(p -> p.indexOf('。') >= 0)
                    || openingParagraphs.stream().noneMatch(p -> namesAny(p, SITE_CHROME_WORDS)) && !isVerseLeadIn(openingParagraphs)) {
                return openingParagraphs; // short lines that are no site chrome (a gallery's captions, a list) are the article
            }
            List<String> more = new ArrayList<>(openingParagraphs);
            for (int i = openingParagraphs.size(); i < Math.min(LEAD_PARAGRAPHS_PAST_CHROME, paragraphs.size()); i++) {
                more.add(squeeze(paragraphs.get(i)));
            }
            return more;
        }

        /** The longest line of a verse lead-in. */
        private static final int VERSE_LINE_CHARS = 12;

        /**
         * Lines of verse a feature or a caption page opens with before its first sentence (已是初春 / 又是一年两会时 /
         * 共商国是的点滴 / 参政议政的瞬间): each short, without a digit or any punctuation. They set a mood and tell nothing;
         * the lead is the first sentence after them. A list of headlines or captions has longer lines, or punctuation.
         */
        private static boolean isVerseLeadIn(List<String> lines) {
            if (lines.size() < 2) {
                return false;
            }
            for (String line : lines) {
                if (line.isEmpty() || line.length() > VERSE_LINE_CHARS) {
                    return false;
                }
                for (int i = 0; i < line.length(); i++) {
                    if (!Character.isLetter(line.charAt(i))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * A bilingual title's translation after it (全国人民代表大会常务委员会工作报告 Report / on the Work of …): the Chinese
         * title alone, so that what a headline ends with (…工作报告) still ends it. Only a run of Latin words after a space
         * that follows Chinese script is cut: a headline that is all Latin, or that names GDP or a PPT inside, keeps it.
         */
        private static final Pattern TRANSLATION_AFTER = Pattern.compile("(?<=[\\p{IsHan}）)》”])[\\s\u3000]+[A-Za-z][A-Za-z0-9\\s’'.,:;()\\-–]*$");

        static String withoutTranslation(String title) {
            if (title.isEmpty() || !isLatinLetter(title.charAt(title.length() - 1)) && ".)".indexOf(title.charAt(title.length() - 1)) < 0) {
                return title; // most headlines end in Chinese script: no regex
            }
            return TRANSLATION_AFTER.matcher(title).replaceFirst("");
        }

        private static boolean isLatinLetter(char c) {
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
        }

        /**
         * A title the splitter found with its web dateline glued on (县人大常委会人事任免办法.doc 2017-11-11 10:21 来源：某某网):
         * the title alone, so that what a headline ends with (…办法, …工作报告) still ends it.
         */
        private static String withoutGluedDateline(String title) {
            String glued = gluedTitle(title);
            return glued == null ? title : glued;
        }

        /**
         * The title of a line that is a headline glued to its web dateline ({@link #GLUED_DATELINE}), or null. Only short
         * lines with a digit or a colon are tried: every glued dateline has a date, a time or a field with its colon, and
         * the expression's repeated fields must not meet a long run of digits and colons.
         */
        private static String gluedTitle(String line) {
            if (line.length() > GLUED_LINE_MAX || !mayHoldDatelineField(line)) {
                return null;
            }
            Matcher glued = GLUED_DATELINE.matcher(line.strip());
            return glued.matches() ? glued.group(1) : null;
        }

        /**
         * Whether a line may hold a web dateline's date, time or field: a digit before a date or time separator (2024-03-05,
         * 2024年, 10:21) or a field's name ({@link #GLUED_DATELINE} asks for one of them); most headlines hold neither.
         */
        private static boolean mayHoldDatelineField(String line) {
            for (int i = 0; i + 1 < line.length(); i++) {
                char c = line.charAt(i);
                if (c >= '0' && c <= '9' && "-/.年:：".indexOf(line.charAt(i + 1)) >= 0) {
                    return true;
                }
            }
            return namesAny(line, DATELINE_FIELDS);
        }

        private static final List<String> DATELINE_FIELDS = List.of("来源", "作者", "编辑", "发布", "浏览", "点击");

        /** The longest line read as a headline glued to its dateline: a title of 60 characters and its fields. */
        private static final int GLUED_LINE_MAX = 120;

        /**
         * The paragraphs without the links to other stories a web page prints around an article (上一篇：…, 下一篇：…,
         * 相关新闻：…): their words are those other stories' headlines, never evidence of this one. The splitter keeps them
         * as text (they may carry words), so they stand in the body, on lines of their own or glued to the article's last
         * line (…发布。|分享到：微信 上一篇：…): a paragraph ends where such a link starts.
         */
        private static List<String> withoutLinksToOtherStories(List<String> paragraphs) {
            List<String> kept = null;
            for (int i = 0; i < paragraphs.size(); i++) {
                String p = paragraphs.get(i);
                // every link has its colon and one of its label's words: a paragraph without them needs no regex
                Matcher link = p.indexOf('：') < 0 && p.indexOf(':') < 0 || !namesAny(p, OTHER_STORY_LABEL_WORDS) ? null
                        : OTHER_STORY_LINK.matcher(p);
                boolean cut = link != null && link.find();
                if (cut && kept == null) {
                    kept = new ArrayList<>(paragraphs.subList(0, i));
                }
                String text = cut ? p.substring(0, link.start()).strip() : p;
                if (kept != null && !text.isEmpty()) {
                    kept.add(text);
                }
            }
            return kept == null ? paragraphs : kept;
        }

        /** The first {@value #BODY_EVIDENCE_CHARS} characters of the body (paragraphs joined by line breaks), without joining the rest. */
        private static String bodyStart(List<String> paragraphs) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < paragraphs.size() && body.length() <= BODY_EVIDENCE_CHARS; i++) {
                if (i > 0) {
                    body.append('\n');
                }
                body.append(paragraphs.get(i));
            }
            return body.length() <= BODY_EVIDENCE_CHARS ? body.toString() : body.substring(0, BODY_EVIDENCE_CHARS);
        }

        /**
         * The first sentence: of the first opening paragraph that has one (so breadcrumbs, captions and file names
         * before it do not count), through its first 。, at most 160 characters. A short opener without a date or a
         * number (凝聚力量谋发展，担当实干谱新篇。), after any dateline (本报讯（记者 某某）), is the rhetorical couplet news of the
         * genre opens with: the lead runs on through the next sentence, which tells what happened.
         */
        private static String lead(List<String> paragraphs) {
            paragraphs = withoutLeadingCaptions(paragraphs);
            for (String p : paragraphs) {
                String s = withoutCaptionCell(p);
                int stop = s.indexOf('。', Math.min(12, s.length()));
                if (stop >= 0) {
                    Matcher dateline = DATELINE.matcher(s);
                    int from = dateline.lookingAt() && dateline.end() <= stop ? dateline.end() : 0;
                    int next = stop - from < RHETORICAL_OPENER_CHARS && isRhetorical(s, from, stop) || gluedToChrome(s, from, stop)
                            ? s.indexOf('。', stop + 1) : -1;
                    return s.substring(0, Math.min((next >= 0 ? next : stop) + 1, 160));
                }
            }
            String all = String.join("", paragraphs);
            return all.length() <= 160 ? all : all.substring(0, 160);
        }

        /**
         * The paragraphs from the first that is no photo caption. A web page puts a picture's caption above the news: a
         * paragraph that ends with its photographer's credit (…开幕。中新社记者 某某 摄), or one short sentence followed by
         * the news's dateline (湖南省省长某某作政府工作报告。 over 红网长沙1月14日讯（…）…开幕。). The caption tells what the
         * picture shows, one moment of the event; the lead is the dateline's sentence. Nothing is skipped when nothing would
         * remain.
         */
        private static List<String> withoutLeadingCaptions(List<String> paragraphs) {
            int from = 0;
            while (from + 1 < paragraphs.size() && isCaption(paragraphs.get(from), paragraphs.get(from + 1))) {
                from++;
            }
            if (from == 0 || paragraphs.subList(from, paragraphs.size()).stream().noneMatch(p -> p.indexOf('。') >= 0)
                    || isCreditedCaption(paragraphs.get(from))) {
                // a caption over nothing that tells (a share button, a link), or a gallery of captions each closed by its
                // credit: the captions are the article
                return paragraphs;
            }
            return paragraphs.subList(from, paragraphs.size());
        }

        /** The longest caption read as one: a sentence and a credit. */
        private static final int CAPTION_CHARS = 80;
        /** The longest one-sentence caption that stands over a dateline. */
        private static final int DATELINE_CAPTION_CHARS = 40;
        /** A photographer's credit closing a caption: 记者某某摄, （某某 摄）, 某某 摄影. */
        private static final Pattern PHOTO_CREDIT_END = Pattern.compile("摄影?[）)]?$");
        /** The dateline of a news item: 本报讯, or a place and a date with 讯 or 电 (红网长沙1月14日讯, 新华社北京3月5日电). */
        private static final Pattern NEWS_DATELINE = Pattern.compile("^(?:本报讯|[^，。,（(]{2,16}?\\d{1,2}月\\d{1,2}日(?:讯|电))");

        private static boolean isCreditedCaption(String paragraph) {
            return paragraph.length() <= CAPTION_CHARS && PHOTO_CREDIT_END.matcher(paragraph).find();
        }

        private static boolean isCaption(String paragraph, String next) {
            if (paragraph.isEmpty()) {
                return false;
            }
            if (isCreditedCaption(paragraph)) {
                return true;
            }
            int stop = paragraph.indexOf('。');
            return paragraph.length() <= DATELINE_CAPTION_CHARS && stop == paragraph.length() - 1 && !NEWS_DATELINE.matcher(paragraph).find()
                    && NEWS_DATELINE.matcher(next).find();
        }

        /**
         * Whether {@code s[from, stop)} is a site's chrome glued to the article's first sentence (杭州网网络支持：某某网络传媒
         * 有限公司扬帆起航谱新篇，朝气蓬勃向未来。): it tells nothing of the article, so the lead runs on through the next
         * sentence, as past a rhetorical opener.
         */
        private static boolean gluedToChrome(String s, int from, int stop) {
            return namesAny(s.substring(from, stop), SITE_CHROME_WORDS);
        }

        /**
         * A paragraph without the table cell a web page set a photo's caption in before the news, on the same line
         * (|中外记者纷纷对总理的政府工作报告进行分析报道。|3月5日上午，…开幕): a short cell between pipes that closes a sentence,
         * with text after it. The caption tells what the picture shows; the lead is what follows.
         */
        private static String withoutCaptionCell(String paragraph) {
            if (paragraph.isEmpty() || paragraph.charAt(0) != '|') {
                return paragraph;
            }
            int close = paragraph.indexOf('|', 1);
            return close > 1 && close <= CAPTION_CHARS && close + 1 < paragraph.length() && paragraph.charAt(close - 1) == '。'
                    ? paragraph.substring(close + 1) : paragraph;
        }

        /** How long a rhetorical opener may be, at most: two clauses of a few characters each and their punctuation. */
        private static final int RHETORICAL_OPENER_CHARS = 24;

        /** The dateline a lead may open with: 本报讯（记者 某某）, 本报北京3月4日电, 新华社北京3月5日电（记者 某某）. */
        private static final Pattern DATELINE = Pattern.compile(
                "(?:本报讯|本报[^，。]{0,8}电|新华社[^，。]{0,10}电|[^，。]{0,10}日电)(?:[（(][^（()）]{0,30}[）)])?");

        /** Whether {@code s[from, stop)} holds no Arabic digit and no date word: it tells no when, no how many. */
        private static boolean isRhetorical(String s, int from, int stop) {
            for (int i = from; i < stop; i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == '月' || c == '日' || c == '年' || c == '讯' || c == '电') {
                    return false;
                }
            }
            return true;
        }

        public String text(Where where) {
            return switch (where) {
                case HEADLINE -> headline;
                case LEAD -> lead;
                case OPENING -> opening;
                case BODY -> body;
            };
        }
    }

    /** The text without whitespace (ASCII, ideographic and no-break spaces: {@code [\s\u3000\u00a0]}), copied only when it has some. */
    private static String squeeze(String text) {
        int i = 0;
        while (i < text.length() && !isSpace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000' || c == '\u00a0';
    }

    private static List<String> first(Pattern p, String text) {
        String found = firstOrNull(p, text);
        return found == null ? List.of() : List.of(found);
    }

    private static String firstOrNull(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? abbreviate(m.group()) : null;
    }

    private static List<String> distinct(Pattern p, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return List.copyOf(found);
    }

    private static String format(Map<Category, Double> scores) {
        StringBuilder out = new StringBuilder();
        scores.forEach((c, s) -> out.append(out.length() == 0 ? "" : ", ").append(c.wireName()).append(' ').append(twoDecimals(s)));
        return out.toString();
    }

    /** {@code String.format(Locale.ROOT, "%.2f", x)} for the scores here (finite, not negative), without the formatter's cost. */
    static String twoDecimals(double x) {
        double sixtyFourths = x * 64; // exact: a power of two
        if (sixtyFourths >= 0 && sixtyFourths < TWO_DECIMALS.length && sixtyFourths == (int) sixtyFourths) {
            return TWO_DECIMALS[(int) sixtyFourths];
        }
        return exactTwoDecimals(x);
    }

    private static String exactTwoDecimals(double x) {
        return java.math.BigDecimal.valueOf(x).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * {@link #twoDecimals} of k/64 for k below 64 * 64, written once: weights, boosts and the prior are multiples of a
     * quarter (boosts of 1.25, 0.75 and 0.5 make them sixteenths), so every score and margin is one of these.
     */
    private static final String[] TWO_DECIMALS = new String[64 * 64];

    static {
        for (int k = 0; k < TWO_DECIMALS.length; k++) {
            TWO_DECIMALS[k] = exactTwoDecimals(k / 64.0);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
