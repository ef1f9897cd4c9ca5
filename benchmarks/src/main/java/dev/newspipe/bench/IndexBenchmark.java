package dev.newspipe.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.serde.ArticleRecords;
import dev.newspipe.index.ElasticsearchClients;
import dev.newspipe.index.IndexDocuments;
import dev.newspipe.index.IndexNames;
import dev.newspipe.index.IndexSetup;
import dev.newspipe.index.IndexerService;
import dev.newspipe.registry.RestSchemaRegistry;
import dev.newspipe.serde.AvroSerde;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.TopicSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Indexer throughput (articles and figures per second, from Kafka to searchable) on an embedded node, against"
                + " a plain BulkIngester loop writing the same documents to the same node.")
final class IndexBenchmark implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--root", defaultValue = ".", description = "Project root (default: current folder).")
    Path root;

    @Option(names = "--articles", defaultValue = "5000", description = "Articles to index (default: ${DEFAULT-VALUE}).")
    int articles;

    @Override
    public Integer call() throws Exception {
        List<EnrichedArticle> templates = enrichedSamples();
        PrintWriter out = spec.commandLine().getOut();
        Path data = Files.createTempDirectory("newspipe-bench-");
        try (DevStack stack = DevStack.start(DevStack.Options.ephemeral(data))) {
            List<EnrichedArticle> records = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                EnrichedArticle t = templates.get(i % templates.size());
                RawArticle raw = RawArticle.newBuilder(t.getArticle()).setId("bench-" + i).setPage(Integer.toString(i)).build();
                records.add(EnrichedArticle.newBuilder(t).setArticle(raw).build());
            }
            long figures = records.stream().mapToLong(r -> r.getFigures().size()).sum();

            Config config = Config.of(Map.of(), Map.of()).withOverrides(Map.of(
                    "kafka.bootstrap.servers", stack.bootstrapServers(), "schema.registry.url", stack.schemaRegistryUrl(),
                    "elasticsearch.url", stack.elasticsearchUrl(), "topic.enriched", "bench.enriched", "topic.dlq", "bench.dlq",
                    "index.articles", "bench-articles", "index.figures", "bench-figures", "indexer.group.id", "bench-indexer"));
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
                TopicSetup.ensure(admin, TopicNames.from(config), 1, (short) 1);
            }
            try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                    stack.bootstrapServers(), "linger.ms", 20), new StringSerializer(),
                    AvroSerde.forValues(EnrichedArticle.class, new RestSchemaRegistry(stack.schemaRegistryUrl(), Optional.empty()))
                            .serializer())) {
                for (EnrichedArticle r : records) {
                    producer.send(new ProducerRecord<>("bench.enriched", r.getArticle().getId(), r));
                }
                producer.flush();
            }

            double baseline = plainBulkIngester(config, stack, records);
            double ours = bulkIndexer(config, records.size());

            out.printf("index: %d articles with %d figures into an embedded Elasticsearch node%n", articles, figures);
            out.printf("  plain BulkIngester loop     %8.0f articles/s %8.0f figures/s%n", articles / baseline, figures / baseline);
            out.printf("  newspipe indexer from Kafka %8.0f articles/s %8.0f figures/s%n", articles / ours, figures / ours);
            out.printf("  ratio indexer / plain       %8s%n", Measure.ratio(baseline, ours));
            out.flush();
        }
        return 0;
    }

    private double plainBulkIngester(Config base, DevStack stack, List<EnrichedArticle> records) throws Exception {
        Config config = base.withOverrides(Map.of("index.articles", "plain-articles", "index.figures", "plain-figures"));
        ElasticsearchClient client = ElasticsearchClients.create(config);
        IndexNames names = ElasticsearchClients.indexNames(config);
        new IndexSetup(client, names).apply();
        long start = System.nanoTime();
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).maxOperations(1000).maxSize(5L * 1024 * 1024)
                .flushInterval(1, TimeUnit.SECONDS))) {
            for (EnrichedArticle r : records) {
                String id = r.getArticle().getId();
                Map<String, Object> doc = IndexDocuments.article(r);
                ingester.add(op -> op.index(i -> i.index(names.articles()).id(id).document(doc)));
                List<Map<String, Object>> figures = IndexDocuments.figures(r);
                for (int f = 0; f < figures.size(); f++) {
                    String figureId = IndexDocuments.figureId(id, f);
                    Map<String, Object> figure = figures.get(f);
                    ingester.add(op -> op.index(i -> i.index(names.figures()).id(figureId).document(figure)));
                }
            }
        }
        client.indices().refresh(r -> r.index(names.articles()));
        double seconds = (System.nanoTime() - start) / 1e9;
        long count = client.count(c -> c.index(names.articles())).count();
        client._transport().close();
        if (count != records.size()) {
            throw new IllegalStateException("plain loop indexed " + count + " of " + records.size());
        }
        return seconds;
    }

    private double bulkIndexer(Config config, int expected) throws Exception {
        IndexerService service = new IndexerService(config, new SimpleMeterRegistry());
        IndexNames names = ElasticsearchClients.indexNames(config);
        long start = System.nanoTime();
        Thread thread = new Thread(service::run, "bench-indexer");
        thread.start();
        while (true) {
            service.client().indices().refresh(r -> r.index(names.articles()));
            if (service.client().count(c -> c.index(names.articles())).count() >= expected) {
                break;
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        service.stop();
        thread.join();
        service.close();
        return seconds;
    }

    private List<EnrichedArticle> enrichedSamples() {
        Newsdesk enricher = Newsdesk.offline();
        return BenchData.rawArticles(root).stream()
                .map(raw -> ArticleRecords.toEnriched(raw, enricher.enrich(ArticleRecords.fromRaw(raw)), Instant.EPOCH)).toList();
    }
}
