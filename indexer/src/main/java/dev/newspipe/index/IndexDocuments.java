package dev.newspipe.index;

import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.Figure;
import dev.newspipe.avro.RawArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The one place where enriched articles become Elasticsearch documents (field names as in the templates). */
public final class IndexDocuments {

    private IndexDocuments() {}

    public static Map<String, Object> article(EnrichedArticle a) {
        RawArticle raw = a.getArticle();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", raw.getId());
        doc.put("paper", raw.getPaper());
        doc.put("issue_date", raw.getIssueDate().toString());
        doc.put("page", raw.getPage());
        doc.put("seq", raw.getSeq());
        doc.put("page_article_count", raw.getPageArticleCount());
        doc.put("kicker", raw.getKicker());
        doc.put("title", raw.getTitle());
        doc.put("subtitle", raw.getSubtitle());
        doc.put("byline", raw.getByline());
        doc.put("body", String.join("\n", raw.getParagraphs()));
        doc.put("paragraph_count", raw.getParagraphs().size());
        doc.put("category", a.getCategory());
        doc.put("confidence", a.getConfidence());
        doc.put("cues", a.getCues());
        doc.put("people", a.getEntities().getPeople());
        doc.put("organizations", a.getEntities().getOrganizations());
        doc.put("places", a.getEntities().getPlaces());
        if (a.getSession() != null) {
            Map<String, Object> session = new LinkedHashMap<>();
            session.put("body", a.getSession().getBody());
            session.put("level", a.getSession().getLevel());
            session.put("term", a.getSession().getTerm());
            session.put("session", a.getSession().getSession());
            session.put("meeting", a.getSession().getMeeting());
            session.put("date", a.getSession().getDate() == null ? null : a.getSession().getDate().toString());
            doc.put("session", session);
        }
        doc.put("figure_count", a.getFigures().size());
        LinkedHashSet<String> metrics = new LinkedHashSet<>();
        a.getFigures().forEach(f -> {
            if (f.getMetric() != null) {
                metrics.add(f.getMetric());
            }
        });
        doc.put("metrics", List.copyOf(metrics));
        doc.put("continued_from", raw.getContinuedFrom());
        doc.put("continues_on", raw.getContinuesOn());
        doc.put("continuation_of", a.getContinuationOf());
        doc.put("continued_by", a.getContinuedBy());
        doc.put("source_file", raw.getSourceFile());
        doc.put("content_hash", raw.getContentHash());
        doc.put("revision", raw.getRevision());
        doc.put("ingested_at", raw.getIngestedAt().toEpochMilli());
        doc.put("enriched_at", a.getEnrichedAt().toEpochMilli());
        return doc;
    }

    public static List<Map<String, Object>> figures(EnrichedArticle a) {
        RawArticle raw = a.getArticle();
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < a.getFigures().size(); i++) {
            Figure f = a.getFigures().get(i);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("article_id", raw.getId());
            doc.put("ordinal", i);
            doc.put("title", raw.getTitle());
            doc.put("category", a.getCategory());
            doc.put("paper", raw.getPaper());
            doc.put("issue_date", raw.getIssueDate().toString());
            doc.put("page", raw.getPage());
            doc.put("text", f.getText());
            doc.put("value", f.getValue());
            doc.put("value_max", f.getValueMax());
            doc.put("unit", f.getUnit());
            doc.put("qualifier", f.getQualifier());
            doc.put("metric", f.getMetric());
            doc.put("kind", f.getKind());
            doc.put("year", f.getYear());
            doc.put("sentence", f.getSentence());
            doc.put("revision", raw.getRevision());
            docs.add(doc);
        }
        return docs;
    }

    /** Figures are numbered within their article, so a re-enriched article overwrites them in place. */
    public static String figureId(String articleId, int ordinal) {
        return articleId + "-" + ordinal;
    }
}
