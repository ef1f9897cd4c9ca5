package dev.newspipe.bench;

import dev.newspipe.bench.quality.Calibration;
import dev.newspipe.bench.quality.ComposedPages;
import dev.newspipe.bench.quality.EnrichmentQuality;
import dev.newspipe.bench.quality.LabelSets;
import dev.newspipe.bench.quality.LabelledDocument;
import dev.newspipe.bench.quality.QualityReport;
import dev.newspipe.bench.quality.QualityRun;
import dev.newspipe.bench.quality.Section;
import dev.newspipe.core.Newsdesk;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./bench quality}: what the core gets right on the labelled sets. */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Article recall and precision, category accuracy, text kept, confusion matrix and reliability of "
                + "confidence on the samples, the development set and the genre set; entity precision and recall per type and "
                + "session field accuracy on the samples, the development set and the genre documents labelled for them.")
final class QualityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--root", description = "Checkout holding samples/ and testdata/ (default: the working directory).")
    Path root = Path.of("");

    @Option(names = "--genre", paramLabel = "DIR",
            description = "Further genre folders (each holding */labels.json), besides ROOT/testdata/genre.")
    List<Path> genre = new ArrayList<>();

    @Option(names = "--misses", description = "List every wrong category with its cues, every document keeping under 0.97, every wrong or missed entity and every wrong session field.")
    boolean misses;

    @Option(names = "--fit", description = "Fit the confidence calibration (A, B of the logistic of the score margin) by "
            + "minimising log loss over the judged articles, and print it; the classifier's constants are then set by hand.")
    boolean fit;

    @Option(names = "--perturb", description = "Also judge every labelled single article in perturbed copies (headless, traditional script, "
            + "glued headline, web dump, lead only) and print accuracy and changed judgements per perturbation (with --misses, each change with its cues).")
    boolean perturb;

    @Option(names = "--compose", description = "Also split pages composed from 2-5 single-article documents in the genre's "
            + "layouts and print articles found and precision per layout (ComposedPages); with --misses, failing pages too.")
    boolean compose;

    @Override
    public Integer call() {
        List<LabelledDocument> docs = new ArrayList<>(LabelSets.all(root.toAbsolutePath()));
        genre.forEach(g -> docs.addAll(LabelSets.genre(g.toAbsolutePath())));
        QualityRun run = QualityRun.of(Newsdesk.offline(), docs);
        List<Section> sections = new ArrayList<>(QualityReport.STANDARD_SECTIONS);
        sections.add(EnrichmentQuality.entitySection(root.toAbsolutePath()));
        sections.add(EnrichmentQuality.sessionSection(root.toAbsolutePath()));
        if (misses) {
            sections.add(new QualityReport.Misses());
            sections.add(EnrichmentQuality.entityMissesSection(root.toAbsolutePath()));
            sections.add(EnrichmentQuality.sessionMissesSection(root.toAbsolutePath()));
        }
        if (compose) {
            sections.add(new ComposedPages.Report(Newsdesk.offline(), misses ? 4 : 0));
        }
        PrintWriter out = spec.commandLine().getOut();
        QualityReport.print(run, sections, out);
        if (perturb) {
            dev.newspipe.bench.quality.Perturbations.run(Newsdesk.offline(), docs).print(out, misses);
        }
        if (fit) {
            Calibration.Fit f = Calibration.fit(QualityRun.judgements(run.results()));
            out.printf(java.util.Locale.ROOT, "Calibration fit: A = %.2f, B = %.2f (log loss %.4f over %d judged; now A = %.2f, B = %.2f: %.4f)%n",
                    f.a(), f.b(), f.logLoss(), f.count(), Calibration.CURRENT_A, Calibration.CURRENT_B, f.currentLogLoss());
            out.flush();
        }
        return 0;
    }
}
