package org.inferscope.app.viewmodel.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.robustness.Perturbation;

/**
 * The sentence above the curves: how far each configuration keeps 90% of its unperturbed accuracy (or,
 * for regression, how much its MSE grows), and which configurations could not be measured.
 */
public final class RobustnessHeadline {
    /** The share of the unperturbed accuracy a configuration must keep to count as holding up. */
    static final double KEEP = 0.9;

    private RobustnessHeadline() {
    }

    public static String of(RobustnessCurves curves) {
        List<String> sentences = new ArrayList<>();
        for (RobustnessCurves.Curve curve : curves.curves()) {
            sentences.add(curves.reportsAccuracy() ? accuracy(curve, curves.kind()) : mse(curve, curves.kind()));
        }
        curves.skipped().forEach(s -> sentences.add("Not measured: " + s));
        return String.join("\n", sentences);
    }

    private static String accuracy(RobustnessCurves.Curve curve, Perturbation.Kind kind) {
        RobustnessCurves.Point base = curve.base();
        RobustnessCurves.Point last = curve.points().get(curve.points().size() - 1);
        if (curve.points().size() == 1) {
            return curve.configuration() + ": " + percent(base.value()) + " accuracy at " + words(kind, base)
                    + " (95% CI " + percent(base.ci95Low()) + " to " + percent(base.ci95High()) + ").";
        }
        RobustnessCurves.Point kept = null;
        RobustnessCurves.Point below = null;
        for (RobustnessCurves.Point p : curve.points()) {
            if (p.level() < base.level()) {
                continue;
            }
            if (p.value() < KEEP * base.value()) {
                below = p;
                break;
            }
            kept = p;
        }
        String range = " (" + percent(base.value()) + " at " + words(kind, base) + ", " + percent(last.value()) + " at "
                + words(kind, last) + ").";
        String name = curve.configuration();
        if (below == null) {
            return name + " keeps 90% of its accuracy at every level measured, up to " + words(kind, last) + range;
        }
        if (kept == null || kept == base) {
            return name + " drops below 90% of its accuracy already at " + words(kind, below) + range;
        }
        return name + " keeps 90% of its accuracy up to " + words(kind, kept) + " and drops below at "
                + words(kind, below) + range;
    }

    private static String mse(RobustnessCurves.Curve curve, Perturbation.Kind kind) {
        RobustnessCurves.Point base = curve.base();
        RobustnessCurves.Point last = curve.points().get(curve.points().size() - 1);
        String factor = base.value() > 0 ? String.format(Locale.ROOT, " (×%.2f)", last.value() / base.value()) : "";
        return curve.configuration() + ": MSE " + PerturbationLevels.number(base.value()) + " at " + words(kind, base)
                + ", " + PerturbationLevels.number(last.value()) + " at " + words(kind, last) + factor
                + "; no interval: the engine keeps no per-row errors for regression.";
    }

    private static String words(Perturbation.Kind kind, RobustnessCurves.Point p) {
        return PerturbationLevels.words(kind, p.level());
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
