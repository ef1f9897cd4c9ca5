package dev.newspipe.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.config.Config;
import dev.newspipe.registry.SchemaRegistries;
import dev.newspipe.registry.SchemaRegistry;
import dev.newspipe.serde.AvroSerde;
import dev.newspipe.topics.TopicNames;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import dev.newspipe.ops.ConsumerLag;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexer wired from configuration: applies the index templates, then runs a {@link BulkIndexer} over
 * the enriched topic. Closing drains and closes what it created.
 */
public final class IndexerService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexerService.class);

    private final SchemaRegistry registry;
    private final ElasticsearchClient client;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> deadLetters;
    private final BulkIndexer indexer;
    private final AtomicInteger assigned = new AtomicInteger();

    public IndexerService(Config config, MeterRegistry metrics) {
        IndexerConfig indexerConfig = IndexerConfig.from(config);
        log.info("Indexer configuration:{}", config.describe(IndexerConfig.all()));
        TopicNames topics = TopicNames.from(config);
        IndexNames names = ElasticsearchClients.indexNames(config);
        this.registry = SchemaRegistries.from(config);
        this.client = ElasticsearchClients.create(config);
        try {
            new IndexSetup(client, names).apply().forEach(change -> log.info("Elasticsearch: {}", change));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot apply index templates at " + config.get(ElasticsearchClients.URL), e);
        }
        log.info("Kafka client properties passed through:{}", config.describeKafkaClients(java.util.Set.of()));
        Map<String, Object> consumerProps = new HashMap<>(config.kafkaClients(Config.KafkaClient.CONSUMER));
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, indexerConfig.groupId());
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // the enricher writes in transactions: never index what it aborted
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        this.consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        Map<String, Object> producerProps = new HashMap<>(config.kafkaClients(Config.KafkaClient.PRODUCER));
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.deadLetters = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer());
        // readiness: partitions assigned (tracked here because the consumer itself belongs to the indexing thread)
        consumer.subscribe(List.of(topics.enriched()), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                assigned.addAndGet(-partitions.size());
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                assigned.addAndGet(partitions.size());
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> partitions) {
                assigned.addAndGet(-partitions.size());
            }
        });
        new KafkaClientMetrics(consumer).bindTo(metrics);
        new KafkaClientMetrics(deadLetters).bindTo(metrics);
        ConsumerLag.register(metrics, "indexer", consumer::metrics);
        this.indexer = new BulkIndexer(consumer, client, deadLetters, AvroSerde.forValues(EnrichedArticle.class, registry).deserializer(),
                topics.dlq(), names, indexerConfig.bulk(), metrics);
    }

    /** Readiness: the consumer has partitions of the enriched topic to index. */
    public Optional<String> notReady() {
        return assigned.get() > 0 ? Optional.empty() : Optional.of("no partitions of the enriched topic assigned yet");
    }

    public ElasticsearchClient client() {
        return client;
    }

    /** Indexes on this thread until {@link #stop()}. */
    public void run() {
        indexer.run();
    }

    public void stop() {
        indexer.stop();
    }

    @Override
    public void close() {
        indexer.close();
        consumer.close(Duration.ofSeconds(10));
        deadLetters.close(Duration.ofSeconds(10));
        try {
            client._transport().close();
        } catch (IOException e) {
            log.warn("Closing the Elasticsearch client: {}", e.toString());
        }
        registry.close();
    }
}
