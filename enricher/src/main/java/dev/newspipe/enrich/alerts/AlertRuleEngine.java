package dev.newspipe.enrich.alerts;

import dev.newspipe.enrich.figures.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides whether an article matches a rule and says why, in words an alert consumer can show. */
public final class AlertRuleEngine {

    /** The reasons the subject matches, or empty if some condition fails. */
    public Optional<List<String>> match(AlertRule rule, AlertSubject subject) {
        List<String> reasons = new ArrayList<>();
        if (!rule.categories().isEmpty()) {
            if (!rule.categories().contains(subject.category().wireName())) {
                return Optional.empty();
            }
            reasons.add("category " + subject.category().wireName());
        }
        if (!rule.keywordsAny().isEmpty()) {
            Optional<String> hit = rule.keywordsAny().stream().filter(subject.text()::contains).findFirst();
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            reasons.add("keyword " + hit.get());
        }
        for (String keyword : rule.keywordsAll()) {
            if (!subject.text().contains(keyword)) {
                return Optional.empty();
            }
            reasons.add("keyword " + keyword);
        }
        if (!rule.entitiesAny().isEmpty()) {
            Optional<String> hit = rule.entitiesAny().stream()
                    .filter(e -> subject.entities().people().contains(e) || subject.entities().organizations().contains(e)
                            || subject.entities().places().contains(e))
                    .findFirst();
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            reasons.add("entity " + hit.get());
        }
        for (AlertRule.FigureCondition condition : rule.figures()) {
            Optional<Figure> hit = subject.figures().stream().filter(f -> satisfies(f, condition)).findFirst();
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
