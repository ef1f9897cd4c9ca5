package dev.newspipe.bench.quality;

import dev.newspipe.bench.quality.DocumentResult.Judgement;
import dev.newspipe.bench.quality.LabelledDocument.ArticleLabel;
import dev.newspipe.bench.quality.Perturbation.Story;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.classify.ArticleClassifier;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import dev.newspipe.core.read.IssuePage;
import dev.newspipe.core.read.ReadResult;
import dev.newspipe.core.split.PageSplit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./bench quality --perturb}: how the categories of single articles hold when their copy changes the way copies
 * of Chinese government news do ({@link Perturbation}). A measure that needs no new labels: the category of an article
 * does not change when it loses its headline block, is reprinted in traditional script, gets its headline glued to a
 * date and a source, is wrapped in a site's furniture or cut after its second paragraph.
 *
 * <p>The articles: every labelled single-article document (development set, corpus, genre singles), and each
 * labelled article of the sample pages as a page of its own lines. Each copy goes through the real {@link Newsdesk}
 * (split, then enrich) and is judged like {@code ./bench quality} judges a single-article document: by the article
 * holding the most body text, right when its category is one of the labelled ones. A change is a category different
 * from the one of the copy as written. A headless copy may rightly change when all the evidence for the category was
 * in the headline: such changes are counted apart ("headline-only evidence", read from the cues).
 */
public final class Perturbations {

    /** One labelled article as a page of its own: a single-article document, or a sample article's lines. */
    record Unit(String set, String name, IssuePage page, List<String> labelled) {}

    /** The judgement of the copy as written and of each perturbed copy (absent when the perturbation changes nothing). */
    record Outcome(Unit unit, Judgement asWritten, Map<Perturbation, Judgement> perturbed, boolean headlineOnlyEvidence) {}

    private final List<Outcome> outcomes;

    private Perturbations(List<Outcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    public static Perturbations run(Newsdesk desk, List<LabelledDocument> docs) {
        List<Unit> units = units(desk, docs);
        List<Article> mains = units.stream().map(u -> main(desk.process(u.page()))).toList();
        List<String> headlines = mains.stream().filter(a -> a != null && a.hasHeadline()).map(Article::headline).toList();
        List<Outcome> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            Article main = mains.get(i);
            Judgement asWritten = judge(unit, main);
            if (main == null) {
                out.add(new Outcome(unit, asWritten, Map.of(), false));
                continue;
            }
            Story story = story(desk, unit.page(), main, neighbours(headlines, main.headline(), i));
            Map<Perturbation, Judgement> perturbed = new EnumMap<>(Perturbation.class);
            for (Perturbation p : Perturbation.values()) {
                List<String> lines = p.apply(story);
                if (!lines.equals(story.lines())) {
                    IssuePage copy = new IssuePage(unit.page().source(), unit.page().metadata(), String.join("\n", lines),
                            unit.page().encoding(), 0);
                    perturbed.put(p, judge(unit, main(desk.process(copy))));
                }
            }
            out.add(new Outcome(unit, asWritten, perturbed, headlineOnly(asWritten)));
        }
        return new Perturbations(out);
    }

    /** Single-article documents as they are; the labelled articles of the sample pages, each its lines alone. */
    static List<Unit> units(Newsdesk desk, List<LabelledDocument> docs) {
        List<Unit> units = new ArrayList<>();
        for (LabelledDocument doc : docs) {
            if (!(desk.read(doc.file()) instanceof ReadResult.Page read)) {
                continue;
            }
            IssuePage page = read.page();
            if (!doc.articlesLabelled()) {
                units.add(new Unit(doc.set(), doc.name(), page, doc.categories()));
            } else if (doc.set().equals("samples")) {
                PageSplit split = desk.explain(page);
                boolean[] used = new boolean[split.articles().size()];
                for (ArticleLabel label : doc.articles()) {
                    for (int i = 0; i < split.articles().size(); i++) {
                        Article a = split.articles().get(i);
                        if (!used[i] && QualityRun.matches(label, a)) {
                            used[i] = true;
                            List<String> lines = split.lines().stream()
                                    .filter(l -> l.fate() instanceof PageSplit.InArticle in && in.seq() == a.seq()).map(PageSplit.LineFate::text).toList();
                            units.add(new Unit(doc.set(), doc.name() + " " + a.displayTitle(),
                                    new IssuePage(page.source(), page.metadata(), String.join("\n", lines), page.encoding(), 0),
                                    List.of(label.category())));
                            break;
                        }
                    }
                }
            }
        }
        return units;
    }

