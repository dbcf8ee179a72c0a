package org.inferscope.plugins.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class Dl4jOnnxExporterTest {

    private final Dl4jOnnxExporter exporter = new Dl4jOnnxExporter();

    @Test
    void reluNetworkGivesTheOutputsWorkedOutByHand() throws Exception {
        // row 1: [1,1]·W1 + b1 = [5.5,-13,9] -> relu [5.5,0,9] -> ·W2 + b2 = [-3.5+0.25, 18-0.5]
        // row 2: [2,-1]·W1 + b1 = [-1.5,-21,0] -> relu 0 -> b2
        float[][] out = OnnxRunner.run(exporter.toBytes(TinyNetworks.reluThenLinear()), new float[][] {{1, 1}, {2, -1}});
        assertArrayEquals(new float[] {-3.25f, 17.5f}, out[0]);
        assertArrayEquals(new float[] {0.25f, -0.5f}, out[1]);
    }

    @Test
    void softmaxRunsOverEachRowsUnits() throws Exception {
        float[][] out = OnnxRunner.run(exporter.toBytes(TinyNetworks.softmaxOfInput()),
                new float[][] {{0, (float) Math.log(3)}, {5, 5}});
        assertArrayEquals(new float[] {0.25f, 0.75f}, out[0], 1e-6f);
        assertArrayEquals(new float[] {0.5f, 0.5f}, out[1], 1e-6f);
    }

    @Test
    void everySupportedActivationAgreesWithDeeplearning4j() throws Exception {
        for (Activation a : List.of(Activation.IDENTITY, Activation.RELU, Activation.LEAKYRELU, Activation.TANH,
                Activation.SIGMOID, Activation.SOFTMAX)) {
            MultiLayerNetwork net = TinyNetworks.network(
                    new DenseLayer.Builder().nIn(3).nOut(4).activation(a).build(),
                    TinyNetworks.output(4, 2, a));
            float[][] rows = {{0.5f, -1, 2}, {-3, 0.25f, 1}, {0, 0, 0}};
            float[][] expected = net.output(Nd4j.create(rows)).toFloatMatrix();
            float[][] actual = OnnxRunner.run(exporter.toBytes(net), rows);
            for (int r = 0; r < rows.length; r++) {
                assertArrayEquals(expected[r], actual[r], 1e-6f, a + " row " + r);
            }
        }
    }

    @Test
    void modelHasNamedInputWithSymbolicBatchAndOpset13() {
        ModelProto model = exporter.export(TinyNetworks.reluThenLinear());
        assertEquals(13, model.getOpsetImport(0).getVersion());
        assertShape(model.getGraph().getInput(0), "input", 2);
        assertShape(model.getGraph().getOutput(0), "output", 2);
        assertEquals(List.of("MatMul", "Add", "Relu", "MatMul", "Add"),
                model.getGraph().getNodeList().stream().map(NodeProto::getOpType).toList());
        assertEquals(2 * 3 * Float.BYTES, model.getGraph().getInitializer(0).getRawData().size());
    }

    @Test
    void weightsAreWrittenRowMajorWhateverTheirOrder() {
        float[] data = {1, 2, 3, 4, 5, 6};
        INDArray c = Nd4j.create(data, new long[] {2, 3}, 'c');
        INDArray f = c.dup('f');
        assertArrayEquals(data, Dl4jOnnxExporter.rowMajor(c));
        assertArrayEquals(data, Dl4jOnnxExporter.rowMajor(f));
    }

    @Test
    void sameNetworkGivesTheSameBytes(@TempDir Path dir) throws Exception {
        exporter.write(TinyNetworks.reluThenLinear(), dir.resolve("a.onnx"));
        exporter.write(TinyNetworks.reluThenLinear(), dir.resolve("b.onnx"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.onnx")), Files.readAllBytes(dir.resolve("b.onnx")));
    }

    @Test
    void unsupportedLayerIsNamedInTheMessage() {
        MultiLayerNetwork net = TinyNetworks.network(
                new DenseLayer.Builder().nIn(2).nOut(3).activation(Activation.RELU).build(),
                new BatchNormalization.Builder().nOut(3).build(),
                TinyNetworks.output(3, 2, Activation.SOFTMAX));
        UnsupportedNetworkException e = assertThrows(UnsupportedNetworkException.class, () -> exporter.export(net));
        assertTrue(e.getMessage().contains("layer 1 (BatchNormalization)"), e.getMessage());
    }

    @Test
    void unsupportedActivationIsNamedWithItsLayer() {
        MultiLayerNetwork net = TinyNetworks.network(
                new DenseLayer.Builder().nIn(2).nOut(3).activation(Activation.ELU).name("hidden").build(),
                TinyNetworks.output(3, 2, Activation.SOFTMAX));
        UnsupportedNetworkException e = assertThrows(UnsupportedNetworkException.class, () -> exporter.export(net));
        assertTrue(e.getMessage().contains("layer 0 (DenseLayer \"hidden\")"), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("elu"), e.getMessage());
    }

    private static void assertShape(ValueInfoProto value, String name, long columns) {
        assertEquals(name, value.getName());
        List<TensorShapeProto.Dimension> dims = value.getType().getTensorType().getShape().getDimList();
        assertEquals("batch", dims.get(0).getDimParam());
        assertEquals(columns, dims.get(1).getDimValue());
    }
}
