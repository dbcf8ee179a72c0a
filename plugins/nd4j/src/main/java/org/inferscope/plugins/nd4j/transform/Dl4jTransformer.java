package org.inferscope.plugins.nd4j.transform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;
import org.inferscope.engine.spi.ModelTransformer;

/**
 * Makes variants of Deeplearning4j networks: pruning first (structured: smaller dense layers; or
 * magnitude), then simulated FP16/INT8 weight rounding, written as a Deeplearning4j zip that is opened
 * again before it is kept, or, for a target named {@code *.onnx}, converted to ONNX so the same network
 * can be run by ONNX Runtime (and quantized there for real INT8 speed).
 */
public final class Dl4jTransformer implements ModelTransformer {

    static final String ONNX_NOTE = "converted to ONNX (opset 13: MatMul, Add and the activations): ONNX Runtime runs"
            + " it, and can quantize it to INT8 for real speed; ND4J itself does not open .onnx files";

    private final Function<Path, Model> reader;
    private final VariantFile files;

    /** @param reader opens a Deeplearning4j zip into a network, with the provider's error sentences */
    public Dl4jTransformer(Function<Path, Model> reader) {
        this.reader = reader;
        this.files = new VariantFile(reader::apply);
    }

    /** Dense networks convert to ONNX, so {@code --device onnxruntime:cpu} runs the same network there. */
    @Override
    public List<String> conversionFormats() {
        return List.of("onnx");
    }

    @Override
    public TransformReport convert(Path source, String format, Path target) {
        if (!"onnx".equals(format)) {
            throw new BadInputException("Deeplearning4j networks convert to .onnx only, not ." + format + ".");
        }
        return transform(source, TransformSpec.none(), null, target);
    }

    @Override
    public TransformReport transform(Path source, TransformSpec spec, CalibrationData calibration, Path target) {
        if (spec.precision() == Precision.INT8_STATIC) {
            throw new BadInputException("INT8 static needs calibrated activations, which ND4J cannot simulate: choose"
                    + " int8-dynamic or int8-weights for simulated INT8 weights, or convert " + source.getFileName()
                    + " to ONNX (transform --out MODEL.onnx) and quantize that.");
        }
        Model model = reader.apply(source);
        TransformNotes notes = new TransformNotes();
        if (spec.sparsity() > 0) {
            model = prune(model, spec, notes, source);
        }
        if (spec.precision() != Precision.FP32) {
            WeightRounding.apply(model, spec, notes);
        }
        if (VariantFile.isOnnx(target)) {
            notes.summary("converted to ONNX");
            notes.note(ONNX_NOTE);
        }
        byte[] variant = files.write(model, target);
        return new TransformReport(spec, notes.summaryLine(), notes.changedLayers(), notes.skippedLayers(),
                size(source), variant.length, VariantFile.gzipSize(variant), weightSparsity(model), notes.notes());
    }

    private static Model prune(Model model, TransformSpec spec, TransformNotes notes, Path source) {
        if (!spec.structured()) {
            MagnitudePruning.apply(model, spec, notes);
            return model;
        }
        if (!(model instanceof MultiLayerNetwork network)) {
            throw new BadInputException("Structured pruning of " + source.getFileName() + " is not possible: it is a"
                    + " ComputationGraph, and only MultiLayerNetworks of dense layers are pruned by units; use"
                    + " magnitude pruning (without --structured) instead.");
        }
        MultiLayerNetwork smaller = StructuredPruning.apply(network, spec, notes);
        if (notes.changedLayers().isEmpty()) {
            throw new BadInputException("Structured pruning of " + source.getFileName() + " found no hidden DenseLayer"
                    + " to shrink (" + notes.skippedLayers().size() + " layers skipped); use magnitude pruning instead.");
        }
        return smaller;
    }

    /** Fraction of all weights (not biases) that are zero. */
    private static double weightSparsity(Model model) {
        List<WeightTensor> weights = WeightTensor.weights(model);
        long zeros = 0;
        long total = 0;
        for (WeightTensor t : weights) {
            float[] v = t.read(model);
            total += v.length;
            zeros += Math.round(MagnitudePruning.zeroFraction(v) * v.length);
        }
        return total == 0 ? 0 : zeros / (double) total;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
