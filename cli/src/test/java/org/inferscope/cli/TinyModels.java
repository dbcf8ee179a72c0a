package org.inferscope.cli;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small ONNX models with known weights, written by the tests, so expected outputs can be computed by hand. */
final class TinyModels {
    private TinyModels() {
    }

    /** y = x · w + b with x FLOAT[?,in] and w of shape [in, out]. */
    static Path linear(Path file, float[][] w, float[] b) throws IOException {
        int in = w.length;
        int out = b.length;
        float[] flat = new float[in * out];
        for (int i = 0; i < in; i++) {
            System.arraycopy(w[i], 0, flat, i * out, out);
        }
        OnnxMl.GraphProto graph = OnnxMl.GraphProto.newBuilder().setName("linear")
                .addInput(valueInfo("x", in)).addOutput(valueInfo("y", out))
                .addInitializer(tensor("w", flat, in, out)).addInitializer(tensor("b", b, out))
                .addNode(OnnxMl.NodeProto.newBuilder().setOpType("MatMul").addInput("x").addInput("w").addOutput("xw"))
                .addNode(OnnxMl.NodeProto.newBuilder().setOpType("Add").addInput("xw").addInput("b").addOutput("y"))
                .build();
        OnnxMl.ModelProto model = OnnxMl.ModelProto.newBuilder().setIrVersion(8).setProducerName("inferscope-tests")
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(13))
                .setGraph(graph).build();
        Files.write(file, model.toByteArray());
        return file;
    }

    private static OnnxMl.ValueInfoProto valueInfo(String name, int width) {
        OnnxMl.TensorShapeProto shape = OnnxMl.TensorShapeProto.newBuilder()
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam("batch"))
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(width)).build();
        return OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(OnnxMl.TypeProto.newBuilder()
                .setTensorType(OnnxMl.TypeProto.Tensor.newBuilder()
                        .setElemType(OnnxMl.TensorProto.DataType.FLOAT.getNumber()).setShape(shape))).build();
    }

    private static OnnxMl.TensorProto tensor(String name, float[] values, int... dims) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            bytes.putFloat(v);
        }
        OnnxMl.TensorProto.Builder t = OnnxMl.TensorProto.newBuilder().setName(name)
                .setDataType(OnnxMl.TensorProto.DataType.FLOAT.getNumber())
                .setRawData(ByteString.copyFrom(bytes.array()));
        for (int d : dims) {
            t.addDims(d);
        }
        return t.build();
    }
}
