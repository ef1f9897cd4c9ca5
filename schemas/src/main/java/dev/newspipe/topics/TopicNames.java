package dev.newspipe.topics;

import dev.newspipe.config.CommonSettings;
import dev.newspipe.config.Config;
import java.util.List;

/** The pipeline's topic names as configured. */
public record TopicNames(String raw, String enriched, String alerts, String dlq, String alertRules) {

    public static TopicNames from(Config config) {
        return new TopicNames(config.get(CommonSettings.TOPIC_RAW), config.get(CommonSettings.TOPIC_ENRICHED),
                config.get(CommonSettings.TOPIC_ALERTS), config.get(CommonSettings.TOPIC_DLQ),
                config.get(CommonSettings.TOPIC_ALERT_RULES));
    }

    public static TopicNames defaults() {
        return new TopicNames("news.raw", "news.enriched", "news.alerts", "news.dlq", "news.alert-rules");
    }

    public List<String> all() {
        return List.of(raw, enriched, alerts, dlq, alertRules);
    }
}
