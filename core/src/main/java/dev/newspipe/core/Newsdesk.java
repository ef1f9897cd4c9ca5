package dev.newspipe.core;

import dev.newspipe.core.model.Figure;
import dev.newspipe.core.classify.ArticleClassifier;
import dev.newspipe.core.classify.PageEvidence;
import dev.newspipe.core.entities.EntityExtractor;
import dev.newspipe.core.figures.FigureExtractor;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Enrichment;
import dev.newspipe.core.model.NamedEntities;
import dev.newspipe.core.model.PageRef;
import dev.newspipe.core.read.IssueFileReader;
import dev.newspipe.core.read.IssuePage;
import dev.newspipe.core.read.ReadResult;
import dev.newspipe.core.read.SimplifiedView;
import dev.newspipe.core.session.SessionParser;
import dev.newspipe.core.split.ArticleSplitter;
import dev.newspipe.core.split.PageSplit;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The one entry point to newspipe's understanding of text: read a page file, split it into articles, enrich an
 * article. The ingestor, the enricher, the command line and the tests all come through here, so they cannot
 * disagree about what a page says. Plain Java: no Kafka, Elasticsearch or Avro. Thread-safe.
 */
public final class Newsdesk {

    /** Default limit of a page file: larger files are quarantined. */
    public static final long DEFAULT_MAX_FILE_BYTES = 20L << 20;

    private final IssueFileReader reader;
    private final ArticleSplitter splitter = new ArticleSplitter();
    private final ArticleClassifier classifier = new ArticleClassifier();
    private final FigureExtractor figures = new FigureExtractor();
    private final EntityExtractor entities = new EntityExtractor();
    private final SessionParser sessions = new SessionParser();

