package org.inferscope.plugins.onnxruntime.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MatMul + Add into Gemm on the 64-48-32-10 test MLP (fc1 and fc3 are MatMul + Add, fc2 is already a
 * Gemm), and the cases it must leave alone.
 */
class MatMulAddFusionTest {
    static final TestOrt ORT = QuantizationTest.ORT;

    @TempDir
    Path dir;

    @Test
    void bothMatMulAddPairsBecomeGemmsAndTheLogSaysWhich() throws Exception {
        OnnxMl.ModelProto source = read(MlpModels.mlp(dir, 7, 64, 48, 32, 10));
        TransformLog log = new TransformLog();
        OnnxMl.ModelProto fused = MatMulAddFusion.apply(source, log);

        GraphFacts facts = GraphFacts.of(fused);
        assertEquals(3, facts.ops("Gemm"));
        assertEquals(0, facts.ops("MatMul"));
        assertEquals(0, facts.ops("Add"));
        OnnxMl.NodeProto fc1 = fused.getGraph().getNode(0);
        assertEquals(List.of("x", "w1", "b1"), fc1.getInputList());
        assertEquals(List.of("h1_pre"), fc1.getOutputList(), "the Gemm writes what the Add wrote");
        assertTrue(MatMulAddFusion.isFused(fc1));
        assertEquals(2, fused.getGraph().getNodeList().stream().filter(MatMulAddFusion::isFused).count(),
                "the Gemm that was one already is not marked");
        assertEquals(List.of("Fused MatMul + Add into Gemm (fc1 + fc1_bias, fc3 + fc3_bias), so that the bias is added"
                + " inside the integer kernel; the FP32 results are the same"), log.notes());
    }

    @Test
    void fusedModelGivesTheSameOutputsAsTheOriginal() throws Exception {
        Path source = MlpModels.mlp(dir, 7, 64, 48, 32, 10);
        Path target = dir.resolve("fused.onnx");
        Files.write(target, MatMulAddFusion.apply(read(source), new TransformLog()).toByteArray());

        float[] rows = QuantizationTest.gaussian(256 * 64, 11);
        float[][] expected = ORT.run(source, rows, QuantizationTest.ROW, 256);
        float[][] actual = ORT.run(target, rows, QuantizationTest.ROW, 256);
        double relative = Agreement.maxAbsDiff(expected, actual) / Agreement.range(expected);
        assertTrue(relative < 1e-5, "max |diff| is " + relative + " of the output range");
        assertEquals(1.0, Agreement.top1(expected, actual));
    }

    @Test
    void matMulWhoseOutputIsAlsoReadElsewhereStays() throws Exception {
        OnnxMl.ModelProto source = read(MlpModels.mlp(dir, 7, 64, 48, 32, 10));
        OnnxMl.GraphProto.Builder g = source.getGraph().toBuilder()
                .addNode(Nodes.node("Identity", "tap", List.of("h1_mm"), List.of("h1_mm_copy")))
                .addOutput(source.getGraph().getOutput(0).toBuilder().setName("h1_mm_copy"));
        OnnxMl.ModelProto fused = MatMulAddFusion.apply(source.toBuilder().setGraph(g).build(), new TransformLog());

        assertEquals(1, GraphFacts.of(fused).ops("MatMul"), "fc1 stays: its product has a second reader");
        assertEquals(2, GraphFacts.of(fused).ops("Gemm"));
    }

    @Test
    void matMulOnAnInputOfUnknownOrHigherRankStays() throws Exception {
        OnnxMl.ModelProto source = read(MlpModels.mlp(dir, 7, 64, 48, 32, 10));
        OnnxMl.ValueInfoProto x = source.getGraph().getInput(0);
        OnnxMl.TypeProto.Builder threeD = x.getType().toBuilder();
        threeD.getTensorTypeBuilder().getShapeBuilder().addDim(0, OnnxMl.TensorShapeProto.Dimension.newBuilder()
                .setDimValue(2));
        OnnxMl.GraphProto g = source.getGraph().toBuilder().setInput(0, x.toBuilder().setType(threeD)).build();
        TransformLog log = new TransformLog();
        OnnxMl.ModelProto fused = MatMulAddFusion.apply(source.toBuilder().setGraph(g).build(), log);

        assertEquals(1, GraphFacts.of(fused).ops("MatMul"), "fc1 on a 3-D input stays a MatMul (Gemm takes 2-D only)");
        assertEquals("Not fused into Gemm, because their input is not known to be 2-D (fc1 + fc1_bias): each such"
                + " layer's bias is added in FP32 after its integer MatMul", log.notes().get(0));
        assertEquals(1, GraphFacts.of(fused).ops("Add"));
        assertEquals(2, GraphFacts.of(fused).ops("Gemm"), "fc3 reads Relu(Gemm), which is 2-D");
    }

    @Test
    void addOfAComputedTensorStays() throws Exception {
        OnnxMl.ModelProto source = read(MlpModels.mlp(dir, 7, 64, 48, 32, 10));
        OnnxMl.GraphProto.Builder g = source.getGraph().toBuilder();
        for (int i = 0; i < g.getNodeCount(); i++) {
            if (g.getNode(i).getName().equals("fc3_bias")) {
                g.setNode(i, g.getNode(i).toBuilder().setInput(1, "y_mm"));
            }
        }
        OnnxMl.ModelProto changed = source.toBuilder().setGraph(g).build();
        OnnxMl.ModelProto fused = MatMulAddFusion.apply(changed, new TransformLog());

        assertEquals(1, GraphFacts.of(fused).ops("MatMul"), "fc3's Add adds the product to itself: no bias to fuse");
    }

    @Test
    void aModelWithNothingToFuseIsReturnedAsItIs() throws Exception {
        OnnxMl.ModelProto once = MatMulAddFusion.apply(read(MlpModels.mlp(dir, 7, 64, 48, 32, 10)), new TransformLog());
        TransformLog log = new TransformLog();
        assertSame(once, MatMulAddFusion.apply(once, log));
        assertTrue(log.notes().isEmpty());
    }

    private static OnnxMl.ModelProto read(Path file) throws Exception {
        return OnnxMl.ModelProto.parseFrom(Files.readAllBytes(file));
    }
}
