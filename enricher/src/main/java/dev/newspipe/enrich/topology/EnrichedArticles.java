package dev.newspipe.enrich.topology;

import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.Entities;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.avro.Session;
import dev.newspipe.enrich.ArticleText;
import dev.newspipe.enrich.Enrichment;
import dev.newspipe.enrich.alerts.AlertSubject;
import dev.newspipe.enrich.classify.Category;
import dev.newspipe.enrich.entities.NamedEntities;
import dev.newspipe.enrich.figures.Figure;
import dev.newspipe.enrich.figures.FigureKind;
import dev.newspipe.enrich.figures.Qualifier;
import dev.newspipe.enrich.session.SessionInfo;
import java.time.Instant;
import java.util.List;

/** The one place where Avro records and the enricher's plain values are mapped into each other. */
public final class EnrichedArticles {

    private EnrichedArticles() {}

    public static ArticleText text(RawArticle raw) {
        return new ArticleText(raw.getKicker(), raw.getTitle(), raw.getSubtitle(), raw.getParagraphs(), raw.getIssueDate(),
                raw.getContinuedFrom());
    }

    public static EnrichedArticle toAvro(RawArticle raw, Enrichment e, Instant now) {
        return EnrichedArticle.newBuilder()
                .setArticle(raw)
                .setCategory(e.classification().category().wireName())
                .setConfidence(e.classification().confidence())
                .setCues(e.classification().cues())
                .setFigures(e.figures().stream().map(EnrichedArticles::toAvro).toList())
                .setEntities(new Entities(e.entities().people(), e.entities().organizations(), e.entities().places()))
                .setSession(e.session() == null ? null : toAvro(e.session()))
                .setContinuationOf(null)
                .setContinuedBy(List.of())
                .setEnrichedAt(now)
                .build();
    }

    static dev.newspipe.avro.Figure toAvro(Figure f) {
        return dev.newspipe.avro.Figure.newBuilder()
                .setText(f.text())
                .setValue(f.value())
                .setValueMax(f.valueMax())
                .setUnit(f.unit().isEmpty() ? null : f.unit())
                .setQualifier(f.qualifier() == null ? null : f.qualifier().wireName())
                .setMetric(f.metric())
                .setKind(f.kind().wireName())
                .setYear(f.year())
                .setSentence(f.sentence())
                .build();
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

    public static AlertSubject subject(EnrichedArticle a) {
        RawArticle raw = a.getArticle();
        String text = String.join("\n", nonNull(raw.getKicker()), nonNull(raw.getTitle()), nonNull(raw.getSubtitle()),
                String.join("\n", raw.getParagraphs()));
        NamedEntities entities = new NamedEntities(a.getEntities().getPeople(), a.getEntities().getOrganizations(),
                a.getEntities().getPlaces());
        List<Figure> figures = a.getFigures().stream().map(EnrichedArticles::fromAvro).toList();
        return new AlertSubject(text, Category.fromWireName(a.getCategory()), entities, figures);
    }

    static Figure fromAvro(dev.newspipe.avro.Figure f) {
        return new Figure(f.getText(), f.getValue(), f.getValueMax(), f.getUnit() == null ? "" : f.getUnit(),
                f.getQualifier() == null ? null : Qualifier.valueOf(f.getQualifier().toUpperCase(java.util.Locale.ROOT)), f.getMetric(),
                FigureKind.valueOf(f.getKind().toUpperCase(java.util.Locale.ROOT)), f.getYear(), f.getSentence());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
