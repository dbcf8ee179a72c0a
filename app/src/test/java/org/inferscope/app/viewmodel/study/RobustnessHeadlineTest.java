package org.inferscope.app.viewmodel.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.inferscope.engine.robustness.Perturbation;
import org.junit.jupiter.api.Test;

/** The curve's headline from made-up points: where 90% of the unperturbed accuracy is lost, if anywhere. */
class RobustnessHeadlineTest {

    @Test
    void aCurveThatFallsBelowNinetyPercentNamesTheLastLevelKeptAndTheFirstLost() {
        assertEquals("FP32 keeps 90% of its accuracy up to σ = 0.25 and drops below at σ = 0.5 (90.0% at σ = 0,"
                + " 40.0% at σ = 1).", headline(Perturbation.Kind.GAUSSIAN_NOISE, 0.9, 0.85, 0.81, 0.6, 0.4));
    }

    @Test
    void aCurveThatLosesTooMuchAtTheFirstStepSaysSo() {
        assertEquals("FP32 drops below 90% of its accuracy already at 10% dropout (90.0% at 0% dropout, 20.0% at"
                + " 50% dropout).", headline(Perturbation.Kind.FEATURE_DROPOUT, 0.9, 0.5, 0.4, 0.3, 0.2));
    }

    @Test
    void aCurveThatHoldsEverywhereSaysUpToTheHighestLevel() {
        assertEquals("FP32 keeps 90% of its accuracy at every level measured, up to σ = 1 (90.0% at σ = 0, 85.0% at"
                + " σ = 1).", headline(Perturbation.Kind.GAUSSIAN_NOISE, 0.9, 0.9, 0.88, 0.86, 0.85));
    }

    @Test
    void aRecoveryAfterTheFirstLossDoesNotCountAsKept() {
        assertEquals("FP32 keeps 90% of its accuracy up to σ = 0.1 and drops below at σ = 0.25 (90.0% at σ = 0,"
                + " 85.0% at σ = 1).", headline(Perturbation.Kind.GAUSSIAN_NOISE, 0.9, 0.9, 0.7, 0.86, 0.85));
    }

    @Test
    void configurationsThatCouldNotRunAreNamedAfterTheOthers() {
        RobustnessCurves curves = new RobustnessCurves(Perturbation.Kind.GAUSSIAN_NOISE, "accuracy", "d.csv", 42,
                List.of(curve(Perturbation.Kind.GAUSSIAN_NOISE, List.of(0.0), 0.9)), List.of("old · FP32: gone."));
        assertEquals("FP32: 90.0% accuracy at σ = 0 (95% CI 85.0% to 95.0%).\nNot measured: old · FP32: gone.",
                RobustnessHeadline.of(curves));
    }

    private static String headline(Perturbation.Kind kind, double... accuracies) {
        List<Double> levels = kind == Perturbation.Kind.GAUSSIAN_NOISE ? List.of(0.0, 0.1, 0.25, 0.5, 1.0)
                : List.of(0.0, 0.1, 0.2, 0.3, 0.5);
        return RobustnessHeadline.of(new RobustnessCurves(kind, "accuracy", "d.csv", 42,
                List.of(curve(kind, levels, accuracies)), List.of()));
    }

    private static RobustnessCurves.Curve curve(Perturbation.Kind kind, List<Double> levels, double... accuracies) {
        List<RobustnessCurves.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            points.add(new RobustnessCurves.Point(levels.get(i), new Perturbation(kind, levels.get(i)).label(),
                    accuracies[i], accuracies[i] - 0.05, accuracies[i] + 0.05, 100, accuracies[i] - accuracies[0]));
        }
        return new RobustnessCurves.Curve("FP32", "#0072B2", points);
    }
}
