package org.inferscope.app.viewmodel.study;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.robustness.Perturbation;

/** The robustness curves as CSV rows: one per configuration and level, numbers as measured (fractions, not percent). */
final class RobustnessExport {
    static final List<String> CSV_HEADER = List.of("configuration", "perturbation", "kind", "level", "metric", "value",
            "ci95_low", "ci95_high", "change_from_level_0", "rows");

    private RobustnessExport() {
    }

    static List<List<String>> csvRows(RobustnessCurves curves) {
        String kind = curves.kind() == Perturbation.Kind.GAUSSIAN_NOISE ? "gaussian_noise" : "feature_dropout";
        List<List<String>> rows = new ArrayList<>();
        for (RobustnessCurves.Curve curve : curves.curves()) {
            for (RobustnessCurves.Point p : curve.points()) {
                rows.add(List.of(curve.configuration(), p.perturbation(), kind, CurveAndDriftFiles.number(p.level()),
                        curves.metric(), CurveAndDriftFiles.number(p.value()), CurveAndDriftFiles.number(p.ci95Low()),
                        CurveAndDriftFiles.number(p.ci95High()), CurveAndDriftFiles.number(p.changeFromLevel0()),
                        Long.toString(p.rows())));
            }
        }
        return rows;
    }
}
