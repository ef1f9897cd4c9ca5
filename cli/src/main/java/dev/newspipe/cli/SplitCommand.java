package dev.newspipe.cli;

import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.read.IssuePage;
import dev.newspipe.core.read.ReadResult;
import dev.newspipe.core.split.PageSplit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Split issue pages into articles without Kafka; prints one JSON object per article.")
final class SplitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Page files or folders of them.")
    List<Path> paths;

    @Option(names = "--explain", description = "Print each input line with its fate (article N, furniture and the rule, "
            + "repeat of line M) instead of JSON Lines.")
    boolean explain;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (explain) {
            return explain(out);
        }
        int failed = PageFiles.splitEach(Newsdesk.offline(), paths, spec.commandLine().getErr(),
                (file, article) -> out.println(JsonLines.write(JsonLines.article(file.getFileName().toString(), article))));
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private int explain(PrintWriter out) {
        Newsdesk desk = Newsdesk.offline();
        int failed = 0;
        for (Path file : PageFiles.expand(paths)) {
            ReadResult read = desk.read(file);
            if (read instanceof ReadResult.Rejected r) {
                spec.commandLine().getErr().println(file + ": " + r.reason());
                failed++;
                continue;
            }
            IssuePage page = ((ReadResult.Page) read).page();
            PageSplit split = desk.explain(page);
            out.printf("# %s: %d articles, %d furniture lines, %d repeated lines; issue date %s (from %s)%n", file,
                    split.articles().size(), split.furnitureCount(), split.repeatCount(), page.metadata().issueDate(),
                    page.metadata().source().wireName());
            for (PageSplit.LineFate line : split.lines()) {
                out.printf("%5d  %-28s %s%n", line.line(), PageSplit.describe(line.fate()), line.text());
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
