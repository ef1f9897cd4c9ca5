package dev.newspipe.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.config.Config;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.ops.ServiceRunner;
import dev.newspipe.testkit.EmbeddedStackExtension;
import dev.newspipe.testkit.TestNames;
import dev.newspipe.topics.TopicNames;
import dev.newspipe.topics.TopicSetup;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enricher whose Kafka Streams fails does not linger as a zombie: the uncaught-exception handler shuts the client
 * down, it reaches ERROR, and the service's run ends with exit code 1 for the orchestrator to restart it.
 */
@ExtendWith(EmbeddedStackExtension.class)
@Timeout(120)
class EnricherFailureIT {

    @TempDir
    Path state;

    @Test
    void shouldReachErrorAndExitWithOneWhenAStreamThreadFails(DevStack stack) throws Exception {
        TestNames names = TestNames.unique("failing");
        Config base = names.config(stack, state);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            TopicSetup.ensure(admin, TopicNames.from(base), 1, (short) 1);
        }
        // the source topic does not exist (and the broker creates none): Kafka Streams raises MissingSourceTopicException
        // in its stream thread, which reaches the uncaught-exception handler
        Config config = base.withOverrides(Map.of("topic.raw", names.topic("news.raw.missing")));
        EnricherService service = new EnricherService(config);
        ServiceRunner.Running running = EnricherMain.running(service);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return running.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(exit.get(90, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(service.failed()).isTrue();
            assertThat(service.state()).isIn(KafkaStreams.State.ERROR, KafkaStreams.State.PENDING_ERROR);
            assertThat(service.notReady()).isPresent();
        } finally {
            running.close();
        }
    }
}
