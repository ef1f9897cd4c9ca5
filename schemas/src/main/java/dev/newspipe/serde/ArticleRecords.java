package dev.newspipe.serde;

import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.PageCue;
import dev.newspipe.avro.Entities;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.avro.Session;
import dev.newspipe.core.classify.PageEvidence;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import dev.newspipe.core.model.Enrichment;
import dev.newspipe.core.model.Figure;
import dev.newspipe.core.model.FigureKind;
import dev.newspipe.core.model.IssueMetadata;
import dev.newspipe.core.model.NamedEntities;
import dev.newspipe.core.model.PageRef;
import dev.newspipe.core.model.Qualifier;
import dev.newspipe.core.model.SessionInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one place where the core's {@link Article} and the Avro records of the topics are mapped into each other:
 * the ingestor writes {@link RawArticle}s with it, the enricher reads them and writes {@link EnrichedArticle}s,
 * the indexer reads those back into articles.
 */
public final class ArticleRecords {

    private ArticleRecords() {}

    /** The raw records of one page's articles; each says how many articles this version of the page has. */
    public static List<RawArticle> toRaw(List<Article> pageArticles, Instant now) {
        return pageArticles.stream().map(a -> toRaw(a, pageArticles.size(), now)).toList();
    }

    public static RawArticle toRaw(Article article, int pageArticleCount, Instant now) {
        return toRaw(article, pageArticleCount, now, List.of());
    }

    /** The raw record of an article with what its page says about it ({@code Newsdesk.pageEvidence}). */
    public static RawArticle toRaw(Article article, int pageArticleCount, Instant now, List<PageEvidence> pageEvidence) {
        IssueMetadata meta = article.page().issue();
        return RawArticle.newBuilder()
                .setId(article.id())
                .setPaper(meta.paper())
                .setIssueDate(Objects.requireNonNull(meta.issueDate(), "a published article needs an issue date"))
                .setIssueDateSource(meta.source().wireName())
                .setPage(meta.page())
                .setSeq(article.seq())
                .setPageArticleCount(pageArticleCount)
                .setKicker(article.kicker())
                .setTitle(article.title())
                .setSubtitle(article.subtitle())
                .setByline(article.byline())
                .setParagraphs(article.paragraphs())
                .setContinuedFrom(article.continuedFrom())
                .setContinuesOn(article.continuesOn())
                .setSourceFile(article.page().sourceFile())
                .setContentHash(article.contentHash())
                .setRevision(article.page().revision())
                .setIngestedAt(now)
                .setPageEvidence(pageEvidence.stream()
                        .map(p -> new PageCue(p.category().wireName(), p.name(), p.found(), p.weight())).toList())
                .build();
    }

    /** What the raw record's page says about its article, for {@code Newsdesk.enrich(Article, List)}. */
    public static List<PageEvidence> pageEvidence(RawArticle raw) {
        return raw.getPageEvidence().stream()
                .map(c -> new PageEvidence(Category.fromWireName(c.getCategory()), c.getName(), c.getFound(), c.getWeight())).toList();
    }

    /** The core article a raw record carries, not yet enriched. */
    public static Article fromRaw(RawArticle raw) {
        IssueMetadata meta = new IssueMetadata(raw.getPaper(), raw.getIssueDate(), raw.getPage(), dateSource(raw.getIssueDateSource()));
        return new Article(new PageRef(meta, raw.getSourceFile(), raw.getRevision()), raw.getSeq(), raw.getKicker(), raw.getTitle(),
                raw.getSubtitle(), raw.getByline(), raw.getParagraphs(), raw.getContinuedFrom(), raw.getContinuesOn(), null);
    }

    /** The enriched record of {@code raw}, whose enrichment {@code article} carries; not yet continuation-linked. */
    public static EnrichedArticle toEnriched(RawArticle raw, Article article, Instant now) {
        Enrichment e = Objects.requireNonNull(article.enrichment(), "the article is not enriched");
        return EnrichedArticle.newBuilder()
                .setArticle(raw)
                .setCategory(e.classification().category().wireName())
                .setConfidence(e.classification().confidence())
                .setCues(e.classification().cues())
                .setFigures(e.figures().stream().map(ArticleRecords::toAvro).toList())
                .setEntities(new Entities(e.entities().people(), e.entities().organizations(), e.entities().places()))
                .setSession(e.session() == null ? null : toAvro(e.session()))
                .setContinuationOf(null)
                .setContinuedBy(List.of())
                .setEnrichedAt(now)
                .build();
    }

    /** The core article of an enriched record, with its enrichment. */
    public static Article fromEnriched(EnrichedArticle a) {
        Classification classification = new Classification(Category.fromWireName(a.getCategory()), a.getConfidence(), a.getCues());
        NamedEntities entities = new NamedEntities(a.getEntities().getPeople(), a.getEntities().getOrganizations(),
                a.getEntities().getPlaces());
        Enrichment e = new Enrichment(classification, a.getFigures().stream().map(ArticleRecords::fromAvro).toList(), entities,
                a.getSession() == null ? null : fromAvro(a.getSession()));
        return fromRaw(a.getArticle()).withEnrichment(e);
    }

    /**
     * The record of a figure, built directly rather than through a builder (one per figure of every article): the core's
     * figure already holds what the builder would check, text, kind and sentence never null.
     */
    static dev.newspipe.avro.Figure toAvro(Figure f) {
        return new dev.newspipe.avro.Figure(
                f.text(),
                f.value(),
                f.valueMax(),
                f.unit().isEmpty() ? null : f.unit(),
                f.qualifier() == null ? null : f.qualifier().wireName(),
                f.metric(),
                f.kind().wireName(),
                f.year(),
                f.sentence(),
                f.start(),
                f.end(),
                f.direction());
    }

    static Figure fromAvro(dev.newspipe.avro.Figure f) {
        return new Figure(f.getText(), f.getValue(), f.getValueMax(), f.getUnit() == null ? "" : f.getUnit(),
                f.getQualifier() == null ? null : Qualifier.valueOf(f.getQualifier().toUpperCase(Locale.ROOT)), f.getMetric(),
                FigureKind.valueOf(f.getKind().toUpperCase(Locale.ROOT)), f.getYear(), f.getSentence(), f.getStart(), f.getEnd(),
                f.getDirection());
    }

    static Session toAvro(SessionInfo s) {
        return Session.newBuilder()
                .setBody(s.body())
                .setLevel(s.level() == null ? null : s.level().wireName())
                .setTerm(s.term())
                .setSession(s.session())
                .setMeeting(s.meeting())
                .setDate(s.date())
                .build();
    }

    static SessionInfo fromAvro(Session s) {
        return new SessionInfo(s.getBody(), s.getLevel() == null ? null : SessionInfo.Level.valueOf(s.getLevel().toUpperCase(Locale.ROOT)),
                s.getTerm(), s.getSession(), s.getMeeting(), s.getDate());
    }

    private static IssueMetadata.Source dateSource(String wire) {
        if (wire == null) {
            return IssueMetadata.Source.FILE_TIME; // records written before the source was recorded: the weakest claim
        }
        return IssueMetadata.Source.valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
