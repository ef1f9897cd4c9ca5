package dev.newspipe.index;

import dev.newspipe.config.CommonSettings;
import dev.newspipe.config.Config;
import dev.newspipe.config.Setting;
import dev.newspipe.ops.OpsServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The indexer's settings, each declared once; Elasticsearch connection settings are in {@link ElasticsearchClients}. */
public record IndexerConfig(String groupId, BulkIndexer.Settings bulk) {

    public static final Setting<String> GROUP_ID = Setting.string("indexer.group.id", "newspipe-indexer", "Kafka consumer group.");
    public static final Setting<Integer> BULK_MAX_OPERATIONS = Setting.integer("indexer.bulk.max.operations", 1000, 1, 100_000,
            "Flush a bulk request after this many operations.");
    public static final Setting<Integer> BULK_MAX_KIB = Setting.integer("indexer.bulk.max.kib", 5120, 1, 1_048_576,
            "Flush a bulk request after this many KiB.");
    public static final Setting<Duration> BULK_FLUSH_INTERVAL = Setting.duration("indexer.bulk.flush.interval", Duration.ofSeconds(1),
            "Flush a bulk request after this long.");

    public static final Setting<Integer> OPS_PORT = OpsServer.portSetting("indexer.ops.port", 9403);

    public static final List<Setting<?>> SETTINGS = List.of(GROUP_ID, BULK_MAX_OPERATIONS, BULK_MAX_KIB, BULK_FLUSH_INTERVAL, OPS_PORT);

    public static IndexerConfig from(Config config) {
        return new IndexerConfig(config.require(GROUP_ID), new BulkIndexer.Settings(config.require(BULK_MAX_OPERATIONS),
                config.require(BULK_MAX_KIB) * 1024L, config.require(BULK_FLUSH_INTERVAL), Duration.ofMillis(500)));
    }

    public static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(CommonSettings.ALL);
        all.addAll(ElasticsearchClients.SETTINGS);
        all.addAll(SETTINGS);
        return all;
    }
}
