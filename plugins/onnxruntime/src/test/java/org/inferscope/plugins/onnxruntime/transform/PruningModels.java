package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/** MLPs and a small CNN built with the ONNX protobuf builders, seeded weights; and a way to run them. */
final class PruningModels {

    static final int FLOAT = OnnxMl.TensorProto.DataType.FLOAT.getNumber();
    static final int INT64 = OnnxMl.TensorProto.DataType.INT64.getNumber();

    private PruningModels() {
    }

    static OrtAccess ort() {
        return new OrtAccess() {
            @Override
            public OrtEnvironment environment() {
                return OrtEnvironment.getEnvironment();
            }

            @Override
            public OrtSession.SessionOptions sessionOptions() {
                return new OrtSession.SessionOptions();
            }
        };
    }

    /** x FLOAT[N, sizes[0]] → (MatMul → Add → Relu)* → MatMul → Add → y; weights w0, w1, ..., biases b0, ... */
    static OnnxMl.ModelProto mlp(long seed, int... sizes) {
        Random random = new Random(seed);
        OnnxMl.GraphProto.Builder g = OnnxMl.GraphProto.newBuilder().setName("mlp")
                .addInput(value("x", sizes[0])).addOutput(value("y", sizes[sizes.length - 1]));
        String x = "x";
        for (int i = 0; i + 1 < sizes.length; i++) {
            boolean last = i + 2 == sizes.length;
            g.addInitializer(random("w" + i, random, sizes[i], sizes[i + 1]));
            g.addInitializer(random("b" + i, random, sizes[i + 1]));
            g.addNode(node("MatMul", "mm" + i, x, "w" + i));
            g.addNode(node("Add", last ? "y" : "pre" + i, "mm" + i, "b" + i));
            if (!last) {
                g.addNode(node("Relu", "h" + i, "pre" + i));
                g.addValueInfo(value("h" + i, sizes[i + 1]));
                x = "h" + i;
            }
        }
        return model(g);
    }

    /** The same as {@link #mlp} with Gemm(transB=1) layers: weights [out, in], bias as Gemm's C. */
    static OnnxMl.ModelProto gemmMlp(long seed, int... sizes) {
        Random random = new Random(seed);
        OnnxMl.GraphProto.Builder g = OnnxMl.GraphProto.newBuilder().setName("gemm_mlp")
                .addInput(value("x", sizes[0])).addOutput(value("y", sizes[sizes.length - 1]));
        String x = "x";
        for (int i = 0; i + 1 < sizes.length; i++) {
            boolean last = i + 2 == sizes.length;
            g.addInitializer(random("w" + i, random, sizes[i + 1], sizes[i]));
            g.addInitializer(random("b" + i, random, sizes[i + 1]));
            g.addNode(node("Gemm", last ? "y" : "pre" + i, x, "w" + i, "b" + i).toBuilder()
                    .addAttribute(intAttribute("transB", 1)));
            if (!last) {
                g.addNode(node("Tanh", "h" + i, "pre" + i));
                x = "h" + i;
            }
        }
        return model(g);
    }

    /**
     * x FLOAT[N,1,10,10] → Conv(8 filters, 3x3, bias) → Relu → MaxPool 2 → Conv(16, 3x3, bias) → Relu
     * → Reshape to [-1, 64] (a Constant node) → Gemm(transB=1, 10 outputs) → y.
     */
    static OnnxMl.ModelProto cnn(long seed) {
        Random random = new Random(seed);
        OnnxMl.TensorProto shape = OnnxMl.TensorProto.newBuilder().setName("shape").setDataType(INT64)
                .addDims(2).addInt64Data(-1).addInt64Data(64).build();
        OnnxMl.GraphProto.Builder g = OnnxMl.GraphProto.newBuilder().setName("cnn")
                .addInput(value("x", 1, 10, 10)).addOutput(value("y", 10))
                .addInitializer(random("c1.w", random, 8, 1, 3, 3)).addInitializer(random("c1.b", random, 8))
                .addInitializer(random("c2.w", random, 16, 8, 3, 3)).addInitializer(random("c2.b", random, 16))
                .addInitializer(random("fc.w", random, 10, 64)).addInitializer(random("fc.b", random, 10))
                .addNode(node("Conv", "c1", "x", "c1.w", "c1.b"))
                .addNode(node("Relu", "r1", "c1"))
                .addNode(node("MaxPool", "p1", "r1").toBuilder().addAttribute(intsAttribute("kernel_shape", 2, 2))
                        .addAttribute(intsAttribute("strides", 2, 2)))
                .addNode(node("Conv", "c2", "p1", "c2.w", "c2.b"))
                .addNode(node("Relu", "r2", "c2"))
                .addNode(node("Constant", "shape").toBuilder().addAttribute(OnnxMl.AttributeProto.newBuilder()
                        .setName("value").setType(OnnxMl.AttributeProto.AttributeType.TENSOR).setT(shape)))
                .addNode(node("Reshape", "flat", "r2", "shape"))
                .addNode(node("Gemm", "y", "flat", "fc.w", "fc.b").toBuilder().addAttribute(intAttribute("transB", 1)))
                .addValueInfo(value("p1", 8, 4, 4)).addValueInfo(value("flat", 64));
        return model(g);
    }

