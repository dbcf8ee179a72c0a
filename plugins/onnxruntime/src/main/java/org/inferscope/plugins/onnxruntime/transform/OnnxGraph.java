package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read access to one graph for the rewrites: initializers by name, each tensor's producer and
 * consumers, and float/int8 tensor conversions. Rebuild it after editing the graph.
 */
final class OnnxGraph {
    private final OnnxMl.GraphProto graph;
    private final Map<String, OnnxMl.TensorProto> initializers = new HashMap<>();
    private final Map<String, OnnxMl.NodeProto> producers = new HashMap<>();
    private final Map<String, List<OnnxMl.NodeProto>> consumers = new HashMap<>();

    OnnxGraph(OnnxMl.GraphProto graph) {
        this.graph = graph;
        for (OnnxMl.TensorProto t : graph.getInitializerList()) {
            initializers.put(t.getName(), t);
        }
        for (OnnxMl.NodeProto n : graph.getNodeList()) {
            for (String out : n.getOutputList()) {
                producers.put(out, n);
            }
            for (String in : n.getInputList()) {
                consumers.computeIfAbsent(in, k -> new ArrayList<>()).add(n);
            }
        }
    }

    OnnxMl.GraphProto proto() {
        return graph;
    }

    /** The initializer of that name, or null when the name is not a weight. */
    OnnxMl.TensorProto initializer(String name) {
        return initializers.get(name);
    }

    boolean isInitializer(String name) {
        return initializers.containsKey(name);
    }

    /** The node that produces a tensor, or null for graph inputs and initializers. */
    OnnxMl.NodeProto producer(String tensor) {
        return producers.get(tensor);
    }

    List<OnnxMl.NodeProto> consumers(String tensor) {
        return consumers.getOrDefault(tensor, List.of());
    }

    boolean isGraphOutput(String tensor) {
        return graph.getOutputList().stream().anyMatch(o -> o.getName().equals(tensor));
    }

    /** "name", or "Op#index" for an unnamed node, for reports. */
    String label(OnnxMl.NodeProto node) {
        return node.getName().isEmpty() ? node.getOpType() + "#" + graph.getNodeList().indexOf(node) : node.getName();
    }

    static long[] dims(OnnxMl.TensorProto t) {
        return t.getDimsList().stream().mapToLong(Long::longValue).toArray();
    }

    static long elementCount(OnnxMl.TensorProto t) {
        long n = 1;
        for (long d : t.getDimsList()) {
            n *= d;
        }
        return n;
    }

    /** A FLOAT tensor's values, from raw_data (little-endian) or float_data. */
    static float[] floats(OnnxMl.TensorProto t) {
        if (t.getDataType() != OnnxMl.TensorProto.DataType.FLOAT.getNumber()) {
            throw new IllegalArgumentException("tensor " + t.getName() + " is not FLOAT");
        }
        if (!t.getRawData().isEmpty()) {
            ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            float[] out = new float[raw.remaining() / Float.BYTES];
            raw.asFloatBuffer().get(out);
            return out;
        }
        float[] out = new float[t.getFloatDataCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.getFloatData(i);
        }
        return out;
    }

    static OnnxMl.TensorProto floatTensor(String name, long[] dims, float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return tensor(name, OnnxMl.TensorProto.DataType.FLOAT, dims, bytes.array());
    }

    /** INT8 (signed) or UINT8 values as one byte each. */
    static OnnxMl.TensorProto byteTensor(String name, OnnxMl.TensorProto.DataType type, long[] dims, byte[] values) {
        return tensor(name, type, dims, values);
    }

    /** IEEE half-precision values, two bytes each, little-endian. */
    static OnnxMl.TensorProto float16Tensor(String name, long[] dims, short[] halfBits) {
        ByteBuffer bytes = ByteBuffer.allocate(halfBits.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(halfBits);
        return tensor(name, OnnxMl.TensorProto.DataType.FLOAT16, dims, bytes.array());
    }

    private static OnnxMl.TensorProto tensor(String name, OnnxMl.TensorProto.DataType type, long[] dims, byte[] raw) {
        OnnxMl.TensorProto.Builder b = OnnxMl.TensorProto.newBuilder().setName(name).setDataType(type.getNumber())
                .setRawData(ByteString.copyFrom(raw));
        for (long d : dims) {
            b.addDims(d);
        }
        return b.build();
    }
}
