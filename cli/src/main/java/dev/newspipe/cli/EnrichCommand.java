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

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Split and enrich issue pages without Kafka; prints one JSON object per article with category, figures,"
                + " entities and session.")
final class EnrichCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Page files or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Newsdesk desk = Newsdesk.offline();
        // page by page (Newsdesk.process), so a caption gets what its page tells it, as in ./bench quality
        int failed = PageFiles.readEach(desk, paths, spec.commandLine().getErr(), desk::process,
                (file, a) -> out.println(JsonLines.write(JsonLines.enriched(file.getFileName().toString(), a))));
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
