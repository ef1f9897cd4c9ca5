package dev.newspipe.ingest.publish;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.topics.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes raw articles keyed by article id with an idempotent producer, {@code acks=all} and compression.
 * The future of a batch completes only when the broker acknowledged every record of it.
 */
public final class RawArticlePublisher implements AutoCloseable {

    private final Producer<String, RawArticle> producer;
    private final String topic;

    public RawArticlePublisher(Map<String, Object> clientProperties, Topic<String, RawArticle> topic) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newspipe-ingestor");
        this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
        this.topic = topic.name();
    }

    public CompletableFuture<Void> publish(List<RawArticle> articles) {
        CompletableFuture<?>[] acks = new CompletableFuture<?>[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            RawArticle article = articles.get(i);
            CompletableFuture<Void> ack = new CompletableFuture<>();
            producer.send(new ProducerRecord<>(topic, article.getId(), article), (metadata, error) -> {
                if (error != null) {
                    ack.completeExceptionally(error);
                } else {
                    ack.complete(null);
                }
            });
            acks[i] = ack;
        }
        producer.flush();
        return CompletableFuture.allOf(acks);
    }

    /** The producer's own metrics (record rates, errors, request latency) in the service's registry. */
    public void bindMetrics(MeterRegistry registry) {
        new KafkaClientMetrics(producer).bindTo(registry);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
