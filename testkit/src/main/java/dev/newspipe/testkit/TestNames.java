package dev.newspipe.testkit;

import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Topic, index and group names of one test, unique in the shared stack. */
public record TestNames(String suffix) {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public static TestNames unique(String prefix) {
        return new TestNames(prefix + "-" + COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36));
    }

    public String topic(String base) {
        return base + "." + suffix;
    }

    public String index(String base) {
        return base + "-" + suffix.toLowerCase(java.util.Locale.ROOT);
    }

    /** Configuration pointing every service at the shared stack, with this test's own names. */
    public Config config(DevStack stack, Path stateDir) {
        return Config.of(Map.of(), Map.of()).withOverrides(settings(stack, stateDir));
    }

    /** The settings of {@link #config}, for a properties file. */
    public Map<String, String> settings(DevStack stack, Path stateDir) {
        Map<String, String> settings = new HashMap<>();
        settings.put("kafka.bootstrap.servers", stack.bootstrapServers());
        settings.put("schema.registry.url", stack.schemaRegistryUrl());
        settings.put("elasticsearch.url", stack.elasticsearchUrl());
        settings.put("topic.raw", topic("news.raw"));
        settings.put("topic.enriched", topic("news.enriched"));
        settings.put("topic.alerts", topic("news.alerts"));
        settings.put("topic.dlq", topic("news.dlq"));
        settings.put("topic.alert.rules", topic("news.alert-rules"));
        settings.put("index.articles", index("news-articles"));
        settings.put("index.figures", index("news-figures"));
        settings.put("enricher.application.id", "enricher-" + suffix);
        settings.put("enricher.instance.id", suffix);
        settings.put("enricher.state.dir", stateDir.resolve("streams").toString());
        settings.put("indexer.group.id", "indexer-" + suffix);
        settings.put("ingest.inbox", stateDir.resolve("inbox").toString());
        settings.put("ingest.default.paper", "大同日报");
        return settings;
    }
}
