package dev.newspipe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The texts benchmarks run on: the project's corpus and sample pages. */
final class BenchData {

    private BenchData() {}

    static List<String> texts(Path root) {
        List<String> texts = new ArrayList<>();
        for (String folder : List.of("testdata/corpus", "samples")) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Run from the project root: " + e.getMessage(), e);
            }
        }
        return texts;
    }
}
