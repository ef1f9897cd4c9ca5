package dev.newspipe.cli;

import dev.newspipe.core.Newsdesk;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Split issue pages into articles without Kafka; prints one JSON object per article.")
final class SplitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Page files or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int failed = PageFiles.splitEach(Newsdesk.offline(), paths, spec.commandLine().getErr(),
                (file, article) -> out.println(JsonLines.write(JsonLines.article(file.getFileName().toString(), article))));
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
