package org.inferscope.plugins.tribuo;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;
import org.inferscope.engine.spi.ModelTransformer;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.ensemble.WeightedEnsembleModel;

/**
 * What InferScope can make of a Tribuo model: an ONNX copy (for ONNX Runtime and its precision and
 * pruning transforms), and ensembles pruned to their best members. Lower precisions and weight
 * pruning of linear models go through the ONNX copy; Tribuo computes in double precision.
 */
final class TribuoTransformer implements ModelTransformer {
    static final String ONNX = "onnx";

    private final TribuoModelReader reader;

    TribuoTransformer(TribuoModelReader reader) {
        this.reader = reader;
    }

    @Override
    public List<String> conversionFormats() {
        return List.of(ONNX);
    }

    @Override
    public TransformReport convert(Path source, String format, Path target) {
        if (!ONNX.equals(format)) {
            throw new BadInputException("Tribuo models convert to .onnx only, not ." + format + ".");
        }
        return OnnxExport.convert(reader.read(source), VariantFiles.size(source), target);
    }

    @Override
    public TransformReport transform(Path source, TransformSpec spec, CalibrationData calibration, Path target) {
        TribuoModel tribuo = reader.read(source);
        Model<?> model = tribuo.model();
        String name = tribuo.fileName();
        if (spec.precision() != Precision.FP32) {
            throw new BadInputException("Tribuo computes " + name + " in double precision on the JVM; for "
                    + spec.precision().cliName() + ", run it on ONNX Runtime (--device onnxruntime:cpu), which converts"
                    + " it to ONNX first" + (model instanceof ONNXExportable ? "." : ", if Tribuo can export it."));
        }
        if (spec.sparsity() == 0) {
            throw new BadInputException("Nothing to change in " + name + ": give a sparsity above 0.");
        }
        if (model instanceof WeightedEnsembleModel<?> ensemble) {
            return EnsemblePruning.prune(tribuo, ensemble, spec, calibration, VariantFiles.size(source), target);
        }
        if (model instanceof TreeModel<?>) {
            throw new BadInputException(name + " is a single Tribuo tree, which cannot be pruned to a depth: its split"
                    + " nodes keep neither an output nor the count of training rows that reached them, so a cut"
                    + " subtree has no faithful leaf to become; retrain with a smaller maxDepth instead.");
        }
        if (model instanceof ONNXExportable) {
            throw new BadInputException("The weights of " + name + " (a Tribuo " + model.getClass().getSimpleName()
                    + ") are pruned through ONNX: run it on ONNX Runtime (--device onnxruntime:cpu) with --sparsity.");
        }
        throw new BadInputException(name + " is a Tribuo " + model.getClass().getSimpleName()
                + ", which has nothing InferScope can prune; ensembles lose members, ONNX-exportable models weights.");
    }
}
