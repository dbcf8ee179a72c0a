package org.inferscope.engine.api;

import java.util.Objects;

/**
 * A model variant to make: a precision, and a pruning level applied first.
 *
 * @param precision the target precision
 * @param perChannel INT8: one scale per output channel instead of per tensor
 * @param calibration INT8 static: how activation ranges are chosen
 * @param percentile INT8 static with {@link CalibrationMethod#PERCENTILE}: e.g. 99.99
 * @param calibrationRows INT8 static: rows of the dataset to calibrate on
 * @param sparsity fraction of weights (unstructured) or hidden units (structured) to remove, 0 to 0.95
 * @param structured remove whole hidden units / filters instead of single weights
 * @param scope unstructured pruning: rank weights per layer or globally
 */
public record TransformSpec(Precision precision, boolean perChannel, CalibrationMethod calibration, double percentile,
                            int calibrationRows, double sparsity, boolean structured, PruningScope scope) {

    public TransformSpec {
        Objects.requireNonNull(precision, "precision");
        calibration = calibration == null ? CalibrationMethod.MIN_MAX : calibration;
        scope = scope == null ? PruningScope.PER_LAYER : scope;
        if (!(sparsity >= 0 && sparsity <= 0.95)) {
            throw new BadInputException("Sparsity must be between 0 and 0.95, not " + sparsity + ".");
        }
        if (calibrationRows < 1) {
            throw new BadInputException("Calibration needs at least 1 row, not " + calibrationRows + ".");
        }
        if (!(percentile > 50 && percentile <= 100)) {
            throw new BadInputException("The calibration percentile must be above 50 and at most 100, not " + percentile + ".");
        }
    }

    /** The original model, unchanged. */
    public static TransformSpec none() {
        return new TransformSpec(Precision.FP32, false, CalibrationMethod.MIN_MAX, 99.99, 300, 0, false,
                PruningScope.PER_LAYER);
    }

    public boolean isIdentity() {
        return precision == Precision.FP32 && sparsity == 0;
    }
}