    static OnnxMl.ModelProto model(OnnxMl.GraphProto.Builder graph) {
        return OnnxMl.ModelProto.newBuilder().setIrVersion(8).setProducerName("inferscope-test")
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(13))
                .setGraph(graph).build();
    }

    static Path write(Path file, OnnxMl.ModelProto model) throws IOException {
        Files.write(file, model.toByteArray());
        return file;
    }

    static OnnxMl.ModelProto read(Path file) throws IOException {
        return OnnxMl.ModelProto.parseFrom(Files.readAllBytes(file));
    }

    static OnnxMl.TensorProto initializer(OnnxMl.ModelProto model, String name) {
        return model.getGraph().getInitializerList().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    static float[] weights(OnnxMl.ModelProto model, String name) {
        return OnnxGraph.floats(initializer(model, name));
    }

    static long[] dims(OnnxMl.ModelProto model, String name) {
        return OnnxGraph.dims(initializer(model, name));
    }

    static long zeros(float[] values) {
        long zeros = 0;
        for (float v : values) {
            zeros += v == 0f ? 1 : 0;
        }
        return zeros;
    }

    /** Runs the model's first input on {@code values} shaped {@code shape}; returns the first output, flat. */
    static float[] run(byte[] model, float[] values, long... shape) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = ort().open(model);
             OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(values), shape);
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), input))) {
            return ((OnnxTensor) result.get(0)).getFloatBuffer().array();
        }
    }

    static float[] randomInput(long seed, int count) {
        Random random = new Random(seed);
        float[] v = new float[count];
        for (int i = 0; i < count; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    static OnnxMl.TensorProto random(String name, Random random, long... dims) {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        float[] v = new float[(int) n];
        double scale = dims.length == 1 ? 0.1 : Math.sqrt(2.0 / (n / dims[0]));
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextGaussian() * scale);
        }
        return OnnxGraph.floatTensor(name, dims, v);
    }

    static OnnxMl.NodeProto node(String op, String output, String... inputs) {
        OnnxMl.NodeProto.Builder b = OnnxMl.NodeProto.newBuilder().setOpType(op).setName(output + "_node")
                .addOutput(output);
        for (String input : inputs) {
            b.addInput(input);
        }
        return b.build();
    }

    static OnnxMl.AttributeProto intAttribute(String name, long value) {
        return OnnxMl.AttributeProto.newBuilder().setName(name).setType(OnnxMl.AttributeProto.AttributeType.INT)
                .setI(value).build();
    }

    private static OnnxMl.AttributeProto intsAttribute(String name, long... values) {
        OnnxMl.AttributeProto.Builder b = OnnxMl.AttributeProto.newBuilder().setName(name)
                .setType(OnnxMl.AttributeProto.AttributeType.INTS);
        for (long v : values) {
            b.addInts(v);
        }
        return b.build();
    }

    /** A FLOAT [N, dims...] value with a free batch dimension. */
    static OnnxMl.ValueInfoProto value(String name, long... dims) {
        OnnxMl.TensorShapeProto.Builder shape = OnnxMl.TensorShapeProto.newBuilder()
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam("N"));
        for (long d : dims) {
            shape.addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        OnnxMl.TypeProto.Tensor type = OnnxMl.TypeProto.Tensor.newBuilder().setElemType(FLOAT).setShape(shape).build();
        return OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(OnnxMl.TypeProto.newBuilder()
                .setTensorType(type)).build();
    }
}
