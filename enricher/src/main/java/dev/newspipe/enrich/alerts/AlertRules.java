package dev.newspipe.enrich.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Alert rules as JSON, in snake case: {@code {"id": "gdp", "categories": ["work_report"], "figures":
 * [{"metric_contains": "地区生产总值", "unit": "%", "min": 5}]}}. A file holds one rule or an array of them.
 */
public final class AlertRules {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private AlertRules() {}

    public static AlertRule parse(String json) {
        try {
            return JSON.readValue(json, AlertRule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an alert rule: " + e.getOriginalMessage(), e);
        }
    }

    public static String toJson(AlertRule rule) {
        try {
            return JSON.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rules from a file, refusing categories newspipe does not have (a typo would otherwise never match). */
    public static List<AlertRule> load(Path file) throws IOException {
        JsonNode node = JSON.readTree(Files.readString(file));
        List<AlertRule> rules = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode rule : node) {
                rules.add(parse(rule.toString()));
            }
        } else {
            rules.add(parse(node.toString()));
        }
        for (AlertRule rule : rules) {
            for (String category : rule.categories()) {
                if (!CATEGORIES.contains(category)) {
                    throw new IllegalArgumentException("Rule " + rule.id() + " in " + file + ": unknown category '" + category + "'; one of "
                            + String.join(", ", CATEGORIES));
                }
            }
        }
        return rules;
    }

    /** The categories' wire names, in declaration order. */
    public static final List<String> CATEGORIES = java.util.Arrays.stream(dev.newspipe.core.model.Category.values())
            .map(dev.newspipe.core.model.Category::wireName).toList();
}
