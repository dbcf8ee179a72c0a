package org.inferscope.benchmarks;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a dense ReLU MLP as an ONNX file (MatMul + Add per layer, Softmax at the end) with seeded
 * random weights. For speed measurements only: its accuracy means nothing.
 */
final class MlpModel {
    private MlpModel() {
    }

    static void write(Path file, long seed, int... widths) throws IOException {
        Random random = new Random(seed);
        OnnxMl.GraphProto.Builder graph = OnnxMl.GraphProto.newBuilder().setName("mlp");
        graph.addInput(valueInfo("x", widths[0]));
        String current = "x";
        for (int layer = 0; layer + 1 < widths.length; layer++) {
            int in = widths[layer];
            int out = widths[layer + 1];
            String w = "w" + layer;
            String b = "b" + layer;
            graph.addInitializer(tensor(w, random, (float) Math.sqrt(2.0 / in), in, out));
            graph.addInitializer(tensor(b, random, 0.01f, out));
            graph.addNode(node("MatMul", current, w, "mm" + layer));
            graph.addNode(node("Add", "mm" + layer, b, "z" + layer));
            boolean last = layer + 2 == widths.length;
            current = last ? "z" + layer : "h" + layer;
            if (!last) {
                graph.addNode(OnnxMl.NodeProto.newBuilder().setOpType("Relu").addInput("z" + layer)
                        .addOutput(current).setName("relu" + layer));
            }
        }
        graph.addNode(OnnxMl.NodeProto.newBuilder().setOpType("Softmax").addInput(current).addOutput("probs")
                .setName("softmax"));
        graph.addOutput(valueInfo("probs", widths[widths.length - 1]));
        OnnxMl.ModelProto model = OnnxMl.ModelProto.newBuilder().setIrVersion(8).setProducerName("inferscope-benchmarks")
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(13))
                .setGraph(graph).build();
        Files.write(file, model.toByteArray());
    }

    private static OnnxMl.NodeProto.Builder node(String op, String a, String b, String out) {
        return OnnxMl.NodeProto.newBuilder().setOpType(op).addInput(a).addInput(b).addOutput(out).setName(out);
    }

    private static OnnxMl.ValueInfoProto valueInfo(String name, int width) {
        OnnxMl.TensorShapeProto shape = OnnxMl.TensorShapeProto.newBuilder()
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam("batch"))
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(width)).build();
        OnnxMl.TypeProto type = OnnxMl.TypeProto.newBuilder().setTensorType(OnnxMl.TypeProto.Tensor.newBuilder()
                .setElemType(OnnxMl.TensorProto.DataType.FLOAT.getNumber()).setShape(shape)).build();
        return OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(type).build();
    }

    private static OnnxMl.TensorProto tensor(String name, Random random, float scale, int... dims) {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        ByteBuffer bytes = ByteBuffer.allocate(n * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            bytes.putFloat((float) random.nextGaussian() * scale);
        }
        OnnxMl.TensorProto.Builder t = OnnxMl.TensorProto.newBuilder().setName(name)
                .setDataType(OnnxMl.TensorProto.DataType.FLOAT.getNumber()).setRawData(ByteString.copyFrom(bytes.array()));
        for (int d : dims) {
            t.addDims(d);
        }
        return t.build();
    }
}
