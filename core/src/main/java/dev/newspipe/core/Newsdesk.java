package dev.newspipe.core;

import dev.newspipe.core.model.Figure;
import dev.newspipe.core.classify.ArticleClassifier;
import dev.newspipe.core.entities.EntityExtractor;
import dev.newspipe.core.figures.FigureExtractor;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Enrichment;
import dev.newspipe.core.model.PageRef;
import dev.newspipe.core.read.IssueFileReader;
import dev.newspipe.core.read.IssuePage;
import dev.newspipe.core.read.ReadResult;
import dev.newspipe.core.session.SessionParser;
import dev.newspipe.core.split.ArticleSplitter;
import dev.newspipe.core.split.PageSplit;
import java.nio.file.Path;
import java.time.ZoneId;
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

    /** The article with its category, figures, entities and session. */
    public Article enrich(Article article) {
        String text = article.headline() + "\n" + article.body();
        Enrichment e = new Enrichment(classifier.classify(article), figures.extract(article.paragraphs(), article.issueDate()),
                entities.extract(text), sessions.parse(article).orElse(null));
        return article.withEnrichment(e);
    }

    /** Split and enrich a page. */
    public List<Article> process(IssuePage page) {
        return split(page).stream().map(this::enrich).toList();
    }

    /** The figures of text from no file, with {@code 今年} read against {@code issueDate} (may be null). */
    public List<dev.newspipe.core.model.Figure> figures(String text, java.time.LocalDate issueDate) {
        return figures.extract(text, issueDate);
    }
}
