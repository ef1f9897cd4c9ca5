package dev.newspipe.cli;

import dev.newspipe.config.Config;
import dev.newspipe.enrich.EnricherConfig;
import dev.newspipe.enrich.EnricherService;
import dev.newspipe.topics.TopicNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Re-enriches the whole archive after an upgrade of the classifier or the extractors: a second Kafka Streams
 * application with its own, new application id reads {@code news.raw} from the beginning up to where it ended when
 * the command started, and writes {@code news.enriched} like the live enricher. The indexer's versioned writes
 * (a re-enrichment of the same revision replaces the document) make that free of duplicates; the live enricher
 * keeps running meanwhile. Alerts of the run go to a scratch topic that is deleted afterwards unless
 * {@code --send-alerts}, because its fresh dedup store would otherwise send every alert again.
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = {"Re-enrich every article on news.raw with this build's classifier and extractors, without duplicates: a new Kafka"
                + " Streams application id reads news.raw from the beginning to its current end, then stops and removes its group and"
                + " internal topics. Upgrade the live enricher too, so that new articles get the new logic."})
final class ReprocessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption;

    @Option(names = "--application-id", paramLabel = "ID",
            description = "Application id of the run (default: <enricher.application.id>-reprocess-<time>).")
    String applicationId;

    @Option(names = "--send-alerts", description = "Send the run's alerts to news.alerts (default: to a scratch topic, so that"
            + " consumers do not get every alert again).")
    boolean sendAlerts;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600", description = "Give up after this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        Config base = configOption.load();
        Preflight.require(base, Preflight.Need.KAFKA, Preflight.Need.REGISTRY);
        PrintWriter out = spec.commandLine().getOut();
        String id = applicationId != null ? applicationId : base.require(EnricherConfig.APPLICATION_ID) + "-reprocess-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        TopicNames topics = TopicNames.from(base);
        Map<String, String> overrides = new HashMap<>();
        overrides.put(EnricherConfig.APPLICATION_ID.key(), id);
        overrides.put(EnricherConfig.INSTANCE_ID.key(), "reprocess");
        overrides.put(EnricherConfig.STATE_DIR.key(), base.require(EnricherConfig.STATE_DIR).resolveSibling(id).toString());
        String scratchAlerts = id + "-alerts";
        if (!sendAlerts) {
            overrides.put("topic.alerts", scratchAlerts);
        }
        Config config = base.withOverrides(overrides);
        try (Admin admin = Admin.create(base.kafkaClients())) {
            if (!sendAlerts) {
                admin.createTopics(List.of(new NewTopic(scratchAlerts, 1, (short) -1))).all().get(30, TimeUnit.SECONDS);
            }
            Map<TopicPartition, Long> target = endOffsets(admin, topics.raw());
            long total = target.values().stream().mapToLong(Long::longValue).sum();
            out.printf("Reprocessing %s up to offset %d as application %s ...%n", topics.raw(), total, id);
            out.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            boolean done = false;
            EnricherService enricher = new EnricherService(config);
            try {
                enricher.start();
                while (System.nanoTime() < deadline && !enricher.failed()) {
                    if (caughtUp(admin, id, target)) {
                        done = true;
                        break;
                    }
                    Thread.sleep(500);
                }
            } finally {
                enricher.closeAndLeaveGroup();
            }
            cleanUp(admin, id, sendAlerts ? null : scratchAlerts);
            if (!done) {
                spec.commandLine().getErr().println("newspipe reprocess: not caught up within " + timeoutSeconds
                        + " s or the enricher failed; run it again (it starts over)");
                return Newspipe.FAILED;
            }
            out.printf("Reprocessed %d offsets of %s; the indexer replaces each article with its new enrichment.%n", total, topics.raw());
            out.flush();
            return Newspipe.OK;
        } finally {
            deleteState(base.require(EnricherConfig.STATE_DIR).resolveSibling(id));
        }
    }

    /** The last stable offsets (transactions committed) of every partition of {@code topic}. */
    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        var description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
        Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
        description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        return admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(30, TimeUnit.SECONDS)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /**
     * Whether the run is done: it committed positions at or past the end {@code news.raw} had when it started, on
     * every partition, and it also processed everything it routed through its own repartition topics (articles with
     * continuation marks are linked there), so that no re-enriched article is still in flight when it stops.
     */
    private static boolean caughtUp(Admin admin, String group, Map<TopicPartition, Long> target) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        if (!reached(committed, target)) {
            return false;
        }
        List<String> repartition = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith(group + "-") && t.endsWith("-repartition")).toList();
        for (String topic : repartition) {
            if (!reached(committed, endOffsets(admin, topic))) {
                return false;
            }
        }
        return true;
    }

    private static boolean reached(Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue()));
    }

    /** The run's consumer group, its internal topics and its scratch alerts topic: nothing of it stays behind. */
    private static void cleanUp(Admin admin, String id, String scratchAlerts) throws Exception {
        admin.deleteConsumerGroups(List.of(id)).all().get(30, TimeUnit.SECONDS);
        Set<String> leftovers = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith(id + "-")).collect(Collectors.toSet());
        if (scratchAlerts != null) {
            leftovers.add(scratchAlerts);
        }
        if (!leftovers.isEmpty()) {
            admin.deleteTopics(leftovers).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static void deleteState(Path dir) throws java.io.IOException {
        if (java.nio.file.Files.exists(dir)) {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
