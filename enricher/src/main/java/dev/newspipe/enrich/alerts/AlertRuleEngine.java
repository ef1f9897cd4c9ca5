package dev.newspipe.enrich.alerts;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides whether an article matches a rule and says why, in words an alert consumer can show. */
public final class AlertRuleEngine {

    /** The reasons the enriched article matches, or empty if some condition fails. */
    public Optional<List<String>> match(AlertRule rule, Article article) {
        List<String> reasons = new ArrayList<>();
        String text = article.headline() + "\n" + article.body();
        if (!rule.categories().isEmpty()) {
            if (!rule.categories().contains(article.enrichment().classification().category().wireName())) {
                return Optional.empty();
            }
            reasons.add("category " + article.enrichment().classification().category().wireName());
        }
        if (!rule.keywordsAny().isEmpty()) {
            Optional<String> hit = rule.keywordsAny().stream().filter(text::contains).findFirst();
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            reasons.add("keyword " + hit.get());
        }
        for (String keyword : rule.keywordsAll()) {
            if (!text.contains(keyword)) {
                return Optional.empty();
            }
            reasons.add("keyword " + keyword);
        }
        if (!rule.entitiesAny().isEmpty()) {
            Optional<String> hit = rule.entitiesAny().stream()
                    .filter(e -> article.enrichment().entities().people().contains(e) || article.enrichment().entities().organizations().contains(e)
                            || article.enrichment().entities().places().contains(e))
                    .findFirst();
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            reasons.add("entity " + hit.get());
        }
        for (AlertRule.FigureCondition condition : rule.figures()) {
            Optional<Figure> hit = article.enrichment().figures().stream().filter(f -> satisfies(f, condition)).findFirst();
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            Figure f = hit.get();
            reasons.add("figure " + (f.metric() == null ? "" : f.metric() + " ") + f.text());
        }
        return Optional.of(reasons);
    }

    private static boolean satisfies(Figure f, AlertRule.FigureCondition c) {
        return (c.metricContains() == null || f.metric() != null && f.metric().contains(c.metricContains()))
                && (c.unit() == null || c.unit().equals(f.unit()))
                && (c.kind() == null || c.kind().equals(f.kind().wireName()))
                && (c.min() == null || f.value() >= c.min())
                && (c.max() == null || f.value() <= c.max());
    }
}
