package dev.newspipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command's own log configuration (not the tests'): text by default, ECS JSON lines on request. */
class LogFormatTest {

    private final PrintStream stderr = System.err;

    @AfterEach
    void restore() {
        System.setErr(stderr);
        System.clearProperty("newspipe.log.format");
    }

    @Test
    void shouldWriteEcsJsonLinesWhenAsked() throws Exception {
        System.setProperty("newspipe.log.format", "ecs");
        String line = logOneWarning();
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("log.level").asText()).isEqualTo("WARN");
        assertThat(json.get("message").asText()).isEqualTo("Kafka at 127.0.0.1:9092 cannot be reached");
        assertThat(json.get("service.name").asText()).isEqualTo("newspipe");
        assertThat(json.has("@timestamp")).isTrue();
        assertThat(json.get("log.logger").asText()).isEqualTo("dev.newspipe.test");
    }

    @Test
    void shouldWriteTextByDefault() throws Exception {
        assertThat(logOneWarning()).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  test - Kafka at 127.0.0.1:9092 cannot be reached");
    }

    private static String logOneWarning() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        LoggerContext context = new LoggerContext("log-format-test", null, LogFormatTest.class.getResource("/log4j2.xml").toURI());
        try {
            context.start();
            context.getLogger("dev.newspipe.test").warn("Kafka at 127.0.0.1:9092 cannot be reached");
        } finally {
            context.stop();
        }
        return captured.toString(StandardCharsets.UTF_8).trim();
    }
}
