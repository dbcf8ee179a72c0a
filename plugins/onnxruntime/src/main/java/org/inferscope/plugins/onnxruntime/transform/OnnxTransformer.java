package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;
import org.inferscope.engine.spi.ModelTransformer;

/**
 * Makes a variant of an ONNX model: pruning first (unstructured or structured), then the precision
 * change, then proof that ONNX Runtime loads the result before it is written.
 */
public final class OnnxTransformer implements ModelTransformer {
    private final OrtAccess ort;
    private final VariantWriter writer;
    private final GraphRewrite unstructuredPruning;
    private final GraphRewrite structuredPruning;
    private final GraphRewrite precision;

    public OnnxTransformer(OrtAccess ort, GraphRewrite unstructuredPruning, GraphRewrite structuredPruning,
                           GraphRewrite precision) {
        this.ort = ort;
        this.writer = new VariantWriter(ort);
        this.unstructuredPruning = unstructuredPruning;
        this.structuredPruning = structuredPruning;
        this.precision = precision;
    }

    @Override
    public TransformReport transform(Path source, TransformSpec spec, CalibrationData calibration, Path target) {
        byte[] original = read(source);
        OnnxMl.ModelProto model = parse(original, source);
        TransformLog log = new TransformLog();
        if (spec.sparsity() > 0) {
            model = (spec.structured() ? structuredPruning : unstructuredPruning).apply(model, spec, calibration, log);
        }
        if (spec.precision() != Precision.FP32) {
            model = precision.apply(model, spec, calibration, log);
        }
        byte[] variant = writer.write(model, target, spec.precision().cliName());
        return new TransformReport(spec, log.summaryLine(), log.changedLayers(), log.skippedLayers(), original.length,
                variant.length, VariantWriter.gzipSize(variant), WeightStats.sparsity(model), log.notes());
    }

    /** ONNX Runtime's optimised graph of {@code model}, as it writes it with setOptimizedModelFilePath. */
    @Override
    public void writeExecutedGraph(Path model, Path out) {
        byte[] bytes = read(model);
        try (ai.onnxruntime.OrtSession.SessionOptions options = ort.sessionOptions()) {
            options.setOptimizedModelFilePath(out.toAbsolutePath().toString());
            try (ai.onnxruntime.OrtSession ignored = ort.environment().createSession(bytes, options)) {
                // creating the session writes the optimised graph
            }
        } catch (ai.onnxruntime.OrtException e) {
            throw new BadInputException("ONNX Runtime could not load " + model.getFileName() + " to write its executed"
                    + " graph (" + e.getMessage() + ").", e);
        }
    }

    private static byte[] read(Path source) {
        try {
            return Files.readAllBytes(source);
        } catch (IOException e) {
            throw new BadInputException("Could not read " + source + " (" + e.getMessage() + "): check the path.", e);
        }
    }

    private static OnnxMl.ModelProto parse(byte[] bytes, Path source) {
        try {
            return OnnxMl.ModelProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new BadInputException(source.getFileName() + " could not be read as ONNX (" + e.getMessage()
                    + "); re-export or re-download it.", e);
        }
    }
}
