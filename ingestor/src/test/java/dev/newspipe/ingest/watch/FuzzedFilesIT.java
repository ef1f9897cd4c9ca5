package dev.newspipe.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.ingest.IngestorConfig;
import dev.newspipe.ingest.IngestorService;
import dev.newspipe.ingest.publish.RawArticles;
import dev.newspipe.core.read.IssueFileReader;
import dev.newspipe.core.read.ReadResult;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.testkit.EmbeddedStackExtension;
import dev.newspipe.testkit.FileFuzzer;
import dev.newspipe.testkit.TestNames;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.TopicSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chaos suite's fast part for files: 220 fuzzed files (every kind of {@link FileFuzzer} ten times) are split
 * without an exception, then dropped into a running inbox: each ends where its kind says, every quarantined
 * file with a reason, and the raw topic holds exactly the articles of the published ones, each under one id.
 */
@ExtendWith(EmbeddedStackExtension.class)
@Timeout(240)
class FuzzedFilesIT {

    @TempDir
    Path state;

    @Test
    void shouldPublishOrQuarantineEveryFuzzedFileWithAReasonAndNeverStop(DevStack stack) throws Exception {
        Config config = TestNames.unique("fuzz").config(stack, state).withOverrides(Map.of("ingest.max.file.mib", "1"));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            TopicSetup.ensure(admin, TopicNames.from(config), 1, (short) 1);
        }
        Path drop = state.resolve("fuzzed");
        List<FileFuzzer.Fuzzed> files = new FileFuzzer(20260123L).write(drop, 220);

        // split: every file reads as a page or a reason, and every page splits, without an exception
        IngestorConfig ingest = IngestorConfig.from(config);
        Newsdesk desk = new Newsdesk(new IssueFileReader(ingest.maxFileBytes(), ingest.defaultPaper(), ingest.zone()));
        Set<String> expectedIds = new HashSet<>();
        for (FileFuzzer.Fuzzed f : files) {
            ReadResult read = desk.read(f.page());
            if (read instanceof ReadResult.Page p) {
                List<RawArticle> articles = RawArticles.of(desk.split(p.page()), Instant.now(), 1, ingest.maxArticleBytes());
                if (f.fate() == FileFuzzer.Fate.DONE) {
                    assertThat(articles).as("articles of %s", f.page().getFileName()).isNotEmpty();
                    articles.forEach(a -> expectedIds.add(a.getId()));
                }
            }
        }

        Path inbox = Files.createDirectories(state.resolve("inbox"));
        try (Stream<Path> dropped = Files.list(drop)) {
            for (Path file : dropped.toList()) {
                Files.move(file, inbox.resolve(file.getFileName()));
            }
        }
        try (IngestorService service = new IngestorService(config, new SimpleMeterRegistry())) {
            InboxWatcher watcher = new InboxWatcher(inbox, service.ingestor(), Duration.ofMillis(10));
            await().atMost(Duration.ofSeconds(180)).until(() -> {
                watcher.pollOnce();
                try (Stream<Path> left = Files.list(inbox)) {
                    return left.noneMatch(Files::isRegularFile);
                }
            });
        }
        for (FileFuzzer.Fuzzed f : files) {
            String name = f.page().getFileName().toString();
            Path folder = inbox.resolve(f.fate() == FileFuzzer.Fate.DONE ? "done" : "quarantine");
            assertThat(folder.resolve(name)).as("%s (%s)", name, f.kind()).exists();
            if (f.fate() == FileFuzzer.Fate.QUARANTINE) {
                assertThat(Files.readString(folder.resolve(name + ".reason"))).as("reason of %s", name).isNotBlank();
            }
        }
        List<ConsumerRecord<String, byte[]>> raw = rawRecords(stack, TopicNames.from(config).raw(), expectedIds.size());
        Set<String> published = new HashSet<>();
        raw.forEach(r -> published.add(r.key()));
        assertThat(published).isEqualTo(expectedIds);
        assertThat(raw).hasSize(expectedIds.size());
    }

    private static List<ConsumerRecord<String, byte[]>> rawRecords(DevStack stack, String topic, int atLeast) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", stack.bootstrapServers(),
                "group.id", "raw-reader-" + System.nanoTime(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return records.size() >= atLeast;
            });
            // anything published twice would follow right behind
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }
}
