package dev.newspipe.bench.quality;

import dev.newspipe.bench.quality.DocumentResult.Judgement;
import dev.newspipe.bench.quality.LabelledDocument.ArticleLabel;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Classification;
import dev.newspipe.core.read.ReadResult;
import dev.newspipe.core.split.KeptText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs the core over labelled documents exactly as the pipeline does ({@link Newsdesk#read}, then
 * {@link Newsdesk#process}) and scores what came out: articles found and precision where articles are labelled,
 * the category of each judged article, and the share of the input's text the articles keep.
 *
 * <p>The rules of scoring: a single-article document is judged by the article holding the most body text; a
 * prediction is right when it is one of the labelled categories. A labelled article is found when a predicted
 * article's headline contains one of its titles or its body starts with one of its starts (whitespace ignored,
 * a little slack for a dateline). Text kept: {@link KeptText}, the same measure the core's tests use.
 */
public final class QualityRun {

    /** How far into a body a labelled start may begin (a dateline or a glued headline before it). */
    private static final int START_SLACK = 40;

    private final List<DocumentResult> results;

    private QualityRun(List<DocumentResult> results) {
        this.results = List.copyOf(results);
    }

    public static QualityRun of(Newsdesk desk, List<LabelledDocument> documents) {
        return new QualityRun(documents.stream().map(d -> score(desk, d)).toList());
    }

    public List<DocumentResult> results() {
        return results;
    }

    /** Results grouped by set, in the order the sets came. */
    public Map<String, List<DocumentResult>> bySet() {
        Map<String, List<DocumentResult>> out = new LinkedHashMap<>();
        results.forEach(r -> out.computeIfAbsent(r.document().set(), k -> new ArrayList<>()).add(r));
        return out;
    }

    public List<DocumentResult> where(Predicate<DocumentResult> filter) {
        return results.stream().filter(filter).toList();
    }

    public static List<Judgement> judgements(List<DocumentResult> results) {
        return results.stream().flatMap(r -> r.judgements().stream()).toList();
    }

    /** Share of judgements that are right; NaN when there are none. */
    public static double categoryAccuracy(List<DocumentResult> results) {
        List<Judgement> all = judgements(results);
        return all.isEmpty() ? Double.NaN : (double) all.stream().filter(Judgement::right).count() / all.size();
    }

    static DocumentResult score(Newsdesk desk, LabelledDocument doc) {
        if (!(desk.read(doc.file()) instanceof ReadResult.Page page)) {
            String reason = desk.read(doc.file()) instanceof ReadResult.Rejected r ? r.reason() : "unreadable";
            List<Judgement> missed = doc.articlesLabelled()
                    ? doc.articles().stream().map(a -> new Judgement(describe(a), List.of(a.category()), null, 0, List.of())).toList()
                    : List.of(new Judgement(doc.name(), doc.categories(), null, 0, List.of(reason)));
            return new DocumentResult(doc, List.of(), reason, doc.articles().size(), 0, 0, missed, 0, nonWhitespace(doc.name()));
        }
        String text = page.page().text();
        List<Article> articles = desk.process(page.page());
        KeptText.Share share = KeptText.of(text, articles);
        long[] kept = {share.kept(), share.total()};
        if (!doc.articlesLabelled()) {
            Article main = articles.stream().max(Comparator.comparingInt(a -> nonWhitespace(a.body()))).orElse(null);
            Judgement j = main == null
                    ? new Judgement(doc.name() + " (no article)", doc.categories(), null, 0, List.of())
                    : judge(main.displayTitle(), doc.categories(), main);
            return new DocumentResult(doc, articles, null, 0, 0, 0, List.of(j), kept[0], kept[1]);
        }
        boolean[] used = new boolean[articles.size()];
        List<Judgement> judgements = new ArrayList<>();
        int labelled = 0;
        int found = 0;
        for (ArticleLabel label : doc.articles()) {
            int match = -1;
            for (int i = 0; i < articles.size() && match < 0; i++) {
                if (!used[i] && matches(label, articles.get(i))) {
                    match = i;
                }
            }
            if (match < 0 && label.mayMergeWithPrevious()) {
                continue;
            }
            labelled++;
            if (match < 0) {
                judgements.add(new Judgement(describe(label) + " (not found)", List.of(label.category()), null, 0, List.of()));
                continue;
            }
            used[match] = true;
            found++;
            judgements.add(judge(articles.get(match).displayTitle(), List.of(label.category()), articles.get(match)));
        }
        int matched = 0;
        for (boolean u : used) {
            matched += u ? 1 : 0;
        }
        return new DocumentResult(doc, articles, null, labelled, found, matched, judgements, kept[0], kept[1]);
    }

    private static Judgement judge(String what, List<String> labelled, Article article) {
        Classification c = article.enrichment().classification();
        return new Judgement(what, labelled, c.category().wireName(), c.confidence(), c.cues());
    }

    static boolean matches(ArticleLabel label, Article article) {
        String headline = squeeze(article.headline());
        for (String title : label.titles()) {
            String t = squeeze(title);
            if (!t.isEmpty() && !headline.isEmpty() && (headline.contains(t) || t.contains(headline) && headline.length() >= 6)) {
                return true;
            }
        }
        String body = squeeze(article.body());
        String all = headline + body;
        for (String start : label.bodyStarts()) {
            String s = squeeze(start);
            if (s.isEmpty()) {
                continue;
            }
            int at = body.indexOf(s);
            int atAll = all.indexOf(s);
            if (at >= 0 && at <= START_SLACK || atAll >= 0 && atAll <= START_SLACK) {
                return true;
            }
        }
        return false;
    }

    private static String describe(ArticleLabel label) {
        if (!label.titles().isEmpty()) {
            return label.titles().get(0);
        }
        String start = label.bodyStarts().isEmpty() ? "?" : label.bodyStarts().get(0);
        return start.length() <= 30 ? start : start.substring(0, 30) + "…";
    }

    /** The text without any whitespace (including the ideographic space). */
    static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }

    private static int nonWhitespace(String text) {
        return squeeze(text).length();
    }
}
