package dev.newspipe.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's own test data: {@code samples/}, {@code testdata/gold} and {@code testdata/corpus}. */
public final class TestData {

    private TestData() {}

    /** The checkout's root, found from the working directory (Maven runs each module's tests in it). */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples")) && Files.isDirectory(p.resolve("testdata"))) {
                return p;
            }
        }
        throw new IllegalStateException("No samples/ and testdata/ above " + dir);
    }

    public static Path samples() {
        return root().resolve("samples");
    }

    public static Path gold() {
        return root().resolve("testdata/gold/seeds.json");
    }

    public static Path corpus() {
        return root().resolve("testdata/corpus");
    }

    /** The development set's documents, {@code testdata/devset/docs}. */
    public static Path devset() {
        return root().resolve("testdata/devset");
    }

    public static List<Path> devsetFiles() {
        return list(devset().resolve("docs"), ".txt");
    }

    public static List<Path> sampleFiles() {
        return list(samples(), ".txt");
    }

    public static List<Path> corpusFiles() {
        return list(corpus(), ".txt");
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
