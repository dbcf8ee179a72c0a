package org.inferscope.plugins.onnxruntime;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.inferscope.engine.api.ElementType;
import org.inferscope.engine.spi.InputBatch;

/**
 * Input tensors kept per batch shape. Each is an ONNX Runtime tensor over a direct buffer that ORT
 * reads in place, so a batch costs one copy of its values and no native allocation; the engine's
 * runs use one or two shapes (the batch size and the last, shorter batch). Not thread-safe.
 */
final class InputTensors implements AutoCloseable {

    private static final int MAX_SHAPES = 4;

    private final OrtEnvironment env;
    private final String inputName;
    private final ElementType type;
    private final Map<Integer, Fed> byRows = new HashMap<>();

    /** A cached tensor, its buffer, and the feed map handed to {@code OrtSession.run}. */
    private record Fed(long[] shape, ByteBuffer buffer, OnnxTensor tensor, Map<String, OnnxTensor> feed) {
    }

    InputTensors(OrtEnvironment env, String inputName, ElementType type) {
        this.env = env;
        this.inputName = inputName;
        this.type = type;
    }

    /** The feed map for this batch, its values copied in (converted to the input's type). */
    Map<String, OnnxTensor> feed(InputBatch batch) throws OrtException {
        Fed fed = byRows.get(batch.rows());
        if (fed == null || !Arrays.equals(fed.shape(), batch.shape())) {
            fed = create(batch.shape(), batch.rows());
        }
        copy(batch, fed.buffer());
        return fed.feed();
    }

    private Fed create(long[] shape, int rows) throws OrtException {
        if (byRows.size() >= MAX_SHAPES) {
            close();
        }
        Fed old = byRows.remove(rows);
        if (old != null) {
            old.tensor().close();
        }
        long elements = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        ByteBuffer buffer = ByteBuffer.allocateDirect(Math.toIntExact(elements * bytesPerElement()))
                .order(ByteOrder.nativeOrder());
        long[] dims = shape.clone();
        OnnxTensor tensor = switch (type) {
            case DOUBLE -> OnnxTensor.createTensor(env, buffer.asDoubleBuffer(), dims);
            case INT64 -> OnnxTensor.createTensor(env, buffer.asLongBuffer(), dims);
            case INT32 -> OnnxTensor.createTensor(env, buffer.asIntBuffer(), dims);
            default -> OnnxTensor.createTensor(env, buffer.asFloatBuffer(), dims);
        };
        Fed fed = new Fed(dims, buffer, tensor, Map.of(inputName, tensor));
        byRows.put(rows, fed);
        return fed;
    }

    private int bytesPerElement() {
        return type == ElementType.DOUBLE || type == ElementType.INT64 ? 8 : 4;
    }

    private void copy(InputBatch batch, ByteBuffer buffer) {
        float[] values = batch.values();
        int from = batch.offset();
        int n = batch.elementCount();
        switch (type) {
            case DOUBLE -> {
                var out = buffer.asDoubleBuffer();
                for (int i = 0; i < n; i++) {
                    out.put(i, values[from + i]);
                }
            }
            case INT64 -> {
                var out = buffer.asLongBuffer();
                for (int i = 0; i < n; i++) {
                    out.put(i, Math.round((double) values[from + i]));
                }
            }
            case INT32 -> {
                var out = buffer.asIntBuffer();
                for (int i = 0; i < n; i++) {
                    out.put(i, Math.round(values[from + i]));
                }
            }
            default -> buffer.asFloatBuffer().put(values, from, n);
        }
    }

    @Override
    public void close() {
        byRows.values().forEach(f -> f.tensor().close());
        byRows.clear();
    }
}
