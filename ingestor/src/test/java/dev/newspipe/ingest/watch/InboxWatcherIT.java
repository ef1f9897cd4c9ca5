package dev.newspipe.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.ingest.IngestOutcome;
import dev.newspipe.ingest.IngestorService;
import dev.newspipe.testkit.EmbeddedStackExtension;
import dev.newspipe.avro.RawArticle;
import dev.newspipe.registry.SchemaRegistries;
import dev.newspipe.registry.SchemaRegistry;
import dev.newspipe.serde.AvroSerde;
import dev.newspipe.testkit.TestData;
import dev.newspipe.testkit.TestNames;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.TopicSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The inbox with real files and the real broker. */
@ExtendWith(EmbeddedStackExtension.class)
@Timeout(120)
class InboxWatcherIT {

    @TempDir
    Path state;

    @Test
    void shouldMovePublishedPagesToDoneAndBadFilesToQuarantineWithTheirReason(DevStack stack) throws Exception {
        Config config = config(stack, "watch");
        Path inbox = Files.createDirectories(state.resolve("inbox"));
        Files.copy(TestData.samples().resolve("002_2324dd34704a131d.txt"), inbox.resolve("002.txt"));
        Files.write(inbox.resolve("broken.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(inbox.resolve("empty.txt"), new byte[0]);

        try (IngestorService service = new IngestorService(config, new SimpleMeterRegistry())) {
            InboxWatcher watcher = new InboxWatcher(inbox, service.ingestor(), Duration.ofMillis(50));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                watcher.pollOnce();
                return Files.exists(inbox.resolve("done/002.txt")) && Files.exists(inbox.resolve("quarantine/empty.txt"));
            });
        }
        assertThat(inbox.resolve("002.txt")).doesNotExist();
        assertThat(Files.readString(inbox.resolve("quarantine/broken.txt.reason"))).startsWith("not text");
        assertThat(Files.readString(inbox.resolve("quarantine/empty.txt.reason"))).startsWith("empty file");
        assertThat(rawKeys(stack, config)).hasSize(3);
    }