    public Newsdesk(IssueFileReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** A desk for offline use: default file limit, paper {@code unknown}, dates in China's time zone. */
    public static Newsdesk offline() {
        return new Newsdesk(new IssueFileReader(DEFAULT_MAX_FILE_BYTES, "unknown", ZoneId.of("Asia/Shanghai")));
    }

    /** The page of a file with its metadata, or the reason it belongs in quarantine. Never throws for bad input. */
    public ReadResult read(Path file) {
        return reader.read(file);
    }

    /** The articles of a page, in reading order, each standing on that page. */
    public List<Article> split(IssuePage page) {
        return splitter.split(page.ref(), page.text());
    }

    /** The articles of a page and the fate of every line: article, furniture (with its rule) or repeat. */
    public PageSplit explain(IssuePage page) {
        return splitter.splitPage(page.ref(), page.text());
    }

    /** The articles of text that came from no file. */
    public List<Article> split(String text) {
        return splitter.split(PageRef.NONE, text);
    }

    /**
     * The article with its category, figures, entities and session. Everything is read from the article's
     * {@link SimplifiedView simplified view}, so a traditional-script reprint or text with pinyin residue comes out
     * as its simplified original would; the returned article keeps its text as written.
     */
    public Article enrich(Article article) {
        return enrich(article, true);
    }

    /**
     * As {@link #enrich(Article)}; without the entity stage when {@code withEntities} is false (no people,
     * organisations or places), which {@code ./bench enrich --without-entities} uses to show the cost of the rest.
     *
     * <p>Every stage reads the article's simplified view ({@link SimplifiedView}: traditional script folded, pinyin
     * residue dropped), so a traditional-script reprint gets the category, figures and session of its simplified
     * original. What points into the text is mapped back: a figure's {@code text}, {@code start} and {@code end} are
     * those of the body as written, an entity mention's offsets those of {@code headline + "\n" + body} as written
     * (its name stays in simplified script, so facets do not split by script).
     */
    public Article enrich(Article article, boolean withEntities) {
        return enrich(article, withEntities, List.of());
    }

    /**
     * As {@link #enrich(Article)}, with what the article's page says about it ({@link #pageEvidence(List)}, which the
     * ingestor works out when it splits the page and the Kafka enricher reads from the raw record): the enricher
     * classifies one article at a time as {@link #process(IssuePage)} classifies a whole page.
     */
    public Article enrich(Article article, List<PageEvidence> pageEvidence) {
        return enrich(article, true, pageEvidence);
    }

    private Article enrich(Article article, boolean withEntities, List<PageEvidence> pageEvidence) {
        Article simple = SimplifiedView.simplify(article); // the article itself when already simplified, as most are
        String body = article.body();
        NamedEntities named = NamedEntities.NONE;
        if (withEntities) {
            SimplifiedView text = SimplifiedView.of(article.headline() + "\n" + body);
            named = mapBack(entities.extract(text.text()), text);
        }
        Enrichment e = new Enrichment(classifier.classify(simple, pageEvidence), figuresOf(body, simple, simple == article), named,
                sessions.parseSimplified(simple).orElse(null));
        return article.withEnrichment(e);
    }

    /**
     * Split and enrich a page, then let the page speak for its captions ({@link PageContext}): the same categories as
     * the pipeline gives, where the ingestor publishes {@link #pageEvidence(List)} with each article and the enricher
     * passes it to {@link #enrich(Article, List)}.
     */
    public List<Article> process(IssuePage page) {
        return withPageContext(split(page).stream().map(this::enrich).toList());
    }

    /**
     * What the page says about each of its articles (in page order; empty for most): the page step's evidence, from a
     * light enrichment of the split page (category and session, all the page step reads; no figures or entities).
     */
    public List<List<PageEvidence>> pageEvidence(List<Article> split) {
        List<Article> light = split.stream().map(a -> {
            Article simple = SimplifiedView.simplify(a);
            return a.withEnrichment(new Enrichment(classifier.classify(simple), List.of(), NamedEntities.NONE,
                    sessions.parseSimplified(simple).orElse(null)));
        }).toList();
        return evidenceOf(light);
    }

    /** The page step's evidence for each of a page's enriched (or lightly enriched) articles. */
    private static List<List<PageEvidence>> evidenceOf(List<Article> enriched) {
        PageContext context = PageContext.of(enriched);
        if (context.session().isEmpty()) {
            return Collections.nCopies(enriched.size(), List.of()); // most pages: no one congress session, nothing to tell
        }
        List<List<PageEvidence>> out = new ArrayList<>(enriched.size());
        for (int i = 0; i < enriched.size(); i++) {
            out.add(context.evidenceFor(i).map(List::of).orElse(List.of()));
        }
        return List.copyOf(out);
    }

    /**
     * The page step: each article the page gives evidence (a caption of a session's page, {@link PageContext}) is
     * classified again with that evidence weighed in; the rest of its enrichment stays as it was.
     */
    List<Article> withPageContext(List<Article> enriched) {
        List<List<PageEvidence>> evidence = evidenceOf(enriched);
        List<Article> out = new ArrayList<>(enriched.size());
        for (int i = 0; i < enriched.size(); i++) {
            Article a = enriched.get(i);
            if (evidence.get(i).isEmpty()) {
                out.add(a);
                continue;
            }
            Enrichment e = a.enrichment();
            out.add(a.withEnrichment(new Enrichment(classifier.classify(SimplifiedView.simplify(a), evidence.get(i)), e.figures(),
                    e.entities(), e.session())));
        }
        return List.copyOf(out);
    }

    /** The figures of text from no file, with {@code 今年} read against {@code issueDate} (may be null). */
    public List<dev.newspipe.core.model.Figure> figures(String text, java.time.LocalDate issueDate) {
        return figures.extract(text, issueDate);
    }

    /**
     * Figures of the simplified body, with their text and offsets those of the body as written. When every part of the
     * article is its own view ({@code unchanged}, as most are) the figures were read from the text as written: each
     * one's text already is {@code original.substring(start, end)}, and no view of the whole body needs building.
     */
    private List<Figure> figuresOf(String original, Article simple, boolean unchanged) {
        List<Figure> found = figures.extract(simple.paragraphs(), simple.issueDate());
        if (found.isEmpty() || unchanged) {
            return found;
        }
        SimplifiedView body = SimplifiedView.of(original);
        if (!body.changed()) {
            return found;
        }
        boolean sameLength = body.text().length() == simple.body().length();
        return found.stream().map(f -> {
            if (f.start() == null || !sameLength) {
                return f;
            }
            int start = body.toOriginal(f.start());
            int end = f.end() == 0 ? 0 : body.toOriginal(f.end() - 1) + 1;
            return new Figure(original.substring(start, end), f.value(), f.valueMax(), f.unit(), f.qualifier(), f.metric(), f.kind(),
                    f.year(), f.sentence(), start, end, f.direction());
        }).toList();
    }

    private static NamedEntities mapBack(NamedEntities found, SimplifiedView view) {
        if (!view.changed()) {
            return found;
        }
        List<NamedEntities.Mention> mentions = found.mentions().stream()
                .map(m -> new NamedEntities.Mention(m.type(), m.name(), view.toOriginal(m.start()),
                        m.end() == 0 ? 0 : view.toOriginal(m.end() - 1) + 1, m.cue()))
                .toList();
        return new NamedEntities(found.people(), found.organizations(), found.places(), mentions);
    }
}
