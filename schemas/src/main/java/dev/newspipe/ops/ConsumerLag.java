package dev.newspipe.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * {@code newspipe.consumer.lag{stage}}: records a stage's consumer has yet to read, summed over its assigned
 * partitions, from the client's own per-partition {@code records-lag} metrics (which the Kafka client binders
 * also publish per topic and partition). Lag is what an operator alerts on, so it gets one name for every stage.
 */
public final class ConsumerLag {

    private ConsumerLag() {}

    public static void register(MeterRegistry registry, String stage, Supplier<Map<MetricName, ? extends Metric>> clientMetrics) {
        Gauge.builder("newspipe.consumer.lag", () -> total(clientMetrics.get()))
                .description("Records the stage has yet to consume, summed over its assigned partitions")
                .tag("stage", stage).baseUnit("records").register(registry);
    }

    static double total(Map<MetricName, ? extends Metric> metrics) {
        double sum = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            MetricName name = e.getKey();
            if (name.name().equals("records-lag") && name.group().equals("consumer-fetch-manager-metrics")
                    && name.tags().containsKey("partition")) {
                Object value = e.getValue().metricValue();
                if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
                    sum += n.doubleValue();
                }
            }
        }
        return sum;
    }
}
