package org.inferscope.cli;

import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.TransformSpec;
import picocli.CommandLine.Option;

/** The options that make a model variant, shared by {@code eval} and {@code transform}. */
final class TransformOptionsMixin {

    @Option(names = "--precision", paramLabel = "P", defaultValue = "fp32",
            description = "fp32 (the original), fp16 (smaller file, same speed on CPU), int8-dynamic, int8-static "
                    + "(calibrated on the data), int8-weights (smaller file, not faster). Default: ${DEFAULT-VALUE}.")
    String precision;

    @Option(names = "--per-channel", description = "INT8: one scale per output channel instead of per tensor.")
    boolean perChannel;

    @Option(names = "--calibration", paramLabel = "METHOD", defaultValue = "MIN_MAX",
            description = "INT8 static: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    CalibrationMethod calibration;

    @Option(names = "--percentile", paramLabel = "P", defaultValue = "99.99",
            description = "INT8 static with PERCENTILE: the percentile of |x| kept (default: ${DEFAULT-VALUE}).")
    double percentile;

    @Option(names = "--calibration-rows", paramLabel = "N", defaultValue = "300",
            description = "INT8 static: rows sampled (seeded) from the dataset to calibrate on (default: ${DEFAULT-VALUE}).")
    int calibrationRows;

    @Option(names = "--sparsity", paramLabel = "S", defaultValue = "0",
            description = "Prune this fraction (0 to 0.95) of weights, or of hidden units with --structured.")
    double sparsity;

    @Option(names = "--structured", description = "Remove whole hidden units and filters (faster) instead of single weights.")
    boolean structured;

    @Option(names = "--pruning-scope", paramLabel = "SCOPE", defaultValue = "PER_LAYER",
            description = "Unstructured pruning ranks weights ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    PruningScope scope;

    TransformSpec toSpec() {
        return new TransformSpec(Precision.fromCliName(precision), perChannel, calibration, percentile, calibrationRows,
                sparsity, structured, scope);
    }
}
