package dev.newspipe.core;

import dev.newspipe.core.classify.PageEvidence;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.SessionInfo;
import dev.newspipe.core.read.SimplifiedView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page tells its headless pieces. A photo caption or a short headless item says little by itself
 * ({@code 这是闭幕会后代表退场。新华社记者 某某 摄}, {@code △会前，委员们仔细核对座次表。}); a reader takes its subject from the
 * page it stands on. When the page's news reports one congress session (read by the session parse: body, term,
 * session), a caption judged other is that session's news when
 *
 * <ul>
 *   <li>it stands in a <b>photo set</b> that reports the session: captions printed one after another show one event,
 *       which one of them names ({@code 3月16日，第十届全国人民代表大会第五次会议…闭幕。…摄} over three {@code 这是…}
 *       captions). A caption that opens with a day of its own tells its own event (a page of photo news prints several
 *       stories' captions in a row), so the set speaks only for captions without one. A {@code △} item without a photo's own marks may be a brief of a briefs column, so it counts only
 *       when it shows the sitting's scene (the hall, deputies and members, before or after the meeting); or
 *   <li>it <b>names the sitting</b> by a word that only a sitting has (its delegations, its presidium, 两会, 人代会,
 *       its opening or closing meeting: {@code 市两会期间，…记者…穿梭于各个会场。图为…（记者 某某 摄）}).
 * </ul>
 *
 * A caption of other news on the same page (a photo of spring ploughing beside the session's report) is in no such set
 * and names no sitting: it stays what its own text says. A page without one congress session (none, or two) tells
 * nothing, and neither does a page to a brief, an introduction or a fragment: those name their own subject. The page's
 * word is evidence, not a verdict: the classifier weighs it ({@link #WEIGHT}) with the piece's own cues, so a caption of
 * a CPPCC meeting in the set, whose text is evidence for other, stays other.
 */
final class PageContext {

    /** What the page's evidence counts: above the prior of other, below the evidence of a CPPCC or party body plus it. */
    static final double WEIGHT = 2.5;
    /** A caption or short headless item has at most this many characters of text (whitespace not counted). */
    static final int SHORT_ITEM_MAX = 200;

    /**
     * Words a congress sitting alone has (simplified script: every piece is read through its simplified view): its
     * delegations and their open sessions for the press, its presidium and preparatory meeting, its opening and closing
     * meetings, and the names a page gives the sitting (两会 for the congress and the CPPCC sitting together, 人代会).
     * {@code 代表}, {@code 会议} and {@code 会场} alone are not here: every meeting has a venue and participants.
     */
    private static final Pattern SITTING_WORDS = Pattern.compile("两会|人代会|代表团|代表通道|主席团|预备会议|开幕会|闭幕会");

    /**
     * What a photo of a sitting shows (simplified script): the hall, the meeting before and after, the deputies and
     * members. A {@code △} opens a photo caption or a brief of a briefs column alike; in a set with the session's news, a
     * {@code △} item that shows none of these may be a brief of other news, so it is left to its own text.
     */
    private static final Pattern SITTING_SCENE = Pattern.compile("会场|会堂|礼堂|大会|会前|会后|代表|委员|开幕|闭幕");

    /**
     * A photo's own marks: {@code 图为} or {@code 这是} opening a sentence (the photo pointed at), or a photographer's
     * credit at the end ({@code 新华社记者 某某 摄}, {@code （记者 某某 摄）}, maybe followed by an agency's picture label such
     * as {@code 香港中通社图片}).
     */
    private static final Pattern PHOTO_MARKS = Pattern.compile(
            "(?:^|[。！？\\n])(?:图为|这是)|摄影?\\s*[)）]?(?:\\s*[^\\s。，,]{1,10}(?:图片|发))?\\s*$");

    /**
     * A caption that opens with a day of its own ({@code 3月16日，}, {@code △16日上午，}) tells its own event: on a page of
     * photo news it may be another story than the set's first caption, so the set does not speak for it. The captions
     * that point back to the set's event print no day ({@code 这是闭幕会后…}, {@code △会前，…}, {@code 某某主持会议。}).
     */
    private static final Pattern OWN_DAY = Pattern.compile("^[△▲]?\\s*(?:\\d{1,2}月)?\\d{1,2}日");

    /** The mark a caption (or a brief) opens with: {@code △}, {@code ▲}. */
    private static final Pattern MARKED = Pattern.compile("^[△▲]");

    private final List<Article> articles;
    private final SessionInfo session;

    private PageContext(List<Article> articles, SessionInfo session) {
        this.articles = articles;
        this.session = session;
    }

    /** The context of a page's enriched articles, in page order. */
    static PageContext of(List<Article> enriched) {
        return new PageContext(List.copyOf(enriched), sessionOf(enriched));
    }

    /** The one congress session the page's congress news reports, if there is exactly one. */
    Optional<SessionInfo> session() {
        return Optional.ofNullable(session);
    }

    /**
     * The page's evidence for the article at {@code index}, if the page speaks for it: a caption judged other on a page
     * that reports one session, which stands in the session's photo set or names the sitting. A caption that names a
     * session itself is left to its own text: the same shape is news of the session (the press centre before it opens)
     * or local news (county staff watching its opening on television), and the page cannot tell which.
     */
    Optional<PageEvidence> evidenceFor(int index) {
        Article a = articles.get(index);
        if (session == null || !isShortHeadless(a) || a.enrichment().classification().category() != Category.OTHER) {
            return Optional.empty();
        }
        String named = sessionName(session);
        String text = String.join("\n", SimplifiedView.simplify(a).paragraphs()).strip();
        Matcher sitting = SITTING_WORDS.matcher(text);
        String sittingNamed = sitting.find() ? sitting.group() + "：" + named : null;
        if (!isCaption(text)) {
            return Optional.empty(); // a brief, an intro or a fragment names its own subject: the page does not speak for it
        }
        if (!OWN_DAY.matcher(text).lookingAt() && inPhotoSetOfTheSession(index)
                && (isPhotoCaption(text) || SITTING_SCENE.matcher(text).find())) {
            return Optional.of(evidence("caption in a photo set of the session's page", named));
        }
        return sittingNamed != null ? Optional.of(evidence("caption of the session's page naming its sitting", sittingNamed))
                : Optional.empty();
    }

    private static PageEvidence evidence(String name, String found) {
        return new PageEvidence(Category.SESSION_NOTICE, name, found, WEIGHT);
    }

    /**
     * Whether the article at {@code index} stands in a run of short headless items (a photo set prints its captions one
     * after another) of which another item is news of the page's session.
     */
    private boolean inPhotoSetOfTheSession(int index) {
        int from = index;
        while (from > 0 && isShortHeadless(articles.get(from - 1))) {
            from--;
        }
        return runHasSessionNews(from, index);
    }

    /** Whether the run of short headless items from {@code from} holds news of the page's session other than {@code self}. */
    private boolean runHasSessionNews(int from, int self) {
        for (int i = from; i < articles.size() && (i == self || isShortHeadless(articles.get(i))); i++) {
            Article sibling = articles.get(i);
            if (i != self && sibling.enrichment().classification().category() == Category.SESSION_NOTICE
                    && sameSession(sibling.enrichment().session(), session)) {
                return true;
            }
        }
        return false;
    }

    /** A caption or short headless item: no headline, and text of {@link #SHORT_ITEM_MAX} characters at most. */
    static boolean isShortHeadless(Article a) {
        if (a.hasHeadline() || a.enrichment() == null) {
            return false;
        }
        int chars = 0;
        for (String p : a.paragraphs()) {
            for (int i = 0; i < p.length(); i++) {
                if (!Character.isWhitespace(p.charAt(i)) && ++chars > SHORT_ITEM_MAX) {
                    return false;
                }
            }
        }
        return chars > 0;
    }

    /** Whether text (simplified) has a photo caption's shape: a photo's own marks, or a △ in front. */
    static boolean isCaption(String text) {
        return isPhotoCaption(text) || MARKED.matcher(text).find();
    }

    /** Whether text (simplified) carries a photo's own marks ({@link #PHOTO_MARKS}). */
    static boolean isPhotoCaption(String text) {
        return PHOTO_MARKS.matcher(text).find();
    }

    /**
     * The page's session: the one congress session (a people's congress with its term and session) named by the
     * articles judged congress business; none when they name none or two different ones.
     */
    private static SessionInfo sessionOf(List<Article> enriched) {
        List<SessionInfo> found = new ArrayList<>();
        for (Article a : enriched) {
            SessionInfo s = a.enrichment() == null ? null : a.enrichment().session();
            if (s == null || a.enrichment().classification().category() == Category.OTHER || s.term() == null || s.session() == null
                    || !s.body().contains("人民代表大会")) {
                continue;
            }
            if (found.stream().noneMatch(f -> sameSession(f, s))) {
                found.add(s);
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    private static boolean sameSession(SessionInfo a, SessionInfo b) {
        return a != null && b != null && a.level() == b.level() && a.body().equals(b.body()) && Objects.equals(a.term(), b.term())
                && Objects.equals(a.session(), b.session());
    }

    private static String sessionName(SessionInfo s) {
        return s.body() + "第" + s.session() + "次会议";
    }
}
