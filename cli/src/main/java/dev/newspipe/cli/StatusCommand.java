package dev.newspipe.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newspipe.cli.DeadLetters.DeadLetter;
import dev.newspipe.config.Config;
import dev.newspipe.config.Setting;
import dev.newspipe.enrich.EnricherConfig;
import dev.newspipe.index.ElasticsearchClients;
import dev.newspipe.index.IndexerConfig;
import dev.newspipe.topics.TopicNames;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The pipeline at a glance, from the cluster's point of view: what each stage has received and still has to do,
 * what ended on the DLQ and why, what is searchable, and whether the services say they are ready.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Per stage: records in and consumer lag; the DLQ by stage and reason; documents per index; the services' health"
                + " when reachable (status.services)."})
final class StatusCommand implements Callable<Integer> {

    static final Setting<String> SERVICES = Setting.string("status.services",
            "dev=http://127.0.0.1:9400,ingestor=http://127.0.0.1:9401,enricher=http://127.0.0.1:9402,indexer=http://127.0.0.1:9403",
            "Health endpoints `newspipe status` asks: name=base URL, comma-separated.");

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption;

    /** A stage's consumer group on its input topic. */
    record StageLag(String stage, String group, String topic, long records, long lag, String groupState) {}

    @Override
    public Integer call() throws Exception {
        Config config = configOption.load();
        Preflight.require(config, Preflight.Need.KAFKA, Preflight.Need.ELASTICSEARCH);
        PrintWriter out = spec.commandLine().getOut();
        TopicNames topics = TopicNames.from(config);
        try (Admin admin = Admin.create(config.kafkaClients())) {
            Map<String, Long> records = new LinkedHashMap<>();
            for (String topic : List.of(topics.raw(), topics.enriched(), topics.alerts(), topics.dlq())) {
                records.put(topic, records(admin, topic));
            }
            out.println("Stages (records: offsets retained, transaction markers included; lag: committed records not yet consumed)");
            out.printf("  %-9s %-26s %10s %8s  %s%n", "stage", "reads", "records", "lag", "group");
            out.printf("  %-9s %-26s %10s %8s  %s%n", "ingestor", "(inbox) -> " + topics.raw(), records.get(topics.raw()), "-", "-");
            for (StageLag stage : List.of(
                    lag(admin, config, "enricher", config.require(EnricherConfig.APPLICATION_ID), topics.raw()),
                    lag(admin, config, "indexer", config.require(IndexerConfig.GROUP_ID), topics.enriched()))) {
                out.printf("  %-9s %-26s %10d %8d  %s (%s)%n", stage.stage(), stage.topic(), stage.records(), stage.lag(), stage.group(),
                        stage.groupState());
            }
            out.printf("  alerts on %s: %d; dead letters on %s: %d%n", topics.alerts(), records.get(topics.alerts()), topics.dlq(),
                    records.get(topics.dlq()));
        }
        out.println();
        List<DeadLetter> letters = DeadLetters.read(config);
        out.println("Dead letters by stage and reason (" + letters.size() + ")");
        Map<String, Long> byReason = letters.stream().collect(Collectors.groupingBy(l -> l.stage() + "  " + DeadLetters.shortReason(l),
                TreeMap::new, Collectors.counting()));
        byReason.forEach((reason, count) -> out.printf("  %6d  %s%n", count, reason));
        if (letters.isEmpty()) {
            out.println("  none");
        }
        out.println();
        out.println("Indices (documents)");
        ElasticsearchClient client = ElasticsearchClients.create(config);
        try {
            var names = ElasticsearchClients.indexNames(config);
            for (String alias : List.of(names.articles(), names.figures())) {
                List<String> indices = new ArrayList<>();
                if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                    indices.addAll(client.indices().getAlias(a -> a.name(alias)).result().keySet());
                }
                if (indices.isEmpty()) {
                    out.printf("  %-16s missing (run newspipe setup)%n", alias);
                }
                for (String index : indices.stream().sorted().toList()) {
                    long count = client.count(c -> c.index(index)).count();
                    out.printf("  %-16s -> %-22s %8d%n", alias, index, count);
                }
            }
        } finally {
            client._transport().close();
        }
        out.println();
        out.println("Services (" + SERVICES.key() + ")");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (String entry : config.require(SERVICES).split(",")) {
            String[] nameUrl = entry.trim().split("=", 2);
            if (nameUrl.length != 2) {
                continue;
            }
            out.printf("  %-9s %-28s %s%n", nameUrl[0], nameUrl[1], health(http, nameUrl[1]));
        }
        out.flush();
        return Newspipe.OK;
    }

    private static long records(Admin admin, String topic) throws Exception {
        List<TopicPartition> partitions = partitions(admin, topic);
        if (partitions.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = offsets(admin, partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = offsets(admin, partitions, OffsetSpec.earliest());
        return partitions.stream().mapToLong(p -> end.get(p).offset() - start.get(p).offset()).sum();
    }

    private static StageLag lag(Admin admin, Config config, String stage, String group, String topic) throws Exception {
        List<TopicPartition> partitions = partitions(admin, topic);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = offsets(admin, partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = offsets(admin, partitions, OffsetSpec.earliest());
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        long records = 0;
        long lag = 0;
        Map<TopicPartition, Long> behind = new LinkedHashMap<>();
        for (TopicPartition p : partitions) {
            long endOffset = end.get(p).offset();
            OffsetAndMetadata position = committed.get(p);
            records += endOffset - start.get(p).offset();
            long from = position == null ? start.get(p).offset() : position.offset();
            if (endOffset - from > PENDING_READ_LIMIT) {
                lag += endOffset - from;
            } else if (endOffset > from) {
                behind.put(p, from);
            }
        }
        lag += pending(config, behind);
        String state;
        try {
            var description = admin.describeConsumerGroups(List.of(group)).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).get(group);
            state = description.groupState() + ", " + description.members().size() + " members";
        } catch (Exception e) {
            state = "unknown";
        }
        return new StageLag(stage, group, topic, records, lag, state);
    }

    /** Up to this many offsets behind, lag is counted in records rather than offsets (see {@link #pending}). */
    private static final long PENDING_READ_LIMIT = 10_000;

    /**
     * Committed records after these positions. Transactional topics end with commit markers, which take an offset but
     * are no record: a consumer that has read everything commits the offset before the last marker, so offsets alone
     * would show a lag of one for ever.
     */
    private static long pending(Config config, Map<TopicPartition, Long> positions) {
        if (positions.isEmpty()) {
            return 0;
        }
        Map<String, Object> props = new java.util.HashMap<>(config.kafkaClients());
        props.put("isolation.level", "read_committed");
        props.put("enable.auto.commit", false);
        long count = 0;
        try (org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]> consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                props, new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.assign(positions.keySet());
            positions.forEach(consumer::seek);
            Map<TopicPartition, Long> end = consumer.endOffsets(positions.keySet());
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline && positions.keySet().stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
        }
        return count;
    }

    private static List<TopicPartition> partitions(Admin admin, String topic) throws Exception {
        var description = admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).get(topic);
        return description.partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private static Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets(Admin admin, List<TopicPartition> partitions,
            OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        return admin.listOffsets(request).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private static String health(HttpClient http, String baseUrl) {
        try {
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/$", "") + "/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return ready.statusCode() == 200 ? "ready" : "not ready: " + ready.body().trim();
        } catch (Exception e) {
            return "not reachable";
        }
    }
}
