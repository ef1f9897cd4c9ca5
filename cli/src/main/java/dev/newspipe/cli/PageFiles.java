package dev.newspipe.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Page files named on the command line: files as given, folders searched for {@code *.txt}. */
final class PageFiles {

    private PageFiles() {}

    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".txt"))
                            .filter(p -> !p.toString().contains("/quarantine/")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
