package org.inferscope.plugins.onnxruntime.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every precision on a 64-48-32-10 MLP (MatMul, Gemm with transB, MatMul) with seeded random weights,
 * compared with the FP32 model on 256 fixed random rows.
 *
 * <p>Tolerances, relative to the FP32 output range: the mean absolute difference at most 0.2% (FP16) or
 * 1% (INT8); the largest absolute difference at most 1% (FP16), 5% (INT8 dynamic and weights only) or
 * 10% (INT8 static, which also clips the rare test value beyond the calibrated range); and top-1
 * agreement at least 95% for all.
 */
class QuantizationTest {
    static final TestOrt ORT = new TestOrt();
    static final GraphRewrite SAME = (m, s, c, l) -> m;
    static final long[] ROW = {64};
    static final int ROWS = 256;

    @TempDir
    Path dir;

    static Stream<Arguments> precisions() {
        return Stream.of(Arguments.of(Precision.FP16, false),
                Arguments.of(Precision.INT8_DYNAMIC, false), Arguments.of(Precision.INT8_DYNAMIC, true),
                Arguments.of(Precision.INT8_STATIC, false), Arguments.of(Precision.INT8_STATIC, true),
                Arguments.of(Precision.INT8_WEIGHTS, false), Arguments.of(Precision.INT8_WEIGHTS, true));
    }

    static TransformSpec spec(Precision p, boolean perChannel) {
        return new TransformSpec(p, perChannel, CalibrationMethod.MIN_MAX, 99.99, 256, 0, false, PruningScope.PER_LAYER);
    }

    static OnnxTransformer transformer() {
        return new OnnxTransformer(ORT, SAME, SAME, new Quantization(ORT));
    }

    static float[] gaussian(int n, long seed) {
        Random r = new Random(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }

    static CalibrationData calibration() {
        return new CalibrationData("x", gaussian(300 * 64, 13), ROW, 300);
    }

    @ParameterizedTest(name = "{0}, per-channel {1}")
    @MethodSource("precisions")
    void everyPrecisionLoadsAndAgreesWithFp32(Precision precision, boolean perChannel) throws Exception {
        Path source = MlpModels.mlp(dir, 7, 64, 48, 32, 10);
        Path target = dir.resolve("variant.onnx");
        TransformReport report = transformer().transform(source, spec(precision, perChannel), calibration(), target);

        float[] rows = gaussian(ROWS * 64, 11);
        float[][] expected = ORT.run(source, rows, ROW, ROWS);
        float[][] actual = ORT.run(target, rows, ROW, ROWS);
        double maxTolerance = precision == Precision.FP16 ? 0.01 : precision == Precision.INT8_STATIC ? 0.10 : 0.05;
        double meanTolerance = precision == Precision.FP16 ? 0.002 : 0.01;
        double range = Agreement.range(expected);
        double max = Agreement.maxAbsDiff(expected, actual) / range;
        double mean = Agreement.meanAbsDiff(expected, actual) / range;
        System.out.printf("MLP %s per-channel=%s: max %.4f, mean %.5f of range, top-1 %.3f%n", precision, perChannel,
                max, mean, Agreement.top1(expected, actual));
        assertTrue(max <= maxTolerance, precision + ": max |diff| is " + max + " of the output range");
        assertTrue(mean <= meanTolerance, precision + ": mean |diff| is " + mean + " of the output range");
        assertTrue(Agreement.top1(expected, actual) >= 0.95, precision + ": top-1 agreement " + Agreement.top1(expected, actual));
        assertEquals(3, report.changed().size());
        assertTrue(report.summary().contains("3 of 3 layers changed"), report.summary());
        assertTrue(report.variantBytes() < report.originalBytes(), "the variant is smaller");
        // random Gaussian weights: only the few that round to 0 in INT8 (or none in FP16) are zero
        assertTrue(report.weightSparsity() < 0.05, "weight sparsity " + report.weightSparsity());
    }

    @ParameterizedTest(name = "{0}, per-channel {1}")
    @MethodSource("precisions")
    void quantizedLayersKeepNoFp32WeightMatrix(Precision precision, boolean perChannel) throws Exception {
        Path target = dir.resolve("variant.onnx");
        transformer().transform(MlpModels.mlp(dir, 7, 64, 48, 32, 10), spec(precision, perChannel), calibration(), target);
        GraphFacts facts = GraphFacts.of(OnnxMl.ModelProto.parseFrom(Files.readAllBytes(target)));

        assertEquals(0, facts.matrices(OnnxMl.TensorProto.DataType.FLOAT), "FP32 weight matrices left");
        switch (precision) {
            case FP16 -> {
                assertEquals(3, facts.matrices(OnnxMl.TensorProto.DataType.FLOAT16));
                assertEquals(3, facts.ops("Cast"));
            }
            case INT8_DYNAMIC -> {
                assertEquals(3, facts.matrices(OnnxMl.TensorProto.DataType.INT8));
                assertEquals(3, facts.ops("DynamicQuantizeLinear"));
                assertEquals(3, facts.ops("MatMulInteger"));
                assertEquals(perChannel ? 3 : 0, facts.vectorsNamed("_w_scale"), "per-column weight scales");
            }
            case INT8_STATIC -> {
                assertEquals(3, facts.matrices(OnnxMl.TensorProto.DataType.INT8));
                assertTrue(facts.ops("QuantizeLinear") >= 3);
                assertEquals(perChannel ? 6 : 0, facts.dequantizeWithAxis(), "per-axis weights (3) and biases (3)");
                assertEquals(6, facts.tensors(OnnxMl.TensorProto.DataType.INT32), "every bias as INT32, with its zero point");
                assertEquals(3, facts.ops("Gemm"), "MatMul + Add fused into Gemm before quantizing");
                assertEquals(0, facts.ops("Add"));
                assertTrue(facts.opset() >= (perChannel ? 13 : 10));
            }
            case INT8_WEIGHTS -> {
                assertEquals(3, facts.matrices(OnnxMl.TensorProto.DataType.INT8));
                assertEquals(3, facts.ops("DequantizeLinear"));
                assertEquals(2, facts.ops("MatMul"));
                assertEquals(1, facts.ops("Gemm"));
            }
            default -> throw new AssertionError(precision);
        }
    }

    @Test
    void int8DynamicRunsEveryLayerAsAnIntegerKernelAndSaysSo() throws Exception {
        Path target = dir.resolve("dynamic.onnx");
        TransformReport report = transformer().transform(MlpModels.mlp(dir, 7, 64, 48, 32, 10),
                spec(Precision.INT8_DYNAMIC, true), null, target);
        assertThreeLayersRanAsIntegerKernels(target, report);
    }

    @Test
    void int8StaticRunsEveryLayerAsAnIntegerKernelAndSaysSo() throws Exception {
        Path target = dir.resolve("static.onnx");
        TransformReport report = transformer().transform(MlpModels.mlp(dir, 7, 64, 48, 32, 10),
                spec(Precision.INT8_STATIC, true), calibration(), target);
        assertThreeLayersRanAsIntegerKernels(target, report);
    }

    /** The three-layer MLP's variant: ONNX Runtime's optimised graph has three integer kernels, and the notes say so. */
    private static void assertThreeLayersRanAsIntegerKernels(Path target, TransformReport report) throws Exception {
        Map<String, Long> ops = Quantization.optimizedOpCounts(ORT, Files.readAllBytes(target));
        long integer = ops.entrySet().stream().filter(e -> IntegerKernels.INTEGER_OPS.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        assertEquals(3, integer, ops.toString());
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("ONNX Runtime ran 3 layers as integer kernels")),
                report.notes().toString());
    }

