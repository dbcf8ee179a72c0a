package org.inferscope.plugins.onnxruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.ElementType;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.api.ValueKind;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelInfoTest {

    private final OnnxRuntimeProvider provider = new OnnxRuntimeProvider();

    private ModelInfo info(String model) {
        try (LoadedModel loaded = provider.load(RealCases.file("models/" + model))) {
            return loaded.info();
        }
    }

    @Test
    void cntkMnistHasAFixedBatchOfOne() {
        ModelInfo info = info("ort_mnist_cntk.onnx");
        TensorSpec input = info.inputs().get(0);
        assertEquals("Input3", input.name());
        assertEquals("FLOAT[1,1,28,28]", input.describe());
        assertTrue(input.hasFixedBatch());
        assertEquals("FLOAT[1,10]", info.outputs().get(0).describe());
        assertEquals(8, info.opset());
        assertEquals("CNTK", info.metadata().get("producer"));
        assertEquals("ONNX", info.format());
    }

    @Test
    void tribuoCnnNamesItsBatchDimension() {
        ModelInfo info = info("tribuo_cnn_mnist.onnx");
        TensorSpec input = info.inputs().get(0);
        assertEquals(List.of(-1L, 1L, 28L, 28L), input.shape());
        assertEquals("batch", input.dimensionNames().get(0));
        assertEquals("FLOAT[batch,1,28,28]", input.describe());
        assertEquals(784, input.elementsPerRow());
        assertEquals("output_probs", info.outputs().get(0).name());
        assertEquals(1L, info.opCounts().get("LogSoftmax"));
        assertTrue(info.parameterCount() > 20_000);
        assertEquals("pytorch", info.metadata().get("producer"));
    }

    @Test
    void tribuoLogisticRegressionHasAZipMapOutputAndIntegerLabels() {
        ModelInfo info = info("tribuo_lr_mnist.onnx");
        assertEquals("FLOAT[?,784]", info.inputs().get(0).describe());
        TensorSpec label = output(info, "output_label");
        assertEquals(ElementType.INT64, label.elementType());
        TensorSpec probabilities = output(info, "output_probability");
        assertEquals(ValueKind.SEQUENCE, probabilities.kind());
        assertEquals("sequence(map(int64,float))", probabilities.detail());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), info.classLabels());
        assertEquals(1L, info.opCounts().get("ZipMap"));
        assertEquals(9, info.opset());
        assertTrue(info.parameterCount() >= 7840, "LinearClassifier coefficients count as weights");
    }

    @Test
    void votingClassifierHasStringLabels() {
        ModelInfo info = info("ort_sklearn_voting_soft.onnx");
        assertEquals(ElementType.STRING, output(info, "output_label").elementType());
        assertEquals("sequence(map(string,float))", output(info, "output_probability").detail());
        assertEquals(List.of("A", "B"), info.classLabels());
    }

    @Test
    void treeEnsembleTakesDoubleInput() {
        ModelInfo info = info("ort_tree_ensemble_double.onnx");
        assertEquals("DOUBLE[?,4]", info.inputs().get(0).describe());
        assertEquals(ElementType.DOUBLE, info.outputs().get(0).elementType());
        assertEquals(16, info.opset());
    }

    @Test
    void lightResnetCountsItsOperators() {
        ModelInfo info = info("onnx_light_resnet50.onnx");
        assertEquals(53L, info.opCounts().get("Conv"));
        assertEquals(49L, info.opCounts().get("Relu"));
        assertEquals("FLOAT[1,3,224,224]", info.inputs().get(0).describe());
        assertEquals("FLOAT[1,1000]", info.outputs().get(0).describe());
    }

    @Test
    void everyRealModelLoads() {
        for (String model : List.of("onnx_light_squeezenet.onnx", "ort_cnn_mnist_pytorch.onnx",
                "ort_lr_mnist_scikit.onnx", "tribuo_iris_lr.onnx")) {
            ModelInfo info = info(model);
            assertFalse(info.inputs().isEmpty(), model);
            assertFalse(info.outputs().isEmpty(), model);
            assertTrue(info.fileSizeBytes() > 0, model);
        }
    }

    @Test
    void builtModelReportsWeightsProducerAndNamedBatch(@TempDir Path dir) throws Exception {
        try (LoadedModel loaded = provider.load(TinyModels.linearRegressor(dir))) {
            ModelInfo info = loaded.info();
            assertEquals("FLOAT[N,2]", info.inputs().get(0).describe());
            assertEquals(3, info.parameterCount());
            assertEquals(13, info.opset());
            assertEquals(1L, info.opCounts().get("MatMul"));
            assertEquals("inferscope-test", info.metadata().get("producer"));
        }
    }

    private static TensorSpec output(ModelInfo info, String name) {
        return info.outputs().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void classLabelsStatedInMetadataNameTheScoreColumns(@TempDir Path dir) throws Exception {
        Path plain = TinyModels.linearRegressor(dir);
        ai.onnx.proto.OnnxMl.ModelProto withLabels = ai.onnx.proto.OnnxMl.ModelProto
                .parseFrom(java.nio.file.Files.readAllBytes(plain)).toBuilder()
                .addMetadataProps(ai.onnx.proto.OnnxMl.StringStringEntryProto.newBuilder()
                        .setKey("class_labels").setValue("virginica, setosa,versicolor"))
                .build();
        Path file = java.nio.file.Files.write(dir.resolve("labelled.onnx"), withLabels.toByteArray());
        try (LoadedModel loaded = provider.load(file)) {
            assertEquals(java.util.List.of("virginica", "setosa", "versicolor"), loaded.info().classLabels());
        }
    }
}
