package dev.newspipe.cli;

import dev.newspipe.ingest.read.IssueFileReader;
import dev.newspipe.ingest.read.ReadResult;
import dev.newspipe.ingest.split.Article;
import dev.newspipe.ingest.split.ArticleSplitter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
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
        PrintWriter err = spec.commandLine().getErr();
        IssueFileReader reader = new IssueFileReader(64L * 1024 * 1024, "unknown", ZoneId.of("Asia/Shanghai"));
        ArticleSplitter splitter = new ArticleSplitter();
        int failed = 0;
        for (Path file : PageFiles.expand(paths)) {
            ReadResult read = reader.read(file);
            if (read instanceof ReadResult.Rejected r) {
                err.println(file + ": " + r.reason());
                failed++;
                continue;
            }
            for (Article article : splitter.split(((ReadResult.Page) read).page().text())) {
                out.println(JsonLines.write(JsonLines.article(file.getFileName().toString(), article)));
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