    @Test
    void int8StaticRunsTheMlpAsOneQGemmChainWithoutFp32StepsBetweenLayers() throws Exception {
        Path target = dir.resolve("static.onnx");
        TransformReport report = transformer().transform(MlpModels.mlp(dir, 7, 64, 48, 32, 10),
                spec(Precision.INT8_STATIC, false), calibration(), target);
        Map<String, Long> ops = Quantization.optimizedOpCounts(ORT, Files.readAllBytes(target));
        // the input quantized once; each layer's UINT8 output (Relu folded into its zero point) feeds the next
        assertEquals(Map.of("QuantizeLinear", 1L, "QGemm", 3L), ops);
        assertTrue(report.summary().contains("(Gemm x1, MatMul+Add x2)"), report.summary());
        assertEquals(List.of("MatMul+Add", "Gemm", "MatMul+Add"),
                report.changed().stream().map(LayerChange::op).toList());
    }

    @Test
    void int8StaticWithoutCalibrationRowsLeavesNoFile() throws Exception {
        Path target = dir.resolve("static.onnx");
        BadInputException e = assertThrows(BadInputException.class, () -> transformer().transform(
                MlpModels.mlp(dir, 7, 64, 48, 32, 10), spec(Precision.INT8_STATIC, false), null, target));
        assertTrue(e.getMessage().contains("INT8 static needs calibration rows from a dataset"), e.getMessage());
        assertFalse(Files.exists(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the source model is in the folder");
        }
    }

    @Test
    void percentileCalibrationAlsoAgreesWithFp32() throws Exception {
        Path source = MlpModels.mlp(dir, 7, 64, 48, 32, 10);
        Path target = dir.resolve("percentile.onnx");
        TransformSpec spec = new TransformSpec(Precision.INT8_STATIC, true, CalibrationMethod.PERCENTILE, 99.9, 300, 0,
                false, PruningScope.PER_LAYER);
        TransformReport report = transformer().transform(source, spec, calibration(), target);
        float[] rows = gaussian(ROWS * 64, 11);
        float[][] expected = ORT.run(source, rows, ROW, ROWS);
        assertTrue(Agreement.top1(expected, ORT.run(target, rows, ROW, ROWS)) >= 0.95);
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("99.9th percentile")), report.notes().toString());
    }
}
