package dev.newspipe.bench.quality;

import dev.newspipe.bench.quality.DocumentResult.Judgement;
import dev.newspipe.core.classify.ArticleClassifier;
import java.util.List;

/**
 * Fits the classifier's confidence, {@code 1 / (1 + exp(-(A * margin + B)))}, to what the labels say: the A and B
 * that minimise the log loss of the judged articles. The margin of each judgement is recovered from the confidence
 * the classifier gave it with the constants it has now; the fitted constants are then written into
 * {@link ArticleClassifier} by hand and frozen.
 */
public final class Calibration {

    public static final double CURRENT_A = ArticleClassifier.CALIBRATION_A;
    public static final double CURRENT_B = ArticleClassifier.CALIBRATION_B;

    private Calibration() {}

    public record Fit(double a, double b, double logLoss, double currentLogLoss, int count) {}

    public static Fit fit(List<Judgement> judgements) {
        List<Judgement> judged = judgements.stream().filter(j -> j.predicted() != null).toList();
        double[] margins = judged.stream().mapToDouble(j -> margin(j.confidence())).toArray();
        boolean[] right = new boolean[judged.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = judged.get(i).right();
        }
        double bestA = CURRENT_A;
        double bestB = CURRENT_B;
        double best = Double.MAX_VALUE;
        for (double a = 0.05; a <= 3.0; a += 0.05) {
            for (double b = -3.0; b <= 3.0; b += 0.05) {
                double loss = logLoss(a, b, margins, right);
                if (loss < best) {
                    best = loss;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        return new Fit(bestA, bestB, best, logLoss(CURRENT_A, CURRENT_B, margins, right), judged.size());
    }

    /** The margin behind a confidence given with the current constants. */
    static double margin(double confidence) {
        double c = Math.min(1 - 1e-12, Math.max(1e-12, confidence));
        return (Math.log(c / (1 - c)) - CURRENT_B) / CURRENT_A;
    }

    private static double logLoss(double a, double b, double[] margins, boolean[] right) {
        double sum = 0;
        for (int i = 0; i < margins.length; i++) {
            double p = 1 / (1 + Math.exp(-(a * margins[i] + b)));
            p = Math.min(1 - 1e-9, Math.max(1e-9, p));
            sum -= right[i] ? Math.log(p) : Math.log(1 - p);
        }
        return margins.length == 0 ? 0 : sum / margins.length;
    }
}
