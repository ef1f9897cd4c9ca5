package dev.newspipe.cli;

import dev.newspipe.config.Config;
import dev.newspipe.topics.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The dead-letter topic read as a list: where each record came from and why it is there, whichever stage put it
 * there. The enricher's records carry Kafka Streams' {@code __streams.errors.*} headers, the indexer's
 * {@code newspipe.error.*} and {@code newspipe.source.*}.
 */
final class DeadLetters {

    static final String STREAMS_EXCEPTION = "__streams.errors.exception";
    static final String STREAMS_MESSAGE = "__streams.errors.message";
    static final String STREAMS_TOPIC = "__streams.errors.topic";
    static final String STREAMS_PARTITION = "__streams.errors.partition";
    static final String STREAMS_OFFSET = "__streams.errors.offset";
    static final String STAGE = "newspipe.error.stage";
    static final String REASON = "newspipe.error.reason";
    static final String SOURCE_TOPIC = "newspipe.source.topic";
    static final String SOURCE_PARTITION = "newspipe.source.partition";
    static final String SOURCE_OFFSET = "newspipe.source.offset";
    /** Put on a replayed record, so a record that fails again shows where it has been. */
    static final String REPLAYED_FROM = "newspipe.replayed.from";

    /** One dead letter: its place on the DLQ, its origin and its reason. */
    record DeadLetter(int partition, long offset, Instant timestamp, byte[] key, byte[] value, String stage, String reason, String detail,
            String sourceTopic, Integer sourcePartition, Long sourceOffset) {

        String id() {
            return partition + ":" + offset;
        }

        String keyText() {
            return key == null ? null : new String(key, StandardCharsets.UTF_8);
        }
    }

    private DeadLetters() {}

    /** Every record on the DLQ, oldest first per partition. */
    static List<DeadLetter> read(Config config) {
        String topic = TopicNames.from(config).dlq();
        Map<String, Object> props = new HashMap<>(config.kafkaClients());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(of(r));
                }
            }
        }
        return letters;
    }

    static DeadLetter of(ConsumerRecord<byte[], byte[]> r) {
        Headers h = r.headers();
        String streamsException = header(h, STREAMS_EXCEPTION);
        String stage = header(h, STAGE);
        String reason;
        String detail;
        String sourceTopic;
        Integer sourcePartition;
        Long sourceOffset;
        if (stage == null && streamsException != null) {
            stage = "enricher";
            reason = streamsException.substring(streamsException.lastIndexOf('.') + 1);
            detail = header(h, STREAMS_MESSAGE);
            sourceTopic = header(h, STREAMS_TOPIC);
            sourcePartition = number(header(h, STREAMS_PARTITION), Integer::valueOf);
            sourceOffset = number(header(h, STREAMS_OFFSET), Long::valueOf);
        } else {
            reason = header(h, REASON);
            detail = null;
            sourceTopic = header(h, SOURCE_TOPIC);
            sourcePartition = number(header(h, SOURCE_PARTITION), Integer::valueOf);
            sourceOffset = number(header(h, SOURCE_OFFSET), Long::valueOf);
        }
        return new DeadLetter(r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()), r.key(), r.value(),
                stage == null ? "unknown" : stage, reason == null ? "unknown" : reason, detail, sourceTopic, sourcePartition, sourceOffset);
    }

    /** The reason as a short, countable phrase: the part before the first colon, at most 80 characters. */
    static String shortReason(DeadLetter letter) {
        String reason = letter.reason();
        int colon = reason.indexOf(':');
        String shortened = colon > 0 ? reason.substring(0, colon) : reason;
        return shortened.length() > 80 ? shortened.substring(0, 80) + "…" : shortened;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static <T> T number(String text, java.util.function.Function<String, T> parse) {
        try {
            return text == null ? null : parse.apply(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
