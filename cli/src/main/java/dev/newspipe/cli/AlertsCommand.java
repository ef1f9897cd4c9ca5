package dev.newspipe.cli;

import dev.newspipe.avro.Alert;
import dev.newspipe.config.Config;
import dev.newspipe.registry.SchemaRegistries;
import dev.newspipe.registry.SchemaRegistry;
import dev.newspipe.serde.AvroSerde;
import dev.newspipe.topics.TopicNames;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The reference consumer of the alerts topic: prints each alert as a JSON line and, with {@code --webhook},
 * POSTs it; offsets are committed only after the alert was printed and delivered, so a crash redelivers.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Read alerts: print them, and optionally POST each to a webhook.")
final class AlertsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption;

    @Option(names = "--follow", description = "Keep reading new alerts until Ctrl-C (default: read what is there and stop).")
    boolean follow;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert as JSON to this URL, retrying with backoff.")
    URI webhook;

    @Option(names = "--group", defaultValue = "newspipe-alerts-cli", description = "Consumer group (default: ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--from-latest", description = "Start at new alerts when the group has no committed position"
            + " (default: a new group starts at the oldest alert, so nothing is missed).")
    boolean fromLatest;

    @Override
    public Integer call() throws Exception {
        Config config = configOption.load();
        Preflight.require(config, Preflight.Need.KAFKA, Preflight.Need.REGISTRY);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> props = config.kafkaClients();
        props.put("group.id", group);
        props.put("enable.auto.commit", false);
        props.put("auto.offset.reset", fromLatest ? "latest" : "earliest");
        props.put("isolation.level", "read_committed");
        AtomicBoolean running = new AtomicBoolean(true);
        WebhookDelivery delivery = webhook == null ? null : new WebhookDelivery(webhook);
        try (SchemaRegistry registry = SchemaRegistries.from(config);
                KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                        AvroSerde.forValues(Alert.class, registry).deserializer())) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.set(false);
                consumer.wakeup();
                try {
                    main.join(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            consumer.subscribe(List.of(TopicNames.from(config).alerts()));
            int idlePolls = 0;
            try {
                while (running.get() && (follow || idlePolls < 3)) {
                    ConsumerRecords<String, Alert> records = consumer.poll(Duration.ofSeconds(1));
                    idlePolls = records.isEmpty() ? idlePolls + 1 : 0;
                    for (ConsumerRecord<String, Alert> record : records) {
                        String json = AlertJson.of(record.value());
                        out.println(json);
                        out.flush();
                        if (delivery != null) {
                            delivery.post(json);
                        }
                    }
                    consumer.commitSync();
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                // Ctrl-C
            }
        }
        return 0;
    }
}
