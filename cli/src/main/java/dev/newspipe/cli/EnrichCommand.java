package dev.newspipe.cli;

import dev.newspipe.enrich.ArticleEnricher;
import dev.newspipe.enrich.ArticleText;
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
        ArticleEnricher enricher = new ArticleEnricher();
        int failed = PageFiles.splitEach(paths, spec.commandLine().getErr(), (file, page, a) -> {
            ArticleText text = new ArticleText(a.kicker(), a.title(), a.subtitle(), a.paragraphs(), page.metadata().issueDate(),
                    a.continuedFrom());
            out.println(JsonLines.write(JsonLines.enriched(file.getFileName().toString(), a, enricher.enrich(text))));
        });
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
