package dev.newspipe.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./bench}: throughput against a baseline measured in the same run, and the outside figure suite. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "newspipe benchmarks. Each reports its own throughput and a baseline measured in the same run, and the ratio.",
        subcommands = {SplitBenchmark.class, EnrichBenchmark.class, IndexBenchmark.class, RecognizersSuite.class, QualityCommand.class, ChaosBenchmark.class, SnapshotCommand.class,
                CommandLine.HelpCommand.class})
public final class Bench {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }
}
