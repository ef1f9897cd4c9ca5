package dev.newspipe.core.entities;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.core.model.NamedEntities;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores extracted entities against independent labels (the format of {@code testdata/gold/entities-seeds.json} and
 * the {@code entities} of {@code testdata/devset/gold.json}): per type, an extracted name is a hit when labelled with
 * that type and an error otherwise; a labelled name not extracted with its type is a miss. Names under
 * {@code optional} count neither way, whatever type they were given. A plain function over (labels, extracted), so
 * the unit tests and {@code ./bench quality} report the same numbers.
 */
public final class EntityScore {

    private EntityScore() {}

    public enum Type {
        PEOPLE(NamedEntities::people), ORGANIZATIONS(NamedEntities::organizations), PLACES(NamedEntities::places);

        private final Function<NamedEntities, List<String>> names;

        Type(Function<NamedEntities, List<String>> names) {
            this.names = names;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The labelled names of one article. */
    public record Labels(NamedEntities names, Set<String> optional) {

        public Labels {
            optional = Set.copyOf(optional);
        }

        /** Reads one labelled record ({@code people}, {@code organizations}, {@code places}, {@code optional}). */
        public static Labels of(JsonNode record) {
            return new Labels(new NamedEntities(strings(record.get("people")), strings(record.get("organizations")),
                    strings(record.get("places"))), Set.copyOf(strings(record.get("optional"))));
        }

        private static List<String> strings(JsonNode array) {
            List<String> out = new ArrayList<>();
            if (array != null) {
                array.forEach(n -> out.add(n.asText()));
            }
            return out;
        }
    }

    /** One scored article: an id for the report, its labels and what the extractor found. */
    public record Case(String id, Labels labels, NamedEntities extracted) {}

    public record Counts(int hits, int errors, int misses) {

        public double precision() {
            return hits + errors == 0 ? 1.0 : (double) hits / (hits + errors);
        }

        public double recall() {
            return hits + misses == 0 ? 1.0 : (double) hits / (hits + misses);
        }
    }

    /** Counts per type, and every error and miss as {@code type id: name} for the reader. */
    public record Result(Map<Type, Counts> counts, List<String> errors, List<String> misses) {

        public String table(String title) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s %6s %6s %6s %9s %6s%n", title, "hits",
                    "errors", "misses", "precision", "recall"));
            for (Type type : Type.values()) {
                Counts c = counts.get(type);
                out.append(String.format(Locale.ROOT, "%-28s %6d %6d %6d %9.3f %6.3f%n", type.wireName(), c.hits(), c.errors(),
                        c.misses(), c.precision(), c.recall()));
            }
            return out.toString();
        }

        /** Whether every type reaches both thresholds. */
        public boolean meets(double precision, double recall) {
            return counts.values().stream().allMatch(c -> c.precision() >= precision && c.recall() >= recall);
        }
    }

    public static Result score(List<Case> cases) {
        Map<Type, int[]> tally = new EnumMap<>(Type.class);
        List<String> errors = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Type type : Type.values()) {
            tally.put(type, new int[3]);
        }
        for (Case c : cases) {
            for (Type type : Type.values()) {
                Set<String> labelled = new LinkedHashSet<>(type.names.apply(c.labels().names()));
                Set<String> found = new LinkedHashSet<>(type.names.apply(c.extracted()));
                int[] t = tally.get(type);
                for (String name : found) {
                    if (labelled.contains(name)) {
                        t[0]++;
                    } else if (!c.labels().optional().contains(name)) {
                        t[1]++;
                        errors.add(type.wireName() + " " + c.id() + ": " + name);
                    }
                }
                for (String name : labelled) {
                    if (!found.contains(name)) {
                        t[2]++;
                        misses.add(type.wireName() + " " + c.id() + ": " + name);
                    }
                }
            }
        }
        Map<Type, Counts> counts = new EnumMap<>(Type.class);
        tally.forEach((type, t) -> counts.put(type, new Counts(t[0], t[1], t[2])));
        return new Result(counts, errors, misses);
    }
}
