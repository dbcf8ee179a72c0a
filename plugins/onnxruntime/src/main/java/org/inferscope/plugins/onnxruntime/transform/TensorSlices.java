package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Row-major float tensors cut along one axis, for structured pruning. A {@code block} greater than 1
 * treats each run of {@code block} consecutive indices along the axis as one unit, which is how a
 * flattened channel appears to the layer after a Flatten.
 */
final class TensorSlices {

    /** A float tensor being edited: its shape and values. */
    record Values(long[] dims, float[] values) {
        static Values of(OnnxMl.TensorProto t) {
            return new Values(OnnxGraph.dims(t), OnnxGraph.floats(t));
        }

        OnnxMl.TensorProto toTensor(String name) {
            return OnnxGraph.floatTensor(name, dims, values);
        }
    }

    private TensorSlices() {
    }

    /** The sum of squares of each unit's values along {@code axis}. */
    static double[] sumOfSquares(Values t, int axis, int block) {
        int length = (int) t.dims()[axis];
        int inner = inner(t.dims(), axis);
        double[] sums = new double[length / block];
        float[] v = t.values();
        for (int i = 0; i < v.length; i++) {
            int unit = (i / inner) % length / block;
            sums[unit] += (double) v[i] * v[i];
        }
        return sums;
    }

    /** The tensor with only the units {@code keep} (ascending) along {@code axis}. */
    static Values keep(Values t, int axis, int[] keep, int block) {
        long[] dims = t.dims().clone();
        int length = (int) dims[axis];
        int inner = inner(dims, axis);
        int outer = t.values().length / (length * inner);
        int run = block * inner;
        dims[axis] = (long) keep.length * block;
        float[] out = new float[outer * keep.length * run];
        int to = 0;
        for (int o = 0; o < outer; o++) {
            for (int unit : keep) {
                System.arraycopy(t.values(), (o * length + unit * block) * inner, out, to, run);
                to += run;
            }
        }
        return new Values(dims, out);
    }

    private static int inner(long[] dims, int axis) {
        int inner = 1;
        for (int i = axis + 1; i < dims.length; i++) {
            inner *= (int) dims[i];
        }
        return inner;
    }

    /** An INT64 tensor's values (a Reshape shape), from raw_data or int64_data. */
    static long[] longs(OnnxMl.TensorProto t) {
        if (t.getDataType() != OnnxMl.TensorProto.DataType.INT64.getNumber()) {
            throw new IllegalArgumentException("tensor " + t.getName() + " is not INT64");
        }
        if (!t.getRawData().isEmpty()) {
            ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            long[] out = new long[raw.remaining() / Long.BYTES];
            raw.asLongBuffer().get(out);
            return out;
        }
        return t.getInt64DataList().stream().mapToLong(Long::longValue).toArray();
    }

    /** The same INT64 tensor (name, dims) holding {@code values}, as raw_data. */
    static OnnxMl.TensorProto withLongs(OnnxMl.TensorProto t, long[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asLongBuffer().put(values);
        return t.toBuilder().clearInt64Data().setRawData(ByteString.copyFrom(bytes.array())).build();
    }
}
