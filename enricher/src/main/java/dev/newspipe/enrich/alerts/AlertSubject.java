package dev.newspipe.enrich.alerts;

import dev.newspipe.enrich.classify.Category;
import dev.newspipe.enrich.entities.NamedEntities;
import dev.newspipe.enrich.figures.Figure;
import java.util.List;

/** What a rule looks at: the article's words, category, entities and figures. */
public record AlertSubject(String text, Category category, NamedEntities entities, List<Figure> figures) {

    public AlertSubject {
        figures = List.copyOf(figures);
    }
}
