package dev.newspipe.enrich;

import dev.newspipe.enrich.classify.Classification;
import dev.newspipe.enrich.entities.NamedEntities;
import dev.newspipe.enrich.figures.Figure;
import dev.newspipe.enrich.session.SessionInfo;
import java.util.List;
import java.util.Objects;

/** What the enricher learned about one article. {@code session} is {@code null} when none is named. */
public record Enrichment(Classification classification, List<Figure> figures, NamedEntities entities, SessionInfo session) {

    public Enrichment {
        Objects.requireNonNull(classification, "classification");
        figures = List.copyOf(figures);
        Objects.requireNonNull(entities, "entities");
    }
}
