package dev.newspipe.bench;

import dev.newspipe.core.split.ArticleSplitter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "split", mixinStandardHelpOptions = true,
        description = "ArticleSplitter throughput in MB/s on corpus and samples, against a baseline that only splits the same text"
                + " into stripped lines.")
final class SplitBenchmark implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--root", defaultValue = ".", description = "Project root (default: current folder).")
    Path root;

    @Option(names = "--rounds", defaultValue = "20", description = "Passes over the texts per timed run (default: ${DEFAULT-VALUE}).")
    int rounds;

    private long sink;

    @Override
    public Integer call() {
        List<String> texts = BenchData.texts(root);
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() * rounds;
        ArticleSplitter splitter = new ArticleSplitter();
        double baseline = Measure.medianSeconds(3, 7, () -> {
            for (int r = 0; r < rounds; r++) {
                for (String t : texts) {
                    for (String line : t.split("\\R")) {
                        sink += line.strip().length();
                    }
                }
            }
        });
        double ours = Measure.medianSeconds(3, 7, () -> {
            for (int r = 0; r < rounds; r++) {
                for (String t : texts) {
                    sink += splitter.split(t).size();
                }
            }
        });
        double mb = bytes / 1e6;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("split: %.1f MB of text per run%n", mb);
        out.printf("  baseline (split into stripped lines)  %8.1f MB/s%n", mb / baseline);
        out.printf("  ArticleSplitter                        %8.1f MB/s%n", mb / ours);
        out.printf("  ratio splitter / baseline              %8s%n", Measure.ratio(baseline, ours));
        out.printf("(checksum %d)%n", sink);
        out.flush();
        return 0;
    }
}
