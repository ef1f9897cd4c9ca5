package dev.newspipe.bench;

import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.serde.ArticleRecords;
import dev.newspipe.registry.InMemorySchemaRegistry;
import dev.newspipe.serde.AvroSerde;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Enrichment throughput in articles per second on one core (Avro in, enrich, Avro out), against an Avro"
                + " read-and-write passthrough of the same records.")
final class EnrichBenchmark implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--root", defaultValue = ".", description = "Project root (default: current folder).")
    Path root;

    @Option(names = "--rounds", defaultValue = "5", description = "Passes over the records per timed run (default: ${DEFAULT-VALUE}).")
    int rounds;

    private long sink;

    @Override
    public Integer call() {
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
        });
        double enrich = Measure.medianSeconds(1, 3, () -> {
            for (int r = 0; r < rounds; r++) {
                for (byte[] bytes : records) {
                    RawArticle raw = rawSerde.deserialize("news.raw", bytes);
                    EnrichedArticle out = ArticleRecords.toEnriched(raw, enricher.enrich(ArticleRecords.fromRaw(raw)), Instant.EPOCH);
                    sink += enrichedSerde.serialize("news.enriched", out).length;
                }
            }
        });
        long articles = (long) records.size() * rounds;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("enrich: %d articles (%.1f k characters of body) per run, one thread%n", articles, chars * rounds / 1000.0);
        out.printf("  Avro read-and-write passthrough  %10.0f articles/s%n", articles / passthrough);
        out.printf("  enrich (Avro in and out)         %10.0f articles/s  (%.0f k chars/s)%n", articles / enrich,
                chars * rounds / enrich / 1000);
        out.printf("  ratio enrich / passthrough       %10s%n", Measure.ratio(passthrough, enrich));
        out.printf("(checksum %d)%n", sink);
        out.flush();
        return 0;
    }
}
