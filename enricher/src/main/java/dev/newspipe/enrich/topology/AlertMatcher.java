package dev.newspipe.enrich.topology;

import dev.newspipe.avro.Alert;
import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.enrich.alerts.AlertRule;
import dev.newspipe.enrich.alerts.AlertRuleEngine;
import dev.newspipe.enrich.alerts.AlertRules;
import dev.newspipe.core.model.Article;
import dev.newspipe.serde.ArticleRecords;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches each enriched article against the rules from the rules file and the global rules store (the
 * store wins for the same id, so rules change without a restart). An alert is sent once per rule and
 * article content: re-delivering an unchanged article does not alert again.
 */
public final class AlertMatcher implements Processor<String, EnrichedArticle, String, Alert> {

    public static final String RULES_STORE = "alert-rules";
    public static final String SENT_STORE = "alerts-sent";
    private static final Logger log = LoggerFactory.getLogger(AlertMatcher.class);
    private static final Map<String, Optional<AlertRule>> PARSED = new ConcurrentHashMap<>();

    private final List<AlertRule> fileRules;
    private final AlertRuleEngine engine = new AlertRuleEngine();
    private final Clock clock;
    private ProcessorContext<String, Alert> context;
    private ReadOnlyKeyValueStore<String, String> topicRules;
    private KeyValueStore<String, String> sent;

    public AlertMatcher(List<AlertRule> fileRules, Clock clock) {
        this.fileRules = List.copyOf(fileRules);
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.topicRules = context.getStateStore(RULES_STORE);
        this.sent = context.getStateStore(SENT_STORE);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        Article subject = ArticleRecords.fromEnriched(article);
        for (AlertRule rule : rules().values()) {
            Optional<List<String>> matched = engine.match(rule, subject);
            if (matched.isEmpty()) {
                continue;
            }
            String key = rule.id() + "|" + article.getArticle().getId();
            String fingerprint = article.getArticle().getContentHash() + "|" + AlertRules.toJson(rule).hashCode();
            if (fingerprint.equals(sent.get(key))) {
                continue;
            }
            sent.put(key, fingerprint);
            Alert alert = Alert.newBuilder()
                    .setRuleId(rule.id())
                    .setRuleDescription(rule.description())
                    .setArticleId(article.getArticle().getId())
                    .setTitle(article.getArticle().getTitle())
                    .setCategory(article.getCategory())
                    .setPaper(article.getArticle().getPaper())
                    .setIssueDate(article.getArticle().getIssueDate())
                    .setMatched(matched.get())
                    .setCreatedAt(clock.instant())
                    .build();
            context.forward(record.withKey(key).withValue(alert));
        }
    }

    private Map<String, AlertRule> rules() {
        Map<String, AlertRule> rules = new LinkedHashMap<>();
        fileRules.forEach(r -> rules.put(r.id(), r));
        try (KeyValueIterator<String, String> all = topicRules.all()) {
            all.forEachRemaining(kv -> PARSED.computeIfAbsent(kv.value, AlertMatcher::parse).ifPresent(r -> rules.put(kv.key, r)));
        }
        return rules;
    }

    private static Optional<AlertRule> parse(String json) {
        try {
            return Optional.of(AlertRules.parse(json));
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring unreadable alert rule {}: {}", json, e.getMessage());
            return Optional.empty();
        }
    }
}
