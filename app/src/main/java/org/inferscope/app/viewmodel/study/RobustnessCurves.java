package org.inferscope.app.viewmodel.study;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.engine.robustness.Perturbation;

/**
 * Robustness curves of one or more configurations under one kind of perturbation, as measured; written
 * as is to the JSON export.
 *
 * @param kind noise or dropout
 * @param metric "accuracy" (classification, with 95% bootstrap intervals) or "MSE" (regression, without)
 * @param dataset the file the perturbations were applied to
 * @param seed the seed of the perturbations and the bootstrap
 * @param curves one per configuration, in the comparison's order
 * @param skipped configurations that could not be measured, each "label: why"
 */
public record RobustnessCurves(Perturbation.Kind kind, String metric, String dataset, long seed, List<Curve> curves,
                               List<String> skipped) {

    public RobustnessCurves {
        curves = List.copyOf(curves);
        skipped = List.copyOf(skipped);
    }

    /** One configuration's curve, its points by ascending level. */
    public record Curve(String configuration, String colour, List<Point> points) {
        public Curve {
            points = List.copyOf(points);
        }

        /** The point at level 0, or the lowest level's when 0 was not measured. */
        public Point base() {
            return points.stream().filter(p -> p.level() == 0).findFirst().orElse(points.get(0));
        }
    }

    /**
     * One level of a curve.
     *
     * @param perturbation the engine's words for it ("noise 0.25 sd", "dropout 30%")
     * @param value accuracy (a fraction) or MSE
     * @param ci95Low the 95% interval's lower bound; null for MSE
     * @param ci95High its upper bound; null for MSE
     * @param rows rows scored
     * @param changeFromLevel0 value minus the value at level 0; null when level 0 was not measured
     */
    public record Point(double level, String perturbation, double value, Double ci95Low, Double ci95High, long rows,
                        Double changeFromLevel0) {
    }

    public boolean reportsAccuracy() {
        return "accuracy".equals(metric);
    }

    /** The curves as a line chart: accuracy in percent (or MSE) against the level, intervals as whiskers. */
    public LineChartModel chart() {
        double scale = reportsAccuracy() ? 100 : 1;
        List<LineChartModel.Line> lines = new ArrayList<>();
        for (Curve curve : curves) {
            lines.add(new LineChartModel.Line(curve.configuration(), curve.colour(), curve.points().stream()
                    .map(p -> new LineChartModel.Point(p.level() * (kind == Perturbation.Kind.FEATURE_DROPOUT ? 100 : 1),
                            p.value() * scale, p.ci95Low() == null ? Double.NaN : p.ci95Low() * scale,
                            p.ci95High() == null ? Double.NaN : p.ci95High() * scale))
                    .toList()));
        }
        return new LineChartModel("robustnessChart", title(kind, metric) + " — " + dataset, xAxis(kind),
                reportsAccuracy() ? "accuracy (%, 95% CI)" : "MSE (lower is better)", lines, List.of());
    }

    /** The chart before anything was measured. */
    public static LineChartModel emptyChart(Perturbation.Kind kind) {
        return new LineChartModel("robustnessChart", title(kind, "accuracy"), xAxis(kind), "accuracy (%, 95% CI)",
                List.of(), List.of());
    }

    private static String title(Perturbation.Kind kind, String metric) {
        String what = metric.equals("accuracy") ? "Accuracy" : "MSE";
        return what + (kind == Perturbation.Kind.GAUSSIAN_NOISE ? " under Gaussian noise" : " under feature dropout");
    }

    private static String xAxis(Perturbation.Kind kind) {
        return kind == Perturbation.Kind.GAUSSIAN_NOISE ? "noise σ (multiples of each feature's standard deviation)"
                : "dropout (% of cells set to 0)";
    }
}
