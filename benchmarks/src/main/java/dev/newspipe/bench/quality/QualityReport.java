package dev.newspipe.bench.quality;

import dev.newspipe.bench.quality.DocumentResult.Judgement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The sections of {@code ./bench quality}: summary table, confusion matrix, reliability of confidence, misses. */
public final class QualityReport {

    /** Confidence bins of the reliability table: lower bounds. */
    static final double[] BINS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    public static final List<Section> STANDARD_SECTIONS = List.of(new Summary(), new Confusion(), new Reliability());

    private QualityReport() {}

    public static void print(QualityRun run, List<Section> sections, PrintWriter out) {
        for (Section s : sections) {
            out.println("## " + s.title());
            out.println();
            s.print(run, out);
            out.println();
        }
        out.flush();
    }

    /** Per set: documents, articles found and precision, category accuracy, text kept. */
    public static final class Summary implements Section {

        @Override
        public String title() {
            return "Quality per set";
        }

        @Override
        public void print(QualityRun run, PrintWriter out) {
            out.println("| set | docs | articles found | article precision | category accuracy | text kept (lowest) | docs < 0.97 |");
            out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            Map<String, List<DocumentResult>> sets = run.bySet();
            sets.forEach((name, results) -> row(name, results, out));
            if (sets.size() > 1) {
                row("all", run.results(), out);
            }
        }

        private static void row(String name, List<DocumentResult> results, PrintWriter out) {
            int labelled = results.stream().mapToInt(DocumentResult::labelledArticles).sum();
            int found = results.stream().mapToInt(DocumentResult::foundArticles).sum();
            List<DocumentResult> paged = results.stream().filter(r -> r.document().articlesLabelled()).toList();
            int predicted = paged.stream().mapToInt(r -> r.articles().size()).sum();
            int matched = paged.stream().mapToInt(DocumentResult::matchedPredictions).sum();
            List<Judgement> js = QualityRun.judgements(results);
            long right = js.stream().filter(Judgement::right).count();
            double lowest = results.stream().mapToDouble(DocumentResult::keptShare).min().orElse(1);
            long under = results.stream().filter(r -> r.keptShare() < 0.97).count();
            out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %.3f | %d |%n", name, results.size(),
                    labelled == 0 ? "–" : String.format(Locale.ROOT, "%d/%d = %.3f", found, labelled, (double) found / labelled),
                    predicted == 0 ? "–" : String.format(Locale.ROOT, "%d/%d = %.3f", matched, predicted, (double) matched / predicted),
                    js.isEmpty() ? "–" : String.format(Locale.ROOT, "%d/%d = %.3f", right, js.size(), (double) right / js.size()),
                    lowest, under);
        }
    }

    /**
     * Labelled category (rows; the predicted one when it is among the labels, else the first label) against
     * predicted (columns; {@code missed} when the article was not found).
     */
    public static final class Confusion implements Section {

        @Override
        public String title() {
            return "Confusion matrix (rows: labelled, columns: predicted)";
        }

        @Override
        public void print(QualityRun run, PrintWriter out) {
            List<Judgement> js = QualityRun.judgements(run.results());
            TreeSet<String> names = new TreeSet<>();
            js.forEach(j -> {
                names.add(row(j));
                names.add(column(j));
            });
            List<String> cats = new ArrayList<>(names);
            StringBuilder head = new StringBuilder("| labelled \\ predicted |");
            StringBuilder rule = new StringBuilder("| --- |");
            cats.forEach(c -> {
                head.append(' ').append(c).append(" |");
                rule.append(" ---: |");
            });
            out.println(head);
            out.println(rule);
            for (String r : cats) {
                StringBuilder line = new StringBuilder("| " + r + " |");
                for (String c : cats) {
                    long n = js.stream().filter(j -> row(j).equals(r) && column(j).equals(c)).count();
                    line.append(' ').append(n).append(" |");
                }
                out.println(line);
            }
        }

        private static String row(Judgement j) {
            return j.right() ? j.predicted() : j.labelled().get(0);
        }

        private static String column(Judgement j) {
            return j.predicted() == null ? "missed" : j.predicted();
        }
    }

    /** Judgements by confidence bin: count and share right. */
    public static final class Reliability implements Section {

        @Override
        public String title() {
            return "Reliability of confidence";
        }

        @Override
        public void print(QualityRun run, PrintWriter out) {
            List<Judgement> js = QualityRun.judgements(run.results()).stream().filter(j -> j.predicted() != null).toList();
            out.println("| confidence | judged | right | accuracy |");
            out.println("| --- | ---: | ---: | ---: |");
            for (int i = 0; i < BINS.length; i++) {
                double lo = BINS[i];
                double hi = i + 1 < BINS.length ? BINS[i + 1] : 1.0000001;
                List<Judgement> bin = js.stream().filter(j -> j.confidence() >= lo && j.confidence() < hi).toList();
                printRow(String.format(Locale.ROOT, "[%.2f, %.2f)", lo, Math.min(hi, 1.0)).replace("1.00)", "1.00]"), bin, out);
            }
            printRow(">= 0.90", js.stream().filter(j -> j.confidence() >= 0.9).toList(), out);
        }

        private static void printRow(String label, List<Judgement> bin, PrintWriter out) {
            long right = bin.stream().filter(Judgement::right).count();
            out.printf(Locale.ROOT, "| %s | %d | %d | %s |%n", label, bin.size(), right,
                    bin.isEmpty() ? "–" : String.format(Locale.ROOT, "%.3f", (double) right / bin.size()));
        }
    }

    /** Every wrong judgement with its cues, and every document keeping under 0.97 of its text. */
    public static final class Misses implements Section {

        @Override
        public String title() {
            return "Misses";
        }

        @Override
        public void print(QualityRun run, PrintWriter out) {
            for (DocumentResult r : run.results()) {
                for (Judgement j : r.judgements()) {
                    if (!j.right()) {
                        out.printf(Locale.ROOT, "- %s %s: %s labelled %s, predicted %s (%.2f) %s%n", r.document().set(),
                                r.document().name(), j.what(), j.labelled(), j.predicted(), j.confidence(), j.cues());
                    }
                }
            }
            for (DocumentResult r : run.results()) {
                if (r.keptShare() < 0.97) {
                    out.printf(Locale.ROOT, "- text kept %.3f: %s %s%s%n", r.keptShare(), r.document().set(), r.document().name(),
                            r.rejected() == null ? "" : " (" + r.rejected() + ")");
                }
            }
        }
    }
}
