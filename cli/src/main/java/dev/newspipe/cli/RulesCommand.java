package dev.newspipe.cli;

import dev.newspipe.config.Config;
import dev.newspipe.enrich.alerts.AlertRule;
import dev.newspipe.enrich.alerts.AlertRules;
import dev.newspipe.topics.TopicNames;
import java.io.PrintWriter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Alert rules on the compacted rules topic: the enricher picks up every change without a restart. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Manage alert rules on the compacted rules topic.",
        subcommands = {RulesCommand.Put.class, RulesCommand.ListRules.class, RulesCommand.Delete.class})
final class RulesCommand {

    @Command(name = "put", mixinStandardHelpOptions = true, description = "Add or replace rules from a JSON file (one rule or an array).")
    static final class Put implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption configOption;

        @Parameters(paramLabel = "FILE", description = "Rule JSON, e.g. {\"id\": \"gdp\", \"categories\": [\"work_report\"], "
                + "\"figures\": [{\"metric_contains\": \"地区生产总值\", \"unit\": \"%\", \"min\": 5}]}")
        Path file;

        @Override
        public Integer call() throws Exception {
            List<AlertRule> rules = AlertRules.load(file);
            Config config = configOption.load();
            Preflight.require(config, Preflight.Need.KAFKA);
            try (KafkaProducer<String, String> producer = producer(config)) {
                for (AlertRule rule : rules) {
                    producer.send(new ProducerRecord<>(TopicNames.from(config).alertRules(), rule.id(), AlertRules.toJson(rule))).get();
                    spec.commandLine().getOut().println("put rule " + rule.id());
                }
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the current rules as JSON Lines.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption configOption;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Config config = configOption.load();
            Preflight.require(config, Preflight.Need.KAFKA);
            current(config).values().forEach(out::println);
            out.flush();
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a rule (a tombstone on the rules topic).")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption configOption;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() throws Exception {
            Config config = configOption.load();
            Preflight.require(config, Preflight.Need.KAFKA);
            if (!current(config).containsKey(id)) {
                spec.commandLine().getErr().println("No rule " + id);
                return 1;
            }
            try (KafkaProducer<String, String> producer = producer(config)) {
                producer.send(new ProducerRecord<>(TopicNames.from(config).alertRules(), id, null)).get();
            }
            spec.commandLine().getOut().println("deleted rule " + id);
            return 0;
        }
    }

    static KafkaProducer<String, String> producer(Config config) {
        Map<String, Object> props = config.kafkaClients();
        props.put("acks", "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** The rules topic read to its end: the latest JSON per rule id. */
    static Map<String, String> current(Config config) {
        Map<String, Object> props = config.kafkaClients();
        Map<String, String> rules = new TreeMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TopicNames.from(config).alertRules()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() == null) {
                        rules.remove(r.key());
                    } else {
                        rules.put(r.key(), r.value());
                    }
                }
            }
        }
        return rules;
    }

}
