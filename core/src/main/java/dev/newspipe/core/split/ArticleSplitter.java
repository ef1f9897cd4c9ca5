package dev.newspipe.core.split;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.PageRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of one newspaper page into the articles a reader sees.
 *
 * <p>It works in three passes: {@link LineKind classify} each line; re-join paragraphs that the layout broke
 * mid-sentence (also across blank lines and across a stray running header); then read the sequence of
 * heading blocks, bodies, numbered notices and continuation markers into articles. Finally each article
 * loses the paragraphs and long sentences that the extraction repeated.
 *
 * <p>Pure and stateless: safe to share between threads.
 */
public final class ArticleSplitter {

    private static final String BYLINE_CREDIT = "[（(]\\s*(记者|通讯员|特约记者|见习记者|实习记者)[^）)]{1,40}[）)]";
    /** {@code 本报讯（记者 李雪峰）}, {@code 本报北京3月5日电 （记者 …）}, {@code 新华社北京3月5日电}, {@code （记者 …）}. */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:本报讯|(?:本报|新华社|中新社|人民日报)[^\\s（(，,。]{0,14}(?:讯|电)|[\\p{IsHan}]{2,8}讯)(?:\\s*" + BYLINE_CREDIT + ")?"
                    + "|" + BYLINE_CREDIT + ")");
    /** The first of two headline lines is a kicker when it reports who said or did what: …时强调, …指出. */
    private static final Pattern KICKER_ENDING = Pattern.compile("(强调|指出|表示|要求|提出|说|时|会见|主持|出席|讲话|致辞|调研|考察|宣布)$");
    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?；;]+[。！？!?；;]*[”’」』]?");
    private static final int REPEATED_SENTENCE_MIN = 20;

    private record Line(LineKind kind, String text) {}

    /** A heading block read into its parts. */
    private record Heading(String kicker, String title, String subtitle, String byline) {
        static final Heading NONE = new Heading(null, null, null, null);
    }

    /** An article being collected. */
    private static final class Draft {
        final Heading heading;
        final List<Line> body = new ArrayList<>();
        String continuedFrom;
        String continuesOn;

        Draft(Heading heading, String continuedFrom) {
            this.heading = heading;
            this.continuedFrom = continuedFrom;
        }
    }

    /** The articles of text that came from no page file. */
    public List<Article> split(String pageText) {
        return split(PageRef.NONE, pageText);
    }

    /** The articles of a page, in reading order, each standing on {@code page}. */
    public List<Article> split(PageRef page, String pageText) {
        List<Line> lines = joinBrokenParagraphs(classify(pageText));
        List<Draft> drafts = segment(lines);
        List<Article> articles = new ArrayList<>();
        for (Draft draft : drafts) {
            List<String> paragraphs = withoutRepeats(draft.body);
            if (paragraphs.isEmpty()) {
                // a headline with nothing under it is a masthead or a section label, not an article
                continue;
            }
            String byline = draft.heading.byline();
            if (byline == null && !paragraphs.isEmpty()) {
                Matcher m = BYLINE.matcher(paragraphs.get(0));
                byline = m.find() ? m.group().trim() : null;
            }
            articles.add(new Article(page, articles.size() + 1, draft.heading.kicker(), draft.heading.title(),
                    draft.heading.subtitle(), byline, paragraphs, draft.continuedFrom, draft.continuesOn, null));
        }
        return articles;
    }

    private static List<Line> classify(String pageText) {
        List<Line> lines = new ArrayList<>();
        String previous = null;
        int signOffFollowers = 0;
        for (String raw : pageText.split("\\R")) {
            String text = raw.strip();
            if (text.isEmpty() || text.equals(previous)) {
                // the extraction sometimes prints a headline twice in a row
                continue;
            }
            previous = text;
            LineKind kind = LineKind.of(text);
            if (kind == LineKind.SIGN_OFF) {
                signOffFollowers = 2;
            } else if (signOffFollowers > 0 && kind == LineKind.HEADLINE) {
                // 现予公告 is followed by the issuing body and the date: part of the notice, not a headline
                kind = LineKind.SIGN_OFF;
                signOffFollowers--;
            } else {
                signOffFollowers = 0;
            }
            if (kind == LineKind.TITLE) {
                text = text.substring(2).strip();
            } else if (kind == LineKind.SECTION && text.startsWith("#")) {
                text = text.replaceFirst("^#+\\s*", "");
            }
            lines.add(new Line(kind, text));
        }
        return lines;
    }

    /**
     * Re-joins running text that the layout broke mid-sentence. A line that does not end a sentence takes the
     * next body line; a short headline-like line between the two halves is a running header and is dropped.
     */
    private static List<Line> joinBrokenParagraphs(List<Line> lines) {
        List<Line> joined = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i++);
            if (!canContinue(line.kind())) {
                joined.add(line);
                continue;
            }
            StringBuilder text = new StringBuilder(line.text());
            while (i < lines.size() && !endsSentence(text)) {
                Line next = lines.get(i);
                if (next.kind() == LineKind.BODY) {
                    text.append(next.text());
                    i++;
                } else if (next.kind() == LineKind.HEADLINE && i + 1 < lines.size()
                        && lines.get(i + 1).kind() == LineKind.BODY && !BYLINE.matcher(lines.get(i + 1).text()).find()) {
                    text.append(lines.get(i + 1).text());
                    i += 2;
                } else {
                    break;
                }
            }
            joined.add(new Line(line.kind(), text.toString()));
        }
        return joined;
    }

    private static boolean canContinue(LineKind kind) {
        return kind == LineKind.BODY || kind == LineKind.CAPTION || kind == LineKind.LIST_ITEM;
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

    private static List<Draft> segment(List<Line> lines) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        boolean afterContinuesOn = false;
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            switch (line.kind()) {
                case CONTINUED_FROM -> {
                    current = new Draft(Heading.NONE, page(line.text()));
                    drafts.add(current);
                    i++;
                }
                case HEADLINE, TITLE, SUBTITLE, CREDIT -> {
                    int end = i;
                    while (end < lines.size() && lines.get(end).kind().isHeading() && end - i < 5) {
                        end++;
                    }
                    Heading heading = readHeading(lines.subList(i, end));
                    if (current != null && current.body.isEmpty() && current.heading == Heading.NONE
                            && current.continuedFrom != null && !Article.UNKNOWN_PAGE.equals(current.continuedFrom)) {
                        // (上接第一版) directly above a headline: the headline of the continued part
                        Draft continued = new Draft(heading, current.continuedFrom);
                        drafts.set(drafts.size() - 1, continued);
                        current = continued;
                    } else {
                        current = new Draft(heading, null);
                        drafts.add(current);
                    }
                    i = end;
                }
                case NOTICE_NUMBER -> {
                    if (current != null && !current.body.isEmpty()) {
                        // （第2号）: a new notice under the headline of the previous one
                        current = new Draft(current.heading, null);
                        drafts.add(current);
                    }
                    current = append(drafts, current, line, afterContinuesOn);
                    i++;
                }
                case FURNITURE -> i++;
                default -> {
                    current = append(drafts, current, line, afterContinuesOn);
                    i++;
                }
            }
            afterContinuesOn = false;
            if (current != null && !current.body.isEmpty()) {
                Line last = current.body.get(current.body.size() - 1);
                Matcher m = LineKind.CONTINUATION.matcher(last.text());
                if (m.find() && !m.group(1).endsWith("接")) {
                    current.continuesOn = normalisePage(m.group(2));
                    String rest = (last.text().substring(0, m.start()) + last.text().substring(m.end())).strip();
                    current.body.remove(current.body.size() - 1);
                    if (!rest.isEmpty()) {
                        current.body.add(new Line(last.kind(), rest));
                    }
                    current = null;
                    afterContinuesOn = true;
                }
            }
        }
        return drafts;
    }

    private static Draft append(List<Draft> drafts, Draft current, Line line, boolean afterContinuesOn) {
        Draft target = current;
        if (target == null) {
            // running text without a headline after a (下转…) marker: the rest of an article from another page
            target = new Draft(Heading.NONE, afterContinuesOn ? Article.UNKNOWN_PAGE : null);
            drafts.add(target);
        }
        String text = line.text();
        Matcher m = LineKind.CONTINUATION.matcher(text);
        if (m.find() && m.start() == 0 && m.group(1).endsWith("接")) {
            if (target.continuedFrom == null || Article.UNKNOWN_PAGE.equals(target.continuedFrom)) {
                target.continuedFrom = normalisePage(m.group(2));
            }
            text = text.substring(m.end()).strip();
        }
        if (!text.isEmpty()) {
            target.body.add(new Line(line.kind(), text));
        }
        return target;
    }

    private static Heading readHeading(List<Line> block) {
        String byline = null;
        List<Line> parts = new ArrayList<>();
        for (Line line : block) {
            if (line.kind() == LineKind.CREDIT) {
                byline = byline == null ? line.text() : byline;
            } else {
                parts.add(line);
            }
        }
        if (parts.isEmpty()) {
            return new Heading(null, null, null, byline);
        }
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k).kind() == LineKind.TITLE) {
                return new Heading(join(parts.subList(0, k)), parts.get(k).text(), join(parts.subList(k + 1, parts.size())), byline);
            }
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
     * Two lines where the second is the main title: the first reports who said or did what ({@code 习近平在…时强调}),
     * or it is a row of slogans above a much longer plain title.
     */
    private static boolean isKickerAbove(List<Line> two) {
        String first = two.get(0).text();
        String second = two.get(1).text();
        return KICKER_ENDING.matcher(first).find() && !KICKER_ENDING.matcher(second).find()
                || second.length() > first.length() + 8 && !second.contains(" ") && first.contains(" ");
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

    /** Paragraphs with the exact repeats and long repeated sentences the extraction produced removed. */
    private static List<String> withoutRepeats(List<Line> body) {
        List<String> paragraphs = new ArrayList<>();
        Set<String> seenParagraphs = new HashSet<>();
        Set<String> seenSentences = new HashSet<>();
        for (Line line : body) {
            String text = line.text();
            // list items repeat facts on purpose (a summary of figures), keep them as printed
            if (line.kind() == LineKind.LIST_ITEM) {
                paragraphs.add(text);
                continue;
            }
            if (!seenParagraphs.add(text)) {
                continue;
            }
            StringBuilder kept = new StringBuilder();
            Matcher sentences = SENTENCE.matcher(text);
            int last = 0;
            while (sentences.find()) {
                String sentence = sentences.group();
                kept.append(text, last, sentences.start());
                last = sentences.end();
                String key = sentence.strip();
                if (key.length() >= REPEATED_SENTENCE_MIN && !seenSentences.add(key)) {
                    continue;
                }
                kept.append(sentence);
            }
            kept.append(text.substring(last));
            String result = kept.toString().strip();
            if (!result.isEmpty()) {
                paragraphs.add(result);
            }
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
