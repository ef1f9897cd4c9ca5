package dev.newspipe.bench.quality;

import dev.newspipe.core.entities.EntityExtractor;
import dev.newspipe.core.entities.EntityScore;
import dev.newspipe.core.session.SessionParser;
import dev.newspipe.core.session.SessionScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The report's sections on enrichment: entity precision and recall per type and session field accuracy, on the
 * sample pages ({@code testdata/gold/entities-seeds.json}), the development set ({@code testdata/devset/gold.json})
 * and the genre documents labelled for them ({@code testdata/genre/entities.json}). The one scoring of entities and
 * sessions: {@code EntityGoldTest} and {@code SessionGoldTest} hold their gates on it.
 */
public final class EnrichmentQuality {

    private static final EntityExtractor ENTITIES = new EntityExtractor();
    private static final SessionParser SESSIONS = new SessionParser();

    private EnrichmentQuality() {}

    /** The labelled sets of a checkout, in report order. */
    static Map<String, List<LabelledArticles.Labelled>> sets(Path checkout) {
        Map<String, List<LabelledArticles.Labelled>> sets = new LinkedHashMap<>();
        sets.put("samples", LabelledArticles.samples(checkout));
        sets.put("devset", LabelledArticles.devset(checkout));
        sets.put("genre", LabelledArticles.genre(checkout));
        // entities-<shares>.json: labelled on later shares after the extractor's rules were written, each a measure on
        // text its rules were not written from (entities-gh.json: shares g and h, reported as "genre g, h")
        for (String file : heldOutFiles(checkout)) {
            List<LabelledArticles.Labelled> heldOut = LabelledArticles.genre(checkout, file);
            if (!heldOut.isEmpty()) {
                String shares = file.substring("entities-".length(), file.length() - ".json".length());
                sets.put("genre " + String.join(", ", shares.split("")), heldOut);
            }
        }
        return sets;
    }

    /** The names of the later entity label files ({@code testdata/genre/entities-*.json}), sorted. */
    static List<String> heldOutFiles(Path checkout) {
        try (Stream<Path> files = Files.list(checkout.resolve("testdata/genre"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("entities-") && n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entities of the labelled articles against their labels; the extractor reads what {@code Newsdesk.enrich} gives it. */
    public static EntityScore.Result entities(List<LabelledArticles.Labelled> labelled) {
        return EntityScore.score(labelled.stream()
                .map(l -> new EntityScore.Case(l.id(), EntityScore.Labels.of(l.label()),
                        ENTITIES.extract(l.article().headline() + "\n" + l.article().body())))
                .toList());
    }

    /** Sessions of the labelled articles against their labels. */
    public static SessionScore.Result sessions(List<LabelledArticles.Labelled> labelled) {
        return SessionScore.score(labelled.stream()
                .map(l -> new SessionScore.Case(l.id(), SessionScore.label(l.label().get("session")),
                        SESSIONS.parse(l.article()).orElse(null)))
                .toList());
    }

    /** A section printing one table per labelled set. */
    private record PerSet(String title, Path checkout, BiFunction<String, List<LabelledArticles.Labelled>, String> table) implements Section {

        @Override
        public void print(QualityRun run, PrintWriter out) {
            out.println("```");
            sets(checkout).forEach((set, labelled) -> out.print(table.apply(set + " (" + labelled.size() + " articles)", labelled)));
            out.println("```");
        }
    }

    /** Entity precision and recall per type and set. */
    public static Section entitySection(Path checkout) {
        return new PerSet("Entities (precision and recall per type; issue gate 0.9 / 0.85 on samples and devset)", checkout,
                (set, labelled) -> entities(labelled).table(set));
    }

    /** Session field accuracy per set. */
    public static Section sessionSection(Path checkout) {
        return new PerSet("Sessions (field accuracy; issue gate 0.9 on samples and devset)", checkout,
                (set, labelled) -> sessions(labelled).table(set));
    }

    /** Every wrong session field per set, as {@code id field: extracted (labelled)} ({@code --misses}). */
    public static Section sessionMissesSection(Path checkout) {
        return new PerSet("Session misses", checkout, (set, labelled) -> {
            StringBuilder out = new StringBuilder(set).append('\n');
            sessions(labelled).wrong().forEach(w -> out.append("- ").append(w).append('\n'));
            return out.toString();
        });
    }

    /** Every wrong and every missed entity per set ({@code --misses}). */
    public static Section entityMissesSection(Path checkout) {
        return new PerSet("Entity errors and misses", checkout, (set, labelled) -> {
            EntityScore.Result r = entities(labelled);
            StringBuilder out = new StringBuilder(set).append('\n');
            r.errors().forEach(e -> out.append("- wrong ").append(e).append('\n'));
            r.misses().forEach(m -> out.append("- missed ").append(m).append('\n'));
            return out.toString();
        });
    }
}
