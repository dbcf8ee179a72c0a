package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;

/**
 * The precision rewrite: FP16 weights, INT8 dynamic, INT8 static (QDQ, calibrated) or INT8 weights
 * only, each in its own class. For the INT8 kinds that compute in integers, the log also says which
 * integer kernels ONNX Runtime actually ran after its own graph optimisations.
 */
public final class Quantization implements GraphRewrite {
    private final OrtAccess ort;

    public Quantization(OrtAccess ort) {
        this.ort = ort;
    }

    @Override
    public OnnxMl.ModelProto apply(OnnxMl.ModelProto model, TransformSpec spec, CalibrationData calibration,
                                   TransformLog log) {
        OnnxMl.ModelProto result = switch (spec.precision()) {
            case FP32 -> model;
            case FP16 -> new Fp16Weights().apply(model, spec, calibration, log);
            case INT8_DYNAMIC -> new DynamicInt8().apply(model, spec, calibration, log);
            case INT8_STATIC -> new StaticInt8(ort).apply(MatMulAddFusion.apply(model, log), spec, calibration, log);
            case INT8_WEIGHTS -> new WeightOnlyInt8().apply(model, spec, calibration, log);
        };
        boolean integerCompute = spec.precision() == Precision.INT8_DYNAMIC
                || spec.precision() == Precision.INT8_STATIC;
        if (integerCompute && result != model) {
            log.note(integerKernelSummary(optimizedOpCounts(ort, result.toByteArray())));
        }
        return result;
    }

    /**
     * Operator counts of the graph ONNX Runtime actually runs for {@code model} once its optimisations
     * have fused what they can (QDQ pairs into QLinearConv/QGemm, the dynamic pattern into
     * DynamicQuantizeMatMul): what answers "why isn't INT8 faster?". Empty when the model does not load.
     */
    public static Map<String, Long> optimizedOpCounts(OrtAccess ort, byte[] model) {
        return IntegerKernels.optimizedOpCounts(ort, model);
    }

    /**
     * One sentence from {@link #optimizedOpCounts}: "ONNX Runtime ran 3 layers as integer kernels:
     * DynamicQuantizeMatMul x3", or that none ran in integers.
     */
    public static String integerKernelSummary(Map<String, Long> opCounts) {
        return IntegerKernels.describe(opCounts);
    }

    /** "INT8 dynamic, per-channel: 3 of 3 layers quantized (MatMul x2, Gemm x1), 0 skipped". */
    static String summary(String what, List<WeightLayer> done, int skipped) {
        Map<String, Long> byOp = done.stream().collect(Collectors.groupingBy(WeightLayer::reportedOp, TreeMap::new,
                Collectors.counting()));
        String ops = byOp.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "));
        return what + ": " + done.size() + " of " + (done.size() + skipped) + " layers changed"
                + (ops.isEmpty() ? "" : " (" + ops + ")") + ", " + skipped + " skipped";
    }
}
