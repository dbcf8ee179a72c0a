package org.inferscope.app.viewmodel;

import java.util.Comparator;
import java.util.List;

/**
 * The configurations worth considering when trading quality for speed: those that no other
 * configuration beats on both single-row p50 latency and quality. Quality is accuracy (higher is
 * better) for classification and MSE (lower is better) for regression.
 *
 * <p>A row is dominated when another is at least as fast and at least as good, and strictly better in
 * one of the two; so of two rows equally fast the less accurate one is dominated, and two identical
 * rows both stay on the frontier.
 */
public final class ParetoFrontier {
    private ParetoFrontier() {
    }

    /**
     * The rows on the frontier, fastest first. Rows without a latency or a quality are left out, and
     * when tasks are mixed only rows of the first plotted row's task count: accuracy and MSE do not compare.
     */
    public static List<ComparisonRow> of(List<ComparisonRow> rows) {
        List<ComparisonRow> candidates = comparable(rows);
        return candidates.stream()
                .filter(r -> candidates.stream().noneMatch(other -> dominates(other, r)))
                .sorted(Comparator.comparingDouble(ComparisonRow::p50Micros)
                        .thenComparing((a, b) -> compareQuality(b, a)))
                .toList();
    }

    /** The rows a scatter of quality against latency can plot: both measured, and of one task. */
    public static List<ComparisonRow> comparable(List<ComparisonRow> rows) {
        List<ComparisonRow> measured = rows.stream()
                .filter(r -> Double.isFinite(r.p50Micros()) && Double.isFinite(r.quality())).toList();
        if (measured.isEmpty()) {
            return measured;
        }
        boolean classification = measured.get(0).isClassification();
        return measured.stream().filter(r -> r.isClassification() == classification).toList();
    }

    /** True when {@code a} is at least as fast and as good as {@code b}, and strictly better in one. */
    static boolean dominates(ComparisonRow a, ComparisonRow b) {
        int faster = Double.compare(b.p50Micros(), a.p50Micros());
        int better = compareQuality(a, b);
        return faster >= 0 && better >= 0 && (faster > 0 || better > 0);
    }

    /** Positive when {@code a}'s quality is better: higher accuracy, or lower MSE for regression. */
    public static int compareQuality(ComparisonRow a, ComparisonRow b) {
        int higher = Double.compare(a.quality(), b.quality());
        return a.isClassification() ? higher : -higher;
    }
}
