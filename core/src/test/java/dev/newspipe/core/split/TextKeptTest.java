package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.testkit.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No text lost: every sample page, devset document and corpus text keeps at least 0.95 of its non-whitespace
 * characters inside articles, measured by {@link KeptText} (independently of the splitter's own accounting).
 */
class TextKeptTest {

    private static final double FLOOR = 0.95;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final ArticleSplitter splitter = new ArticleSplitter();

    @TestFactory
    Stream<DynamicTest> shouldKeepTheTextOfEveryLabelledDocument() {
        List<Path> files = new ArrayList<>(TestData.sampleFiles());
        files.addAll(TestData.devsetFiles());
        files.addAll(TestData.corpusFiles());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String text = TestData.read(file);
            KeptText.Share share = KeptText.of(text, splitter.split(text));
            assertThat(share.ratio()).as("%s keeps %d of %d characters; lost lines:%n%s", file.getFileName(), share.kept(),
                    share.total(), String.join("\n", share.lost())).isGreaterThanOrEqualTo(FLOOR);
        }));
    }

    /**
     * Prints the kept share of every {@code .txt} under the folders in the system property {@code split.report}
     * (separated by the path separator), for a look at documents the project does not ship. Asserts nothing of them.
     */
    @Test
    void reportKeptShareOfExtraFolders() throws IOException {
        String dirs = System.getProperty("split.report", "");
        if (dirs.isBlank()) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String dir : dirs.split(java.io.File.pathSeparator)) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        int under = 0;
        int under95 = 0;
        double lowest = 1.0;
        Path lowestFile = null;
        StringBuilder out = new StringBuilder();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            KeptText.Share share = KeptText.of(text, splitter.split(text));
            if (share.ratio() < lowest || lowestFile == null) {
                lowest = Math.min(lowest, share.ratio());
                lowestFile = file.getFileName();
            }
            under95 += share.ratio() < 0.95 ? 1 : 0;
            if (share.ratio() < 0.97) {
                under++;
                out.append(String.format("%.3f %s%n", share.ratio(), file));
                share.lost().stream().limit(12).forEach(l -> out.append("      lost: ").append(l, 0, Math.min(l.length(), 90)).append('\n'));
            }
        }
        out.append(String.format("documents %d, lowest %.3f (%s), under 0.97: %d, under 0.95: %d%n", files.size(), lowest, lowestFile, under, under95));
        out.append(articleScores(dirs));
        Files.writeString(Path.of(System.getProperty("split.reportFile", "target/kept-report.txt")), out);
    }

    /**
     * Article recall and precision on the multi-article pages labelled in {@code labels.json} beside each report folder
     * ({@code documents → docs/x.txt → articles: [{title, starts_with}]}): a found article matches a label when its
     * heading holds the label's title or its body starts with the label's first words; each is matched once.
     */
    private String articleScores(String dirs) throws IOException {
        int labelled = 0;
        int found = 0;
        int matched = 0;
        StringBuilder out = new StringBuilder();
        for (String dir : dirs.split(java.io.File.pathSeparator)) {
            Path labels = Path.of(dir).resolveSibling("labels.json");
            if (!Files.isRegularFile(labels)) {
                continue;
            }
            var documents = JSON.readTree(labels.toFile()).path("documents").fields();
            while (documents.hasNext()) {
                var doc = documents.next();
                var wanted = doc.getValue().path("articles");
                if (!wanted.isArray() || wanted.size() < 2) {
                    continue;
                }
                Path file = Path.of(dir).resolveSibling(doc.getKey());
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                List<dev.newspipe.core.model.Article> articles = splitter.split(Files.readString(file));
                boolean[] used = new boolean[articles.size()];
                int hits = 0;
                for (var label : wanted) {
                    String title = label.path("title").isTextual() ? KeptText.normal(label.path("title").asText()) : null;
                    String start = KeptText.normal(label.path("starts_with").asText(""));
                    start = start.substring(0, Math.min(start.length(), 12));
                    for (int k = 0; k < articles.size(); k++) {
                        var a = articles.get(k);
                        String heading = KeptText.normal(a.headline());
                        String body = KeptText.normal(a.body());
                        boolean titleHit = title != null && !heading.isEmpty() && (heading.contains(title) || title.contains(heading));
                        if (!used[k] && (titleHit || !start.isEmpty() && body.startsWith(start))) {
                            used[k] = true;
                            hits++;
                            break;
                        }
                    }
                }
                labelled += wanted.size();
                found += articles.size();
                matched += hits;
                out.append(String.format("  %s: %d labelled, %d found, %d matched%n", file.getFileName(), wanted.size(), articles.size(), hits));
            }
        }
        out.append(String.format("multi-article pages: recall %.3f (%d/%d), precision %.3f (%d/%d)%n",
                labelled == 0 ? 1.0 : (double) matched / labelled, matched, labelled, found == 0 ? 1.0 : (double) matched / found, matched, found));
        return out.toString();
    }
}
