package org.inferscope.engine.sweep;

import java.util.Locale;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.TransformSpec;

/**
 * One point of a sweep's grid.
 *
 * @param device "backend:device", or null for the first available CPU
 * @param precision the variant's precision
 * @param sparsity fraction pruned, 0 for none
 * @param structured whole hidden units instead of single weights
 * @param batchSize rows per call for the throughput measurement
 */
public record SweepConfiguration(String device, Precision precision, double sparsity, boolean structured,
                                 int batchSize) {

    /** A stable key: equal configurations have equal keys, across runs and JVMs. */
    public String key() {
        return String.format(Locale.ROOT, "%s|%s|%.4f|%s|%d", device == null ? "default" : device,
                precision.cliName(), sparsity, structured && sparsity > 0 ? "structured" : "unstructured", batchSize);
    }

    /** What a user reads: "int8-dynamic, 50% structured, batch 64 on onnxruntime:cpu". */
    public String label() {
        String pruning = sparsity == 0 ? "" : String.format(Locale.ROOT, ", %.0f%% %s", sparsity * 100,
                structured ? "structured" : "magnitude");
        return precision.cliName() + pruning + ", batch " + batchSize + (device == null ? "" : " on " + device);
    }

    /** The transform, with the base spec's calibration and scope settings. */
    public TransformSpec transform(TransformSpec base) {
        return new TransformSpec(precision, base.perChannel(), base.calibration(), base.percentile(),
                base.calibrationRows(), sparsity, structured && sparsity > 0, base.scope());
    }
}