    /** The article holding the most body text, as {@link QualityRun} judges a single-article document. */
    private static Article main(List<Article> articles) {
        return articles.stream().max(Comparator.comparingInt(a -> QualityRun.squeeze(a.body()).length())).orElse(null);
    }

    private static Judgement judge(Unit unit, Article article) {
        if (article == null) {
            return new Judgement(unit.name() + " (no article)", unit.labelled(), null, 0, List.of());
        }
        Classification c = article.enrichment().classification();
        return new Judgement(article.displayTitle(), unit.labelled(), c.category().wireName(), c.confidence(), c.cues());
    }

    /** Two other stories' headlines, for the previous/next links of a web page: the next ones in the list, never its own. */
    private static List<String> neighbours(List<String> headlines, String own, int from) {
        List<String> out = new ArrayList<>();
        for (int k = 1; k <= headlines.size() && out.size() < 2; k++) {
            String h = headlines.get((from + k) % headlines.size());
            if (!h.equals(own) && !out.contains(h)) {
                out.add(h);
            }
        }
        return out.isEmpty() ? List.of("本市召开全市经济工作会议") : out;
    }

    /**
     * Where the main article stands among the page's lines: its headline lines (lines of the article, before its body,
     * whose text is part of its kicker, title or subtitle) and the end of its second paragraph.
     */
    static Story story(Newsdesk desk, IssuePage page, Article main, List<String> neighbours) {
        PageSplit split = desk.explain(page);
        List<String> lines = List.of(page.text().split("\\R", -1));
        String headline = QualityRun.squeeze(main.headline());
        String lead = lead(main.paragraphs());
        Set<Integer> head = new LinkedHashSet<>();
        int leadEnd = lines.size();
        boolean inBody = false;
        int leadChars = 0;
        for (PageSplit.LineFate fate : split.lines()) {
            if (!(fate.fate() instanceof PageSplit.InArticle in) || in.seq() != main.seq()) {
                continue;
            }
            String text = QualityRun.squeeze(fate.text());
            if (text.isEmpty()) {
                continue;
            }
            if (!inBody && !headline.isEmpty() && headline.contains(text)) {
                head.add(fate.line() - 1);
                continue;
            }
            if (lead != null && lead.contains(text)) {
                inBody = true;
                leadChars += text.length();
                if (leadChars >= lead.length()) {
                    leadEnd = fate.line();
                    break;
                }
            }
        }
        return new Story(lines, head, main.headline(), leadEnd, main.issueDate(), neighbours);
    }

