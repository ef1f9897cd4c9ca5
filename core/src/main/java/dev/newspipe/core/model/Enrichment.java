package dev.newspipe.core.model;

import dev.newspipe.core.model.Classification;
import dev.newspipe.core.model.NamedEntities;
import dev.newspipe.core.model.Figure;
import dev.newspipe.core.model.SessionInfo;
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
