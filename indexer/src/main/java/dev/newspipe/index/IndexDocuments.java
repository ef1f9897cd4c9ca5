package dev.newspipe.index;

import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Enrichment;
import dev.newspipe.core.model.Figure;
import dev.newspipe.core.model.IssueMetadata;
import dev.newspipe.core.model.SessionInfo;
import dev.newspipe.serde.ArticleRecords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The one place where enriched articles become Elasticsearch documents (field names as in the templates). The
 * record is read into the core's article model first; only what the stream added (links, timestamps) is taken from
 * the record itself.
 */
public final class IndexDocuments {

    private IndexDocuments() {}

    public static Map<String, Object> article(EnrichedArticle record) {
        Article a = ArticleRecords.fromEnriched(record);
        Enrichment e = a.enrichment();
        IssueMetadata issue = a.page().issue();
        RawArticle raw = record.getArticle();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", raw.getId());
        doc.put("paper", issue.paper());
        doc.put("issue_date", issue.issueDate().toString());
        doc.put("issue_date_source", raw.getIssueDateSource());
        doc.put("page", issue.page());
        doc.put("seq", a.seq());
        doc.put("page_article_count", raw.getPageArticleCount());
        doc.put("kicker", a.kicker());
        doc.put("title", a.title());
        doc.put("subtitle", a.subtitle());
        doc.put("byline", a.byline());
        doc.put("body", a.body());
        doc.put("paragraph_count", a.paragraphs().size());
        doc.put("category", e.classification().category().wireName());
        doc.put("confidence", e.classification().confidence());
        doc.put("cues", e.classification().cues());
        doc.put("people", e.entities().people());
        doc.put("organizations", e.entities().organizations());
        doc.put("places", e.entities().places());
        if (e.session() != null) {
            doc.put("session", session(e.session()));
        }
        doc.put("figure_count", e.figures().size());
        LinkedHashSet<String> metrics = new LinkedHashSet<>();
        e.figures().forEach(f -> {
            if (f.metric() != null) {
                metrics.add(f.metric());
            }
        });
        doc.put("metrics", List.copyOf(metrics));
        doc.put("continued_from", a.continuedFrom());
        doc.put("continues_on", a.continuesOn());
        doc.put("continuation_of", record.getContinuationOf());
        doc.put("continued_by", record.getContinuedBy());
        doc.put("source_file", a.page().sourceFile());
        doc.put("content_hash", raw.getContentHash());
        doc.put("revision", a.page().revision());
        doc.put("ingested_at", raw.getIngestedAt().toEpochMilli());
        doc.put("enriched_at", record.getEnrichedAt().toEpochMilli());
        return doc;
    }

    public static List<Map<String, Object>> figures(EnrichedArticle record) {
        Article a = ArticleRecords.fromEnriched(record);
        IssueMetadata issue = a.page().issue();
        List<Figure> figures = a.enrichment().figures();
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("article_id", record.getArticle().getId());
            doc.put("ordinal", i);
            doc.put("title", a.title());
            doc.put("category", a.enrichment().classification().category().wireName());
            doc.put("paper", issue.paper());
            doc.put("issue_date", issue.issueDate().toString());
            doc.put("page", issue.page());
            doc.put("text", f.text());
            doc.put("value", f.value());
            doc.put("value_max", f.valueMax());
            doc.put("unit", f.unit().isEmpty() ? null : f.unit());
            doc.put("qualifier", f.qualifier() == null ? null : f.qualifier().wireName());
            doc.put("metric", f.metric());
            doc.put("kind", f.kind().wireName());
            doc.put("year", f.year());
            doc.put("sentence", f.sentence());
            doc.put("start", f.start());
            doc.put("end", f.end());
            doc.put("direction", f.direction());
            doc.put("revision", a.page().revision());
            docs.add(doc);
        }
        return docs;
    }

    private static Map<String, Object> session(SessionInfo s) {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("body", s.body());
        session.put("level", s.level() == null ? null : s.level().wireName());
        session.put("term", s.term());
        session.put("session", s.session());
        session.put("meeting", s.meeting());
        session.put("date", s.date() == null ? null : s.date().toString());
        return session;
    }

    /** Figures are numbered within their article, so a re-enriched article overwrites them in place. */
    public static String figureId(String articleId, int ordinal) {
        return articleId + "-" + ordinal;
    }
}
