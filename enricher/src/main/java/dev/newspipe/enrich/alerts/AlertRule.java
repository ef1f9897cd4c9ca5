package dev.newspipe.enrich.alerts;

import java.util.List;
import java.util.Objects;

/**
 * A standing question about new articles. Every condition that is given must hold; an empty list is no
 * condition.
 *
 * @param categories the article's category is one of these
 * @param keywordsAny the headline or body contains at least one of these
 * @param keywordsAll the headline or body contains all of these
 * @param entitiesAny one of these is among the article's people, organisations or places
 * @param figures for each condition, some figure of the article satisfies it
 */
public record AlertRule(String id, String description, List<String> categories, List<String> keywordsAny,
        List<String> keywordsAll, List<String> entitiesAny, List<FigureCondition> figures) {

    public AlertRule {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("rule id must not be blank");
        }
        categories = List.copyOf(categories == null ? List.of() : categories);
        keywordsAny = List.copyOf(keywordsAny == null ? List.of() : keywordsAny);
        keywordsAll = List.copyOf(keywordsAll == null ? List.of() : keywordsAll);
        entitiesAny = List.copyOf(entitiesAny == null ? List.of() : entitiesAny);
        figures = List.copyOf(figures == null ? List.of() : figures);
    }

    /**
     * A figure whose metric contains {@code metricContains} (if given), with this unit and kind (if given),
     * and a value of at least {@code min} and at most {@code max} (if given).
     */
    public record FigureCondition(String metricContains, String unit, String kind, Double min, Double max) {}
}
