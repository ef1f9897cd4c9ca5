package dev.newspipe.bench;

import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.classify.ArticleClassifier;
import dev.newspipe.core.entities.EntityExtractor;
import dev.newspipe.core.figures.FigureExtractor;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.session.SessionParser;
import dev.newspipe.registry.InMemorySchemaRegistry;
import dev.newspipe.serde.ArticleRecords;
import dev.newspipe.serde.AvroSerde;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Enrichment throughput in articles per second on one core (Avro in, enrich, Avro out), against an Avro"
                + " read-and-write passthrough of the same records, and the time each stage takes (split, classify, figures,"
                + " entities, session, Avro), each stage timed on its own over the same articles.")
final class EnrichBenchmark implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--root", defaultValue = ".", description = "Project root (default: current folder).")
    Path root;

    @Option(names = "--rounds", defaultValue = "5", description = "Passes over the records per timed run (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--without-entities", description = "Also time enrichment with the entity stage switched off (an estimate of"
            + " enrichment once the entity recogniser is replaced; the output says so).")
    boolean withoutEntities;

    @Option(names = "--wall-clock", description = "Time by the wall clock instead of the benchmark thread's CPU time (CPU time is"
            + " the default: it is the time on one core, which other processes on a shared machine do not inflate).")
    boolean wallClock;

    private boolean cpu;

    /**
     * Passes before the timed ones. The enrichment run comes first, so its warm-up is also the JIT's: with one pass the
     * compiler was still at work on the larger rules (measured: one pass gave 565-860 articles/s, the stages timed
     * after it summed to 1 200/s); three make the row agree with the stages.
     */
    private static final int WARMUPS = 3;

    private long sink;

    @Override
    public Integer call() {
        cpu = !wallClock;
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        AvroSerde<RawArticle> rawSerde = AvroSerde.forValues(RawArticle.class, registry);
        AvroSerde<EnrichedArticle> enrichedSerde = AvroSerde.forValues(EnrichedArticle.class, registry);
        List<byte[]> records = new ArrayList<>();
        long chars = 0;
        for (RawArticle raw : BenchData.rawArticles(root)) {
            records.add(rawSerde.serialize("news.raw", raw));
            chars += String.join("\n", raw.getParagraphs()).length();
        }
        Newsdesk enricher = Newsdesk.offline();
        double passthrough = Measure.medianSeconds(2, 5, () -> {
            for (int r = 0; r < rounds; r++) {
                for (byte[] bytes : records) {
                    sink += rawSerde.serialize("copy", rawSerde.deserialize("news.raw", bytes)).length;
                }
            }
        }, cpu);
        double enrich = timeEnrichment(enricher, records, rawSerde, enrichedSerde, true);
        double enrichWithoutEntities = withoutEntities ? timeEnrichment(enricher, records, rawSerde, enrichedSerde, false) : 0;
        Map<String, Double> stages = stages(enricher, records, rawSerde, enrichedSerde);

        long articles = (long) records.size() * rounds;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("enrich: %d articles (%.1f k characters of body) per run, one thread, %s%n", articles, chars * rounds / 1000.0,
                cpu ? "timed by the thread's CPU time (per core)" : "timed by the wall clock");
        out.printf("  Avro read-and-write passthrough  %10.0f articles/s%n", articles / passthrough);
        out.printf("  enrich (Avro in and out)         %10.0f articles/s  (%.0f k chars/s)%n", articles / enrich,
                chars * rounds / enrich / 1000);
        out.printf("  ratio enrich / passthrough       %10s%n", Measure.ratio(passthrough, enrich));
        if (withoutEntities) {
            out.printf("  ESTIMATE, entity stage switched off: %6.0f articles/s  (%.0f k chars/s), ratio %s%n",
                    articles / enrichWithoutEntities, chars * rounds / enrichWithoutEntities / 1000,
                    Measure.ratio(passthrough, enrichWithoutEntities));
        }
        double total = stages.values().stream().mapToDouble(Double::doubleValue).sum();
        out.printf("%n  stage      ms/article  share   (each stage timed alone over the same articles, median of 3 runs)%n");
        stages.forEach((stage, seconds) -> out.printf("  %-9s %10.3f  %5.1f%%%n", stage, seconds * 1000 / articles,
                100 * seconds / total));
        out.printf("  %-9s %10.3f  %5.1f%%%n", "sum", total * 1000 / articles, 100.0);
        out.printf("(checksum %d)%n", sink);
        out.flush();
        return 0;
    }

    private double timeEnrichment(Newsdesk enricher, List<byte[]> records, AvroSerde<RawArticle> rawSerde,
            AvroSerde<EnrichedArticle> enrichedSerde, boolean withEntities) {
        return Measure.medianSeconds(WARMUPS, 3, () -> {
            for (int r = 0; r < rounds; r++) {
                for (byte[] bytes : records) {
                    RawArticle raw = rawSerde.deserialize("news.raw", bytes);
                    Article enriched = enricher.enrich(ArticleRecords.fromRaw(raw), withEntities);
                    sink += enrichedSerde.serialize("news.enriched", ArticleRecords.toEnriched(raw, enriched, Instant.EPOCH)).length;
                }
            }
        }, cpu);
    }

    /** Seconds per run of each stage over the same articles: the split of the pages, then each enrichment stage, then Avro. */
    private Map<String, Double> stages(Newsdesk desk, List<byte[]> records, AvroSerde<RawArticle> rawSerde,
            AvroSerde<EnrichedArticle> enrichedSerde) {
        List<String> texts = BenchData.texts(root);
        List<RawArticle> raws = records.stream().map(b -> rawSerde.deserialize("news.raw", b)).toList();
        List<Article> articles = raws.stream().map(ArticleRecords::fromRaw).toList();
        List<Article> enriched = articles.stream().map(desk::enrich).toList();
        ArticleClassifier classifier = new ArticleClassifier();
        FigureExtractor figures = new FigureExtractor();
        EntityExtractor entities = new EntityExtractor();
        SessionParser sessions = new SessionParser();
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("split", stage(() -> texts.forEach(t -> sink += desk.split(t).size())));
        stages.put("classify", stage(() -> articles.forEach(a -> sink += classifier.classify(a).cues().size())));
        stages.put("figures", stage(() -> articles.forEach(a -> sink += figures.extract(a.paragraphs(), a.issueDate()).size())));
        stages.put("entities", stage(() -> articles.forEach(a -> sink += entities.extract(a.headline() + "\n" + a.body()).people().size())));
        stages.put("session", stage(() -> articles.forEach(a -> sink += sessions.parse(a).isPresent() ? 1 : 0)));
        stages.put("Avro", stage(() -> {
            for (int i = 0; i < records.size(); i++) {
                RawArticle raw = rawSerde.deserialize("news.raw", records.get(i));
                sink += ArticleRecords.fromRaw(raw).paragraphs().size();
                sink += enrichedSerde.serialize("news.enriched", ArticleRecords.toEnriched(raw, enriched.get(i), Instant.EPOCH)).length;
            }
        }));
        return stages;
    }

    private double stage(Runnable onePass) {
        return Measure.medianSeconds(1, 3, () -> {
            for (int r = 0; r < rounds; r++) {
                onePass.run();
            }
        }, cpu);
    }
}
