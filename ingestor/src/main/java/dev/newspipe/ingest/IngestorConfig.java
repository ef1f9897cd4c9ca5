package dev.newspipe.ingest;

import dev.newspipe.config.CommonSettings;
import dev.newspipe.config.Config;
import dev.newspipe.config.Setting;
import dev.newspipe.ops.OpsServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The ingestor's settings, each declared once; see the README's configuration table. */
public record IngestorConfig(Path inbox, String defaultPaper, long maxFileBytes, int maxArticleBytes, Duration pollInterval,
        Duration ackTimeout, ZoneId zone) {

    public static final Setting<Path> INBOX = Setting.path("ingest.inbox", "inbox",
            "Folder the ingestor watches; done/ and quarantine/ are created inside it.");
    public static final Setting<String> DEFAULT_PAPER = Setting.string("ingest.default.paper", "unknown",
            "Newspaper name for pages without a sidecar or paper folder.");
    public static final Setting<Integer> MAX_FILE_MIB = Setting.integer("ingest.max.file.mib", 20, 1, 1024,
            "Larger files are quarantined.");
    public static final Setting<Integer> MAX_ARTICLE_KIB = Setting.integer("ingest.max.article.kib", 256, 16, 768,
            "Longer article bodies are cut, with a visible marker, so every record stays below the broker's 1 MiB limit.");
    public static final Setting<Duration> POLL_INTERVAL = Setting.duration("ingest.poll.interval", Duration.ofMillis(250),
            "How often the inbox is scanned; a file is taken once two scans saw the same size and time.");
    public static final Setting<Duration> ACK_TIMEOUT = Setting.duration("ingest.ack.timeout", Duration.ofSeconds(60),
            "How long to wait for the broker to acknowledge a page before retrying it.");
    public static final Setting<String> TIME_ZONE = Setting.string("ingest.time.zone", "Asia/Shanghai",
            "Zone for dates taken from file times.");

    public static final Setting<Integer> OPS_PORT = OpsServer.portSetting("ingest.ops.port", 9401);

    public static final List<Setting<?>> SETTINGS = List.of(INBOX, DEFAULT_PAPER, MAX_FILE_MIB, POLL_INTERVAL, ACK_TIMEOUT, TIME_ZONE,
            MAX_ARTICLE_KIB, OPS_PORT);

    public static IngestorConfig from(Config config) {
        return new IngestorConfig(config.require(INBOX), config.require(DEFAULT_PAPER), config.require(MAX_FILE_MIB) * 1024L * 1024L,
                config.require(MAX_ARTICLE_KIB) * 1024, config.require(POLL_INTERVAL), config.require(ACK_TIMEOUT), ZoneId.of(config.require(TIME_ZONE)));
    }

    /** Every setting the ingestor reads, shared ones included, for the startup log. */
    public static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(CommonSettings.ALL);
        all.addAll(SETTINGS);
        return all;
    }
}
