package dev.newspipe.cli;

import dev.newspipe.config.Config;
import dev.newspipe.ingest.IngestOutcome;
import dev.newspipe.ingest.IngestorService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Publish issue pages to Kafka on demand (backfills): files or folders, with progress and final counts."
                + " Files are left where they are; unreadable ones are reported with their reason (exit 1)."
                + " The progress bar is drawn only on a terminal.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Page files or folders of them (*.txt, recursively).")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = PageFiles.expand(paths);
        Config config = configOption.load();
        Preflight.require(config, Preflight.Need.KAFKA, Preflight.Need.REGISTRY);
        boolean terminal = System.console() != null;
        int published = 0;
        int articles = 0;
        int rejected = 0;
        int failed = 0;
        try (IngestorService service = new IngestorService(config, new SimpleMeterRegistry())) {
            for (int i = 0; i < files.size(); i++) {
                IngestOutcome outcome = service.ingestor().ingest(files.get(i));
                if (outcome instanceof IngestOutcome.Published p) {
                    published++;
                    articles += p.articles();
                } else if (outcome instanceof IngestOutcome.Rejected r) {
                    rejected++;
                    err.printf("%n%s: %s%n", r.file(), r.reason());
                } else if (outcome instanceof IngestOutcome.Failed f) {
                    failed++;
                    err.printf("%n%s: %s%n", f.file(), f.error());
                }
                if (terminal) {
                    progress(err, i + 1, files.size(), articles);
                }
            }
        }
        if (terminal) {
            err.println();
        }
        out.printf("%d pages published (%d articles), %d rejected, %d failed%n", published, articles, rejected, failed);
        out.flush();
        return failed > 0 || rejected > 0 ? Newspipe.FAILED : Newspipe.OK;
    }

    private static void progress(PrintWriter err, int done, int total, int articles) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        err.printf("\r[%s%s] %d/%d pages, %d articles", "=".repeat(filled), " ".repeat(width - filled), done, total, articles);
        err.flush();
    }
}
