package org.inferscope.engine.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.inferscope.engine.report.chart.BarChartModel;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.engine.report.chart.Palette;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.FeatureMatrix;

/**
 * Drift between two datasets, feature by feature, largest PSI first. PSI bins by the reference's
 * deciles (fewer bins where values repeat); empty bins get a small floor so that the logarithm stays
 * finite. Features are matched by name, or by position when the names differ but the counts agree.
 *
 * @param referenceRows rows of the reference
 * @param currentRows rows of the current dataset
 * @param features one entry per feature
 * @param drifted features whose PSI is above 0.25 or whose KS p-value is below 0.05 after a Bonferroni correction
 */
public record DriftReport(long referenceRows, long currentRows, List<FeatureDrift> features, List<String> drifted) {

    static final int BINS = 10;
    /** PSI from here up to {@link #PSI_MAJOR} is a moderate shift. */
    public static final double PSI_MODERATE = 0.1;
    /** PSI above this is a major shift, and the feature counts as drifted. */
    public static final double PSI_MAJOR = 0.25;
    private static final double FLOOR = 1e-4;

    public static DriftReport of(Dataset reference, Dataset current) {
        if (reference.rows() < 2 || current.rows() < 2) {
            throw new BadInputException("A drift report needs at least 2 rows in each dataset (" + reference.rows()
                    + " and " + current.rows() + " given).");
        }
        int[] columns = matchColumns(reference, current);
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        List<FeatureDrift> out = new ArrayList<>();
        List<String> drifted = new ArrayList<>();
        double alpha = 0.05 / Math.max(1, columns.length);
        for (int c = 0; c < columns.length; c++) {
            double[] a = column(reference.features(), c);
            double[] b = column(current.features(), columns[c]);
            double psi = psi(a, b);
            double d = ks.kolmogorovSmirnovStatistic(a, b);
            double p = constant(a) && constant(b) ? 1.0 : pValue(ks, d, a.length, b.length);
            String name = reference.featureNames().get(c);
            out.add(new FeatureDrift(name, psi, d, p, psi < PSI_MODERATE ? "none" : psi <= PSI_MAJOR ? "moderate" : "major"));
            if (psi > PSI_MAJOR || p < alpha) {
                drifted.add(name);
            }
        }
        out.sort(Comparator.comparingDouble(FeatureDrift::psi).reversed());
        return new DriftReport(reference.rows(), current.rows(), out, drifted);
    }

    /**
     * Exact for small samples, else the asymptotic distribution; never commons-math's Monte Carlo middle
     * range, which is unseeded and takes seconds per feature.
     */
    private static double pValue(KolmogorovSmirnovTest ks, double d, int n, int m) {
        return (long) n * m < 200 ? ks.exactP(d, n, m, false) : ks.approximateP(d, n, m);
    }

    private static int[] matchColumns(Dataset reference, Dataset current) {
        int[] map = new int[reference.columns()];
        boolean byName = current.featureNames().containsAll(reference.featureNames());
        if (!byName && reference.columns() != current.columns()) {
            throw new BadInputException("The datasets have different features (" + reference.columns() + " vs "
                    + current.columns() + " columns, names differ): compare files with the same columns.");
        }
        for (int c = 0; c < map.length; c++) {
            map[c] = byName ? current.featureNames().indexOf(reference.featureNames().get(c)) : c;
        }
        return map;
    }

    /** PSI = sum over bins of (cur - ref) * ln(cur / ref), bins cut at the reference's deciles. */
    static double psi(double[] reference, double[] current) {
        double[] edges = decileEdges(reference);
        double[] ref = shares(reference, edges);
        double[] cur = shares(current, edges);
        double psi = 0;
        for (int i = 0; i < ref.length; i++) {
            double r = Math.max(ref[i], FLOOR);
            double k = Math.max(cur[i], FLOOR);
            psi += (k - r) * Math.log(k / r);
        }
        return psi;
    }

    /** Distinct inner cut points; a value v falls in the first bin whose edge is >= v. */
    private static double[] decileEdges(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return java.util.stream.IntStream.range(1, BINS)
                .mapToDouble(i -> sorted[Math.min(sorted.length - 1, (int) Math.floor(i * sorted.length / (double) BINS))])
                .distinct().toArray();
    }

    private static double[] shares(double[] values, double[] edges) {
        double[] counts = new double[edges.length + 1];
        for (double v : values) {
            int bin = Arrays.binarySearch(edges, v);
            counts[bin >= 0 ? bin : -bin - 1]++;
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] /= Math.max(1, values.length);
        }
        return counts;
    }

    private static double[] column(FeatureMatrix f, int c) {
        double[] out = new double[f.rows()];
        for (int r = 0; r < f.rows(); r++) {
            out[r] = f.get(r, c);
        }
        return out;
    }

    private static boolean constant(double[] v) {
        return Arrays.stream(v).distinct().count() <= 1;
    }

    /**
     * The {@code top} most shifted features' PSI as bars, highest first, with dashed guides at the
     * moderate and major thresholds; {@code current} and {@code reference} name the two datasets.
     */
    public BarChartModel chart(String current, String reference, int top) {
        java.util.Map<String, Double> bars = new java.util.LinkedHashMap<>();
        features.stream().limit(top).forEach(f -> bars.put(f.feature(), f.psi()));
        String title = "PSI of the " + Math.min(top, features.size()) + " most shifted features: " + current
                + " against " + reference;
        return BarChartModel.of(CHART_ID, title, "feature", "PSI",
                List.of(new BarChartModel.Series("PSI", Palette.colour(0), bars))).withGuides(GUIDES);
    }

    /** The drift chart before a report exists. */
    public static BarChartModel emptyChart() {
        return BarChartModel.of(CHART_ID, "PSI by feature", "feature", "PSI", List.of()).withGuides(GUIDES);
    }

    private static final String CHART_ID = "driftChart";
    private static final List<LineChartModel.Guide> GUIDES = List.of(
            new LineChartModel.Guide("moderate " + PSI_MODERATE, PSI_MODERATE, Palette.colour(1)),
            new LineChartModel.Guide("major " + PSI_MAJOR, PSI_MAJOR, Palette.colour(5)));
}
