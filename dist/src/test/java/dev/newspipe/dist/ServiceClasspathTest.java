package dev.newspipe.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production image's classpath (what the Dockerfile copies): everything the services and one-shot commands
 * need, nothing of the embedded stack, and every command still loads from it.
 */
class ServiceClasspathTest {

    /** Jars of the embedded broker, Elasticsearch node and Lucene, which only {@code newspipe dev} uses. */
    private static final Pattern EMBEDDED_STACK = Pattern.compile(
            "(kafka_2\\.13|kafka-server|kafka-server-common|kafka-raft|kafka-storage|kafka-metadata|kafka-group-coordinator|elasticsearch"
                    + "|transport-netty4|lucene-.*|newspipe-devstack)-[0-9].*\\.jar");

    @Test
    void shouldHoldWhatTheServicesNeedAndNothingOfTheEmbeddedStack() throws IOException {
        List<String> jars = names(classpath("newspipe.service.classpath"));
        assertThat(jars).noneMatch(j -> EMBEDDED_STACK.matcher(j).matches());
        assertThat(jars).anyMatch(j -> j.startsWith("kafka-clients-")).anyMatch(j -> j.startsWith("kafka-streams-"))
                .anyMatch(j -> j.startsWith("elasticsearch-java-")).anyMatch(j -> j.startsWith("elasticsearch-rest-client-"))
                .anyMatch(j -> j.startsWith("micrometer-registry-prometheus-")).anyMatch(j -> j.startsWith("log4j2-ecs-layout-"))
                .anyMatch(j -> j.startsWith("newspipe-core-")).anyMatch(j -> j.startsWith("opencc4j-"));
    }

    @Test
    void shouldBeSmallerThanTheDevelopmentClasspath() throws IOException {
        Path full = Path.of(System.getProperty("newspipe.full.classpath"));
        List<Path> service = classpath("newspipe.service.classpath");
        long serviceBytes = bytes(service);
        if (Files.isRegularFile(full)) {
            List<Path> development = Arrays.stream(Files.readString(full).trim().split(java.io.File.pathSeparator)).map(Path::of).toList();
            long developmentBytes = bytes(development);
            System.out.printf("service classpath %d jars, %.1f MiB; development classpath %d jars, %.1f MiB%n", service.size(),
                    serviceBytes / 1048576.0, development.size(), developmentBytes / 1048576.0);
            assertThat(serviceBytes).isLessThan(developmentBytes);
            assertThat(names(development)).anyMatch(j -> EMBEDDED_STACK.matcher(j).matches());
        }
    }

    @Test
    void shouldRunEveryCommandButDevFromIt() throws Exception {
        String classpath = String.join(java.io.File.pathSeparator, classpath("newspipe.service.classpath").stream().map(Path::toString).toList());
        Run help = java(classpath, "--help");
        assertThat(help.code).isZero();
        assertThat(help.out).contains("status", "dlq", "reprocess", "reindex", "enricher", "indexer", "watch");
        Run dev = java(classpath, "dev", "--kafka-port", "0", "--elasticsearch-port", "0", "--registry-port", "0", "--http-port", "-1",
                "--data-dir", Files.createTempDirectory("dist-dev").toString());
        assertThat(dev.code).isEqualTo(1);
        assertThat(dev.err).contains("dev needs the embedded stack (module newspipe-devstack), which this distribution leaves out");
    }

    private record Run(int code, String out, String err) {}

    private static Run java(String classpath, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", classpath, "dev.newspipe.cli.Newspipe"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("dist-out", ".txt");
        Path err = Files.createTempFile("dist-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("newspipe " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<Path> classpath(String property) throws IOException {
        String text = Files.readString(Path.of(System.getProperty(property))).trim();
        return Arrays.stream(text.split(java.io.File.pathSeparator)).map(Path::of).toList();
    }

    private static List<String> names(List<Path> entries) {
        return entries.stream().map(p -> p.getFileName().toString()).toList();
    }

    private static long bytes(List<Path> entries) throws IOException {
        long total = 0;
        for (Path p : entries) {
            if (Files.isRegularFile(p)) {
                total += Files.size(p);
            } else if (Files.isDirectory(p)) {
                try (var files = Files.walk(p)) {
                    total += files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                }
            }
        }
        return total;
    }
}
