package dev.newspipe.core.figures;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.core.model.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures found for one labelled entry ({@code items}, {@code ignore}) of a gold file, matched by value and
 * unit: how many were right, which labels were missed, which figures no label wanted.
 */
record LabelledFigures(int expected, int matched, List<String> missed, List<Figure> extra) {

    static LabelledFigures match(JsonNode entry, List<Figure> found) {
        List<String> ignore = new ArrayList<>();
        entry.path("ignore").forEach(i -> ignore.add(i.asText()));
        List<Figure> unmatched = new ArrayList<>(found);
        List<String> missed = new ArrayList<>();
        int matched = 0;
        for (JsonNode item : entry.get("items")) {
            Figure hit = unmatched.stream().filter(f -> same(f, item)).findFirst().orElse(null);
            if (hit != null) {
                unmatched.remove(hit);
                matched++;
            } else {
                missed.add(item.get("text").asText());
            }
        }
        unmatched.removeIf(f -> ignore.stream().anyMatch(i -> i.contains(f.text()) || f.text().contains(i)));
        return new LabelledFigures(entry.get("items").size(), matched, missed, unmatched);
    }

    static boolean same(Figure f, JsonNode item) {
        return Math.abs(f.value() - item.get("value").asDouble()) < 1e-6 * Math.max(1, Math.abs(f.value()))
                && f.unit().equals(item.get("unit").asText());
    }

    /** Lines for a failure message: false positives and misses under a name. */
    void report(String name, StringBuilder report, boolean withExtras) {
        if (withExtras && !extra.isEmpty()) {
            report.append(name).append(": false positives ").append(extra.stream().map(Figure::text).toList()).append('\n');
        }
        if (!missed.isEmpty()) {
            report.append(name).append(": missed ").append(missed).append('\n');
        }
    }

    /**
     * The entries of a gold file's {@code metrics} (file, text, metric_contains) whose figure does not name the wanted
     * metric, each as a line saying what it named instead.
     */
    static List<String> wrongMetrics(JsonNode metrics, java.util.function.Function<String, List<Figure>> figuresOf) {
        List<String> wrong = new ArrayList<>();
        for (JsonNode entry : metrics) {
            String text = entry.get("text").asText();
            String wanted = entry.get("metric_contains").asText();
            List<String> named = figuresOf.apply(entry.get("file").asText()).stream().filter(f -> f.text().equals(text))
                    .map(Figure::metric).toList();
            if (named.stream().noneMatch(m -> m != null && m.contains(wanted))) {
                wrong.add(text + " → " + named + " (wanted " + wanted + ")");
            }
        }
        return wrong;
    }

    /** Precision and recall over every entry of {@code entries} labelled exhaustively, with a report of what differed. */
    record Score(int expected, int found, int matched, String report) {

        double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        static Score of(JsonNode entries, java.util.function.Function<String, List<Figure>> figuresOf) {
            int expected = 0;
            int found = 0;
            int matched = 0;
            StringBuilder report = new StringBuilder();
            for (JsonNode entry : entries) {
                if (!entry.path("exhaustive").asBoolean()) {
                    continue;
                }
                String file = entry.get("file").asText();
                LabelledFigures result = match(entry, figuresOf.apply(file));
                expected += result.expected();
                matched += result.matched();
                found += result.matched() + result.extra().size();
                result.report(file, report, true);
            }
            return new Score(expected, found, matched, report.toString());
        }

        String summary(String set) {
            return String.format("%s figures: precision %.3f recall %.3f (%d labelled, %d found, %d right)%n%s", set, precision(),
                    recall(), expected, found, matched, report);
        }
    }
}
