package org.inferscope.plugins.onnxruntime;

import ai.onnx.proto.OnnxMl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small ONNX models built in the test with the protobuf builders, so their outputs are known exactly. */
final class TinyModels {

    static final int FLOAT = OnnxMl.TensorProto.DataType.FLOAT.getNumber();
    static final int STRING = OnnxMl.TensorProto.DataType.STRING.getNumber();

    private TinyModels() {
    }

    /** y = x · [[2], [3]] + 0.5, with x FLOAT[N,2] and y FLOAT[N,1]. */
    static Path linearRegressor(Path dir) throws IOException {
        OnnxMl.GraphProto graph = OnnxMl.GraphProto.newBuilder()
                .setName("linear")
                .addInput(tensor("x", FLOAT, "N", 2))
                .addOutput(tensor("y", FLOAT, "N", 1))
                .addInitializer(floats("w", new long[] {2, 1}, 2f, 3f))
                .addInitializer(floats("b", new long[] {1}, 0.5f))
                .addNode(node("MatMul", "xw", "x", "w"))
                .addNode(node("Add", "y", "xw", "b"))
                .build();
        return write(dir.resolve("linear.onnx"), graph);
    }

    /** Two required inputs a FLOAT[?,4] and b FLOAT[?,2], concatenated. */
    static Path twoInputs(Path dir) throws IOException {
        OnnxMl.GraphProto graph = OnnxMl.GraphProto.newBuilder()
                .setName("two")
                .addInput(tensor("a", FLOAT, null, 4))
                .addInput(tensor("b", FLOAT, null, 2))
                .addOutput(tensor("c", FLOAT, null, 6))
                .addNode(node("Concat", "c", "a", "b").toBuilder()
                        .addAttribute(OnnxMl.AttributeProto.newBuilder().setName("axis").setI(1)
                                .setType(OnnxMl.AttributeProto.AttributeType.INT)))
                .build();
        return write(dir.resolve("two_inputs.onnx"), graph);
    }

    /** One STRING input passed through. */
    static Path stringInput(Path dir) throws IOException {
        OnnxMl.GraphProto graph = OnnxMl.GraphProto.newBuilder()
                .setName("strings")
                .addInput(tensor("s", STRING, null, 1))
                .addOutput(tensor("t", STRING, null, 1))
                .addNode(node("Identity", "t", "s"))
                .build();
        return write(dir.resolve("strings.onnx"), graph);
    }

    private static Path write(Path file, OnnxMl.GraphProto graph) throws IOException {
        OnnxMl.ModelProto model = OnnxMl.ModelProto.newBuilder()
                .setIrVersion(8)
                .setProducerName("inferscope-test")
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(13))
                .setGraph(graph)
                .build();
        Files.write(file, model.toByteArray());
        return file;
    }

    private static OnnxMl.NodeProto node(String op, String output, String... inputs) {
        OnnxMl.NodeProto.Builder b = OnnxMl.NodeProto.newBuilder().setOpType(op).setName(output + "_node")
                .addOutput(output);
        for (String input : inputs) {
            b.addInput(input);
        }
        return b.build();
    }

    private static OnnxMl.TensorProto floats(String name, long[] dims, float... values) {
        OnnxMl.TensorProto.Builder t = OnnxMl.TensorProto.newBuilder().setName(name).setDataType(FLOAT);
        for (long d : dims) {
            t.addDims(d);
        }
        for (float v : values) {
            t.addFloatData(v);
        }
        return t.build();
    }

    /** A [batch, width] tensor; a null batch name leaves the first dimension unnamed and free. */
    private static OnnxMl.ValueInfoProto tensor(String name, int type, String batchName, long width) {
        OnnxMl.TensorShapeProto.Dimension.Builder batch = OnnxMl.TensorShapeProto.Dimension.newBuilder();
        if (batchName != null) {
            batch.setDimParam(batchName);
        }
        OnnxMl.TensorShapeProto shape = OnnxMl.TensorShapeProto.newBuilder()
                .addDim(batch)
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(width))
                .build();
        OnnxMl.TypeProto.Tensor tensorType = OnnxMl.TypeProto.Tensor.newBuilder()
                .setElemType(type).setShape(shape).build();
        return OnnxMl.ValueInfoProto.newBuilder().setName(name)
                .setType(OnnxMl.TypeProto.newBuilder().setTensorType(tensorType)).build();
    }
}
