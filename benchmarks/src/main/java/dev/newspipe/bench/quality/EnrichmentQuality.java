package dev.newspipe.bench.quality;

import dev.newspipe.core.entities.EntityExtractor;
import dev.newspipe.core.entities.EntityScore;
import dev.newspipe.core.session.SessionParser;
import dev.newspipe.core.session.SessionScore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's sections on enrichment: entity precision and recall per type and session field accuracy, on the
 * sample pages ({@code testdata/gold/entities-seeds.json}), the development set ({@code testdata/devset/gold.json})
 * and the genre documents labelled for them ({@code testdata/genre/entities.json}). The same scoring as
 * {@code EntityGoldTest} and {@code SessionGoldTest}, which hold the gates.
 */
public final class EnrichmentQuality {

    private EnrichmentQuality() {}

    /** The labelled sets of a checkout, in report order. */
    static Map<String, List<LabelledArticles.Labelled>> sets(Path checkout) {
        Map<String, List<LabelledArticles.Labelled>> sets = new LinkedHashMap<>();
        sets.put("samples", LabelledArticles.samples(checkout));
        sets.put("devset", LabelledArticles.devset(checkout));
        sets.put("genre", LabelledArticles.genre(checkout));
        return sets;
    }

    /** Entity precision and recall per type and set. */
    public record Entities(Path checkout) implements Section {

        @Override
        public String title() {
            return "Entities (precision and recall per type; issue gate 0.9 / 0.85 on samples and devset)";
        }

        @Override
        public void print(QualityRun run, PrintWriter out) {
            EntityExtractor extractor = new EntityExtractor();
            out.println("```");
            sets(checkout).forEach((set, labelled) -> out.print(EntityScore.score(labelled.stream()
                    .map(l -> new EntityScore.Case(l.id(), EntityScore.Labels.of(l.label()),
                            extractor.extract(l.article().headline() + "\n" + l.article().body())))
                    .toList()).table(set + " (" + labelled.size() + " articles)")));
            out.println("```");
        }
    }

    /** Session field accuracy per set. */
    public record Sessions(Path checkout) implements Section {

        @Override
        public String title() {
            return "Sessions (field accuracy; issue gate 0.9 on samples and devset)";
        }

        @Override
        public void print(QualityRun run, PrintWriter out) {
            SessionParser parser = new SessionParser();
            out.println("```");
            sets(checkout).forEach((set, labelled) -> out.print(SessionScore.score(labelled.stream()
                    .map(l -> new SessionScore.Case(l.id(), SessionScore.label(l.label().get("session")),
                            parser.parse(l.article()).orElse(null)))
                    .toList()).table(set + " (" + labelled.size() + " articles)")));
            out.println("```");
        }
    }
}
