package org.inferscope.engine.robustness;

import java.util.List;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.engine.stats.ConfidenceInterval;

/**
 * Robustness curves as a chart: accuracy in percent (or MSE) against the perturbation's level, dropout
 * in percent, 95% intervals as whiskers; the window and the command line draw the same one.
 */
public final class RobustnessChart {
    public static final String ID = "robustnessChart";

    private RobustnessChart() {
    }

    /**
     * The chart of {@code lines} (each built with {@link #point}) under {@code kind}.
     *
     * @param accuracy accuracy curves (classification), else MSE
     * @param dataset the perturbed file's name, for the title; null for none
     */
    public static LineChartModel of(Perturbation.Kind kind, boolean accuracy, String dataset,
                                    List<LineChartModel.Line> lines) {
        String what = accuracy ? "Accuracy" : "MSE";
        String title = what + (kind == Perturbation.Kind.GAUSSIAN_NOISE ? " under Gaussian noise" : " under feature dropout");
        return new LineChartModel(ID, dataset == null ? title : title + " — " + dataset, xAxis(kind),
                accuracy ? "accuracy (%, 95% CI)" : "MSE (lower is better)", lines, List.of());
    }

    /** One measured level: accuracy as a fraction with its interval (null for MSE), in the chart's units. */
    public static LineChartModel.Point point(Perturbation.Kind kind, double level, double value, Double low, Double high,
                                             boolean accuracy) {
        double scale = accuracy ? 100 : 1;
        return new LineChartModel.Point(level * (kind == Perturbation.Kind.FEATURE_DROPOUT ? 100 : 1), value * scale,
                low == null ? Double.NaN : low * scale, high == null ? Double.NaN : high * scale);
    }

    /** One configuration's curve as {@link RobustnessCurve#measure} returns it. */
    public static LineChartModel.Line line(String name, String colour, List<RobustnessCurve.Point> points) {
        return new LineChartModel.Line(name, colour, points.stream().map(p -> {
            ConfidenceInterval a = p.accuracy();
            return point(p.perturbation().kind(), p.perturbation().level(), a.estimate(), a.lower(), a.upper(), true);
        }).toList());
    }

    private static String xAxis(Perturbation.Kind kind) {
        return kind == Perturbation.Kind.GAUSSIAN_NOISE ? "noise σ (multiples of each feature's standard deviation)"
                : "dropout (% of cells set to 0)";
    }
}
