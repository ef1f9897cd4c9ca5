package dev.newspipe.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.cli.DeadLetters.DeadLetter;
import dev.newspipe.config.Config;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The dead-letter topic for people: what is there and why, and putting records back once the cause is fixed. */
@Command(name = "dlq", mixinStandardHelpOptions = true, description = "List dead letters with their reasons, or replay them to their source topic.",
        subcommands = {DlqCommand.ListLetters.class, DlqCommand.Replay.class})
final class DlqCommand {

    /** Which dead letters a subcommand works on; none given means all. */
    static final class Selection {
        @Option(names = "--stage", paramLabel = "STAGE", description = "Only letters of this stage (enricher, indexer.index, indexer.deserialize, …; a prefix matches).")
        String stage;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Only letters whose reason contains this text.")
        String reason;

        @Option(names = "--id", paramLabel = "PARTITION:OFFSET", split = ",", description = "Only these letters (as `dlq list` shows them).")
        Set<String> ids;

        Predicate<DeadLetter> filter() {
            return letter -> (stage == null || letter.stage().startsWith(stage))
                    && (reason == null || letter.reason().contains(reason) || (letter.detail() != null && letter.detail().contains(reason)))
                    && (ids == null || ids.contains(letter.id()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One JSON object per dead letter: id (partition:offset), time, key, stage, reason, detail, source topic/partition/offset.")
    static final class ListLetters implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption configOption;

        @CommandLine.Mixin
        Selection selection = new Selection();

        @Override
        public Integer call() {
            Config config = configOption.load();
            Preflight.require(config, Preflight.Need.KAFKA);
            PrintWriter out = spec.commandLine().getOut();
            ObjectMapper json = new ObjectMapper();
            for (DeadLetter letter : DeadLetters.read(config)) {
                if (selection.filter().test(letter)) {
                    ObjectNode line = json.createObjectNode();
                    line.put("id", letter.id());
                    line.put("time", letter.timestamp().toString());
                    line.put("key", letter.keyText());
                    line.put("stage", letter.stage());
                    line.put("reason", letter.reason());
                    line.put("detail", letter.detail());
                    line.put("source_topic", letter.sourceTopic());
                    line.put("source_partition", letter.sourcePartition());
                    line.put("source_offset", letter.sourceOffset());
                    line.put("bytes", letter.value() == null ? 0 : letter.value().length);
                    out.println(line);
                }
            }
            out.flush();
            return Newspipe.OK;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Re-publish the selected dead letters, key and value as they were, to the topic they came from, after"
                    + " the cause was fixed (a classifier bug, a mapping, a cluster setting). The letters stay on the DLQ; a replayed record"
                    + " carries newspipe.replayed.from=PARTITION:OFFSET. Downstream writes are versioned, so a replay never duplicates.",
                    "Select with --stage, --reason or --id (at least one, or --all)."})
    static final class Replay implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption configOption;

        @CommandLine.Mixin
        Selection selection = new Selection();

        @Option(names = "--all", description = "Replay every dead letter.")
        boolean all;

        @Option(names = "--dry-run", description = "Only show what would be replayed.")
        boolean dryRun;

        @Override
        public Integer call() throws Exception {
            if (!all && selection.stage == null && selection.reason == null && selection.ids == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Select what to replay: --stage, --reason, --id or --all");
            }
            Config config = configOption.load();
            Preflight.require(config, Preflight.Need.KAFKA);
            PrintWriter out = spec.commandLine().getOut();
            List<DeadLetter> selected = DeadLetters.read(config).stream().filter(selection.filter()).toList();
            List<DeadLetter> replayable = new ArrayList<>();
            for (DeadLetter letter : selected) {
                if (letter.sourceTopic() == null) {
                    out.println("skipped " + letter.id() + ": no source topic in its headers");
                } else {
                    replayable.add(letter);
                }
            }
            if (!dryRun && !replayable.isEmpty()) {
                Map<String, Object> props = new HashMap<>(config.kafkaClients());
                props.put(ProducerConfig.ACKS_CONFIG, "all");
                props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
                    for (DeadLetter letter : replayable) {
                        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(letter.sourceTopic(), letter.key(), letter.value());
                        record.headers().add(DeadLetters.REPLAYED_FROM, letter.id().getBytes(StandardCharsets.UTF_8));
                        producer.send(record).get();
                    }
                }
            }
            for (DeadLetter letter : replayable) {
                out.println((dryRun ? "would replay " : "replayed ") + letter.id() + " (" + letter.stage() + ", " + DeadLetters.shortReason(letter)
                        + ") to " + letter.sourceTopic());
            }
            out.println((dryRun ? "would replay " : "replayed ") + replayable.size() + " of " + selected.size() + " selected dead letters");
            out.flush();
            return Newspipe.OK;
        }
    }
}