    @Test
    void shouldPickUpPagesInPaperAndDateFoldersAndKeepTheirPlaceUnderDone(DevStack stack) throws Exception {
        Config config = config(stack, "folders");
        Path inbox = Files.createDirectories(state.resolve("inbox"));
        Path page = Files.createDirectories(inbox.resolve("晋中日报/2026-02-01")).resolve("3.txt");
        Files.copy(TestData.samples().resolve("002_2324dd34704a131d.txt"), page);
        try (IngestorService service = new IngestorService(config, new SimpleMeterRegistry())) {
            InboxWatcher watcher = new InboxWatcher(inbox, service.ingestor(), Duration.ofMillis(50));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                watcher.pollOnce();
                return Files.exists(inbox.resolve("done/晋中日报/2026-02-01/3.txt"));
            });
        }
        assertThat(page).doesNotExist();
        try (SchemaRegistry registry = SchemaRegistries.from(config)) {
            var avro = AvroSerde.forValues(RawArticle.class, registry).deserializer();
            List<RawArticle> articles = rawRecords(stack, config, 1).stream().map(r -> avro.deserialize(r.topic(), r.value())).toList();
            assertThat(articles).isNotEmpty().allSatisfy(a -> {
                assertThat(a.getPaper()).isEqualTo("晋中日报");
                assertThat(a.getIssueDate()).isEqualTo(java.time.LocalDate.of(2026, 2, 1));
                assertThat(a.getPage()).isEqualTo("3");
            });
        }
    }

    @Test
    void shouldRedoAFileLeftInTheInboxByACrashWithoutDuplicatingArticles(DevStack stack) throws Exception {
        Config config = config(stack, "crash");
        Path inbox = Files.createDirectories(state.resolve("inbox"));
        Path page = inbox.resolve("000.txt");
        Files.copy(TestData.samples().resolve("000_f077fd05927c7fb1.txt"), page);
        int articles;
        try (IngestorService beforeCrash = new IngestorService(config, new SimpleMeterRegistry())) {
            // published and acknowledged, then the process died before the file was moved to done/
            IngestOutcome outcome = beforeCrash.ingestor().ingest(page);
            assertThat(outcome).isInstanceOf(IngestOutcome.Published.class);
            articles = ((IngestOutcome.Published) outcome).articles();
        }
        assertThat(page).exists();
        try (IngestorService afterRestart = new IngestorService(config, new SimpleMeterRegistry())) {
            InboxWatcher watcher = new InboxWatcher(inbox, afterRestart.ingestor(), Duration.ofMillis(50));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                watcher.pollOnce();
                return Files.exists(inbox.resolve("done/000.txt"));
            });
        }
        List<ConsumerRecord<String, byte[]>> records = rawRecords(stack, config, 2 * articles);
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.key()));
        assertThat(records).hasSize(2 * articles);
        assertThat(ids).hasSize(articles);
    }

    @Test
    void shouldKeepAFileInTheInboxWhileTheBrokerIsUnreachable(DevStack stack) throws Exception {
        Config config = config(stack, "down").withOverrides(Map.of("kafka.bootstrap.servers", "127.0.0.1:1",
                "kafka.max.block.ms", "500", "kafka.delivery.timeout.ms", "1500", "kafka.request.timeout.ms", "1000",
                "ingest.ack.timeout", "3s"));
        Path inbox = Files.createDirectories(state.resolve("inbox"));
        Files.copy(TestData.samples().resolve("002_2324dd34704a131d.txt"), inbox.resolve("002.txt"));
        try (IngestorService service = new IngestorService(config, new SimpleMeterRegistry())) {
            InboxWatcher watcher = new InboxWatcher(inbox, service.ingestor(), Duration.ofMillis(50));
            watcher.pollOnce();
            watcher.pollOnce();
        }
        assertThat(inbox.resolve("002.txt")).exists();
        assertThat(inbox.resolve("done/002.txt")).doesNotExist();
        assertThat(inbox.resolve("quarantine/002.txt")).doesNotExist();
    }

    @Test
    void shouldPublishAPageWithAnArticleOverOneMegabyteCutWithAMarkerAndAValidRevisionForA1969FileTime(DevStack stack)
            throws Exception {
        Config config = config(stack, "huge");
        Path inbox = Files.createDirectories(state.resolve("inbox"));
        String sample = Files.readString(TestData.samples().resolve("002_2324dd34704a131d.txt"));
        int cut = sample.indexOf('\n', sample.length() / 2);
        StringBuilder huge = new StringBuilder("　　本报讯　");
        for (int i = 0; huge.length() < 600_000; i++) {
            huge.append("第").append(i).append("项重点工程全年完成投资").append(i % 97).append("亿元，比上年增长").append(i % 13).append("%。");
        }
        huge.append('\n');
        Path page = inbox.resolve("huge.txt");
        Files.writeString(page, sample.substring(0, cut + 1) + huge + sample.substring(cut + 1));
        Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(-1));
        IngestOutcome outcome;
        try (IngestorService service = new IngestorService(config, new SimpleMeterRegistry())) {
            outcome = service.ingestor().ingest(page);
        }
        assertThat(outcome).isInstanceOf(IngestOutcome.Published.class);
        int articles = ((IngestOutcome.Published) outcome).articles();
        List<ConsumerRecord<String, byte[]>> records = rawRecords(stack, config, articles);
        assertThat(records).hasSize(articles);
        assertThat(records).allSatisfy(r -> assertThat(r.value().length).isLessThan(300 * 1024));
        assertThat(records).anySatisfy(r -> assertThat(new String(r.value(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("【newspipe：正文过长"));
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.key()));
        assertThat(ids).hasSize(records.size());
    }

    @Test
    void shouldSurviveAFailedMoveAndRemoveASidecarLeftBehindByACrash(DevStack stack) throws Exception {
        Config config = config(stack, "moves");
        Path inbox = Files.createDirectories(state.resolve("inbox"));
        Files.copy(TestData.samples().resolve("002_2324dd34704a131d.txt"), inbox.resolve("002.txt"));
        String sidecar = "{\"paper\": \"大同日报\", \"issue_date\": \"2026-01-23\", \"page\": \"2\"}";
        Files.writeString(inbox.resolve("002.json"), sidecar);
        // a crash after the page moved: its sidecar is in done/ and still in the inbox
        Files.writeString(inbox.resolve("old.json"), sidecar);
        try (IngestorService service = new IngestorService(config, new SimpleMeterRegistry())) {
            InboxWatcher watcher = new InboxWatcher(inbox, service.ingestor(), Duration.ofMillis(50));
            Files.writeString(inbox.resolve("done/old.json"), sidecar);
            // the sidecar cannot be written to done/: the move fails, the loop goes on and the page stays in the inbox
            Path blocker = Files.createDirectories(inbox.resolve("done/002.json/blocker"));
            watcher.pollOnce();
            watcher.pollOnce();
            assertThat(inbox.resolve("002.txt")).exists();
            assertThat(inbox.resolve("002.json")).exists();
            Files.delete(blocker);
            Files.delete(blocker.getParent());
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                watcher.pollOnce();
                return Files.exists(inbox.resolve("done/002.txt"));
            });
        }
        assertThat(inbox.resolve("002.json")).doesNotExist();
        assertThat(Files.readString(inbox.resolve("done/002.json"))).isEqualTo(sidecar);
        assertThat(inbox.resolve("old.json")).doesNotExist();
        // both attempts published the same articles under the same ids
        List<ConsumerRecord<String, byte[]>> records = rawRecords(stack, config, 1);
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.key()));
        assertThat(records.size()).isEqualTo(2 * ids.size());
    }

    private Config config(DevStack stack, String prefix) throws Exception {
        Config config = TestNames.unique(prefix).config(stack, state);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            TopicSetup.ensure(admin, TopicNames.from(config), 1, (short) 1);
        }
        return config;
    }

    private static Set<String> rawKeys(DevStack stack, Config config) {
        Set<String> keys = new HashSet<>();
        rawRecords(stack, config, 3).forEach(r -> keys.add(r.key()));
        return keys;
    }

    private static List<ConsumerRecord<String, byte[]>> rawRecords(DevStack stack, Config config, int atLeast) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", stack.bootstrapServers(),
                "group.id", "raw-reader-" + System.nanoTime(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TopicNames.from(config).raw()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= atLeast;
            });
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        records.forEach(r -> assertThat(r.value()[0]).isZero());
        return records;
    }
}
