package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Small MLPs with seeded random weights, built with the protobuf builders: layer 1 MatMul + Add,
 * layer 2 Gemm with transB=1 and a bias, layer 3 MatMul + Add, ReLU between them.
 */
final class MlpModels {
    static final int FLOAT = OnnxMl.TensorProto.DataType.FLOAT.getNumber();

    private MlpModels() {
    }

    /** widths[0] inputs, widths[3] outputs; input "x" FLOAT[N, widths[0]], output "y". */
    static Path mlp(Path dir, long seed, int... widths) throws IOException {
        Random random = new Random(seed);
        int in = widths[0];
        int h1 = widths[1];
        int h2 = widths[2];
        int out = widths[3];
        OnnxMl.GraphProto graph = OnnxMl.GraphProto.newBuilder().setName("mlp")
                .addInput(tensor("x", in)).addOutput(tensor("y", out))
                .addInitializer(weights("w1", random, in, h1)).addInitializer(weights("b1", random, h1))
                .addInitializer(weights("w2", random, h2, h1)).addInitializer(weights("b2", random, h2))
                .addInitializer(weights("w3", random, h2, out)).addInitializer(weights("b3", random, out))
                .addNode(node("MatMul", "fc1", List.of("x", "w1"), "h1_mm"))
                .addNode(node("Add", "fc1_bias", List.of("h1_mm", "b1"), "h1_pre"))
                .addNode(node("Relu", "relu1", List.of("h1_pre"), "h1"))
                .addNode(node("Gemm", "fc2", List.of("h1", "w2", "b2"), "h2_pre").toBuilder()
                        .addAttribute(Nodes.intAttr("transB", 1)).build())
                .addNode(node("Relu", "relu2", List.of("h2_pre"), "h2"))
                .addNode(node("MatMul", "fc3", List.of("h2", "w3"), "y_mm"))
                .addNode(node("Add", "fc3_bias", List.of("y_mm", "b3"), "y"))
                .build();
        OnnxMl.ModelProto model = OnnxMl.ModelProto.newBuilder().setIrVersion(8).setProducerName("inferscope-test")
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(13))
                .setGraph(graph).build();
        Path file = dir.resolve("mlp-" + seed + ".onnx");
        Files.write(file, model.toByteArray());
        return file;
    }

    /** He-style scale so activations neither vanish nor explode. */
    private static OnnxMl.TensorProto weights(String name, Random random, int... dims) {
        int n = 1;
        long[] d = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            n *= dims[i];
            d[i] = dims[i];
        }
        double scale = dims.length == 1 ? 0.1 : Math.sqrt(2.0 / Math.min(dims[0], dims[1]));
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (random.nextGaussian() * scale);
        }
        return OnnxGraph.floatTensor(name, d, v);
    }

    private static OnnxMl.NodeProto node(String op, String name, List<String> inputs, String output) {
        return Nodes.node(op, name, inputs, List.of(output));
    }

    private static OnnxMl.ValueInfoProto tensor(String name, long width) {
        OnnxMl.TensorShapeProto shape = OnnxMl.TensorShapeProto.newBuilder()
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam("N"))
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(width)).build();
        return OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(OnnxMl.TypeProto.newBuilder()
                .setTensorType(OnnxMl.TypeProto.Tensor.newBuilder().setElemType(FLOAT).setShape(shape))).build();
    }
}
