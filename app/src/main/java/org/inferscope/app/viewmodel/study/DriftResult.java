package org.inferscope.app.viewmodel.study;

import java.util.List;
import java.util.Locale;
import org.inferscope.engine.report.chart.BarChartModel;
import org.inferscope.engine.robustness.DriftReport;
import org.inferscope.engine.robustness.FeatureDrift;

/**
 * A drift report with the names of its two files; written as is to the JSON export. The thresholds are
 * the engine's ({@link DriftReport}): PSI below 0.1 none, up to 0.25 moderate, above major; a feature
 * drifted when its PSI is above 0.25 or its KS p-value is below 0.05 divided by the number of features.
 *
 * @param reference the dataset the model was evaluated on (the one open in the workbench)
 * @param current the dataset compared with it
 * @param psiModerate PSI from which a shift reads as moderate
 * @param psiMajor PSI above which a feature drifted
 * @param ksAlpha the KS p-value below which a feature drifted (0.05, Bonferroni-corrected)
 * @param note how the columns were matched when not by name; empty when they were
 * @param report the engine's report, features by descending PSI
 */
public record DriftResult(String reference, String current, double psiModerate, double psiMajor, double ksAlpha,
                          String note, DriftReport report) {
    /** The bar chart shows this many features, the most drifted. */
    static final int CHART_FEATURES = 15;
    private static final int NAMED = 5;
    static final List<String> CSV_HEADER = List.of("feature", "psi", "psi_level", "ks_statistic", "ks_p_value",
            "drifted");

    public static DriftResult of(String reference, String current, String note, DriftReport report) {
        return new DriftResult(reference, current, DriftReport.PSI_MODERATE, DriftReport.PSI_MAJOR,
                0.05 / Math.max(1, report.features().size()), note, report);
    }

    /** The drifted features, most drifted (highest PSI) first. */
    public List<String> driftedByPsi() {
        return report.features().stream().map(FeatureDrift::feature).filter(report.drifted()::contains).toList();
    }

    /** Answers "is the new data like the data the model was evaluated on?" in a sentence or two. */
    public String headline() {
        return verdict() + (note.isEmpty() ? "" : " " + note);
    }

    private String verdict() {
        int n = report.features().size();
        List<String> drifted = driftedByPsi();
        String rule = String.format(Locale.ROOT, "PSI above 0.25, or a KS p-value below 0.05/%d = %.2g", n, ksAlpha);
        if (drifted.isEmpty()) {
            long moderate = report.features().stream().filter(f -> f.psi() >= DriftReport.PSI_MODERATE).count();
            return "No feature drifted (" + rule + "): " + current + " looks like " + reference + "."
                    + (moderate == 0 ? "" : " " + moderate + " of " + n + " show a moderate PSI (0.1 to 0.25).");
        }
        String names = String.join(", ", drifted.subList(0, Math.min(NAMED, drifted.size())))
                + (drifted.size() > NAMED ? " and " + (drifted.size() - NAMED) + " more" : "");
        return drifted.size() + " of " + n + " features drifted (" + rule + "): " + names
                + ". Retest accuracy on " + current + " before trusting the model on it.";
    }

    /** "digits-new.csv (360 rows) against digits-test.csv (360 rows)". */
    public String files() {
        return String.format(Locale.ROOT, "%s (%,d rows) against %s (%,d rows)", current, report.currentRows(),
                reference, report.referenceRows());
    }

    /** The most drifted features' PSI as bars, highest first. */
    public BarChartModel chart() {
        return report.chart(current, reference, CHART_FEATURES);
    }

    /** One row per feature, by descending PSI, as {@link #CSV_HEADER} names them. */
    List<List<String>> csvRows() {
        return report.features().stream().map(f -> List.of(f.feature(), CurveAndDriftFiles.number(f.psi()), f.level(),
                CurveAndDriftFiles.number(f.ksStatistic()), CurveAndDriftFiles.number(f.ksPValue()),
                Boolean.toString(report.drifted().contains(f.feature())))).toList();
    }

    /** The chart before a report exists. */
    public static BarChartModel emptyChart() {
        return DriftReport.emptyChart();
    }
}