    /**
     * The article's text through its second paragraph of running text (one that holds a sentence end), whitespace
     * removed; null when nothing follows it. Lines before it that hold no sentence (a section label, a caption, a
     * breadcrumb the page left in the article) are kept with it: a truncated copy keeps the top of the page.
     */
    static String lead(List<String> paragraphs) {
        StringBuilder lead = new StringBuilder();
        int sentences = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = QualityRun.squeeze(paragraphs.get(i));
            lead.append(p);
            if (p.matches(".*[。！？!?].*") && ++sentences == 2) {
                return i + 1 < paragraphs.size() ? lead.toString() : null;
            }
        }
        return null;
    }

    /** The cue rows' categories by where and name, to tell what a fired cue was evidence for. */
    private static final Map<String, Category> CUE_CATEGORY = new HashMap<>();

    static {
        for (ArticleClassifier.Cue cue : ArticleClassifier.CUES) {
            CUE_CATEGORY.put(cue.where().name().toLowerCase(Locale.ROOT) + ": " + cue.name(), cue.category());
        }
    }

    /**
     * Whether every cue that spoke for the category of the copy as written stood in the headline: then a copy without
     * its headline has no evidence left for it, and a reader of the body alone could not tell either. A cue is read as
     * {@code where: name «found» +weight}; the issuer cues name their category.
     */
    static boolean headlineOnly(Judgement j) {
        if (j.predicted() == null) {
            return false;
        }
        int forIt = 0;
        for (String cue : j.cues()) {
            int mark = cue.indexOf(" «");
            if (mark < 0) {
                continue;
            }
            String key = cue.substring(0, mark);
            Category c = CUE_CATEGORY.get(key);
            if (c == null) {
                c = key.endsWith("issuer is a people's congress") ? Category.SESSION_NOTICE
                        : key.contains("issuer is") ? Category.OTHER : key.contains("fragment continued") ? Category.WORK_REPORT : null;
            }
            if (c != null && c.wireName().equals(j.predicted())) {
                forIt++;
                if (!key.startsWith("headline: ")) {
                    return false;
                }
            }
        }
        return forIt > 0;
    }

    /** Per perturbation: copies, accuracy of the copies and of the same articles as written, changes. */
    public void print(PrintWriter out, boolean misses) {
        out.println("## Robustness under perturbation (" + outcomes.size() + " single articles)");
        out.println();
        long right = outcomes.stream().filter(o -> o.asWritten().right()).count();
        out.printf(Locale.ROOT, "As written: %d/%d = %.3f%n%n", right, outcomes.size(), (double) right / outcomes.size());
        out.println("| perturbation | copies | accuracy | as written (same articles) | changed | right → wrong | wrong → right | of the changes, headline-only evidence |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Perturbation p : Perturbation.values()) {
            List<Outcome> applied = outcomes.stream().filter(o -> o.perturbed().containsKey(p)).toList();
            long copyRight = applied.stream().filter(o -> o.perturbed().get(p).right()).count();
            long baseRight = applied.stream().filter(o -> o.asWritten().right()).count();
            List<Outcome> changed = applied.stream().filter(o -> changed(o, p)).toList();
            long lost = changed.stream().filter(o -> o.asWritten().right() && !o.perturbed().get(p).right()).count();
            long won = changed.stream().filter(o -> !o.asWritten().right() && o.perturbed().get(p).right()).count();
            long headlineOnly = changed.stream().filter(Outcome::headlineOnlyEvidence).count();
            out.printf(Locale.ROOT, "| %s | %d | %s | %s | %d | %d | %d | %s |%n", p.label(), applied.size(), share(copyRight, applied.size()),
                    share(baseRight, applied.size()), changed.size(), lost, won, p == Perturbation.HEADLESS ? Long.toString(headlineOnly) : "–");
        }
        out.println();
        if (misses) {
            out.println("Changed judgements (as written → perturbed):");
            for (Perturbation p : Perturbation.values()) {
                for (Outcome o : outcomes) {
                    if (o.perturbed().containsKey(p) && changed(o, p)) {
                        Judgement a = o.asWritten();
                        Judgement b = o.perturbed().get(p);
                        out.printf(Locale.ROOT, "- %s%s: %s %s: %s → %s, labelled %s%n    as written: %s%n    %s: %s%n", p.label(),
                                p == Perturbation.HEADLESS && o.headlineOnlyEvidence() ? " (headline-only evidence)" : "", o.unit().set(),
                                o.unit().name(), a.predicted(), b.predicted(), o.unit().labelled(), a.cues(), p.label(), b.cues());
                    }
                }
            }
            out.println();
        }
        out.flush();
    }

    private static boolean changed(Outcome o, Perturbation p) {
        return !java.util.Objects.equals(o.asWritten().predicted(), o.perturbed().get(p).predicted());
    }

    private static String share(long n, long of) {
        return of == 0 ? "–" : String.format(Locale.ROOT, "%d/%d = %.3f", n, of, (double) n / of);
    }
}
