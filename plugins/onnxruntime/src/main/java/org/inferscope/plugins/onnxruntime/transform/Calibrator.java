package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;

/**
 * Runs the FP32 model in ONNX Runtime over calibration rows, with the activations to quantize added
 * as graph outputs, and returns each activation's range: min/max, or clipped to the requested
 * percentile of |x| (a second pass fills the histograms).
 */
final class Calibrator {
    private static final int BATCH = 64;
    private final OrtAccess ort;

    Calibrator(OrtAccess ort) {
        this.ort = ort;
    }

    /** [lo, hi] per tensor name. */
    Map<String, float[]> ranges(OnnxMl.ModelProto model, Set<String> tensors, CalibrationData data, TransformSpec spec) {
        int rows = Math.min(spec.calibrationRows(), data.rows());
        check(model, data, rows);
        Map<String, ActivationRange> ranges = new LinkedHashMap<>();
        tensors.forEach(t -> ranges.put(t, new ActivationRange()));
        try (OrtSession session = ort.open(withOutputs(model, tensors).toByteArray())) {
            int batch = batchSize(model, data.inputName());
            run(session, data, rows, batch, (name, values) -> {
                if (ranges.containsKey(name)) {
                    ranges.get(name).observe(values);
                }
            });
            if (spec.calibration() == CalibrationMethod.PERCENTILE) {
                run(session, data, rows, batch, (name, values) -> {
                    if (ranges.containsKey(name)) {
                        ranges.get(name).observeMagnitudes(values);
                    }
                });
            }
        } catch (OrtException e) {
            throw new BadInputException("Calibration failed: ONNX Runtime could not run the model on the calibration rows ("
                    + e.getMessage().strip().split("\n")[0] + "); check that the dataset matches the model's input.", e);
        }
        Map<String, float[]> out = new LinkedHashMap<>();
        ranges.forEach((name, r) -> out.put(name, spec.calibration() == CalibrationMethod.PERCENTILE
                ? r.clipped(spec.percentile()) : r.minMax()));
        return out;
    }

    private void run(OrtSession session, CalibrationData data, int rows, int batch,
                            BiConsumer<String, FloatBuffer> sink) throws OrtException {
        int perRow = perRow(data);
        for (int start = 0; start < rows; start += batch) {
            int n = Math.min(batch, rows - start);
            FloatBuffer slice = FloatBuffer.wrap(data.values(), start * perRow, n * perRow).slice();
            long[] shape = new long[data.rowShape().length + 1];
            shape[0] = n;
            System.arraycopy(data.rowShape(), 0, shape, 1, data.rowShape().length);
            try (OnnxTensor input = OnnxTensor.createTensor(ort.environment(), slice, shape);
                 OrtSession.Result result = session.run(Map.of(data.inputName(), input))) {
                sink.accept(data.inputName(), slice.duplicate());
                for (Map.Entry<String, OnnxValue> e : result) {
                    if (e.getValue() instanceof OnnxTensor t && t.getInfo().type == OnnxJavaType.FLOAT) {
                        sink.accept(e.getKey(), t.getFloatBuffer());
                    }
                }
            }
        }
    }

    private static void check(OnnxMl.ModelProto model, CalibrationData data, int rows) {
        boolean known = model.getGraph().getInputList().stream().anyMatch(v -> v.getName().equals(data.inputName()));
        if (!known) {
            throw new BadInputException("The calibration rows feed '" + data.inputName()
                    + "', which is not an input of this model: choose the dataset mapping for its input.");
        }
        if (rows < 1 || data.values().length < (long) rows * perRow(data)) {
            throw new BadInputException("The calibration data holds fewer values than its " + data.rows()
                    + " rows need: rebuild it from the dataset.");
        }
    }

    private static int perRow(CalibrationData data) {
        long n = 1;
        for (long d : data.rowShape()) {
            n *= d;
        }
        return (int) n;
    }

    /** 64 rows a run, or the model's fixed batch size when its input has one (some exports fix it at 1). */
    private static int batchSize(OnnxMl.ModelProto model, String input) {
        for (OnnxMl.ValueInfoProto v : model.getGraph().getInputList()) {
            if (v.getName().equals(input) && v.getType().getTensorType().getShape().getDimCount() > 0) {
                long first = v.getType().getTensorType().getShape().getDim(0).getDimValue();
                if (first > 0) {
                    return (int) first;
                }
            }
        }
        return BATCH;
    }

    /** The model with each tensor added as a FLOAT graph output (no shape: ONNX Runtime infers it). */
    private static OnnxMl.ModelProto withOutputs(OnnxMl.ModelProto model, Set<String> tensors) {
        Set<String> present = new HashSet<>();
        model.getGraph().getOutputList().forEach(o -> present.add(o.getName()));
        model.getGraph().getInputList().forEach(i -> present.add(i.getName()));
        OnnxMl.GraphProto.Builder g = model.getGraph().toBuilder();
        OnnxMl.TypeProto floatType = OnnxMl.TypeProto.newBuilder().setTensorType(OnnxMl.TypeProto.Tensor.newBuilder()
                .setElemType(OnnxMl.TensorProto.DataType.FLOAT.getNumber())).build();
        for (String t : tensors) {
            if (!present.contains(t)) {
                g.addOutput(OnnxMl.ValueInfoProto.newBuilder().setName(t).setType(floatType));
            }
        }
        return model.toBuilder().setGraph(g).build();
    }
}
