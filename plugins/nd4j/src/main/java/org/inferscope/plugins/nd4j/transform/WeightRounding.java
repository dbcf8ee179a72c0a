package org.inferscope.plugins.nd4j.transform;

import java.util.Locale;
import org.deeplearning4j.nn.api.Model;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.TransformSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Simulated precision: rounds a network's parameters, in place, to the values FP16 or INT8 can hold and
 * keeps them in the network's own type. ND4J has no fast FP16 or INT8 path on a CPU (its INT8 matrix
 * product even overflows), so the variant computes exactly as the original does: what changes is the
 * accuracy, which is what this shows. FP16 rounds weights and biases; INT8 rounds weights symmetrically
 * to 255 levels (per tensor, or per output unit), biases stay as they are, as ONNX Runtime's INT8 does.
 */
final class WeightRounding {

    static final int INT8_LEVELS = 127;
    static final String NOTE = "simulated precision: the weights were rounded to %s values but ND4J still stores and"
            + " computes them in %s, so this variant shows the accuracy effect only, not a speed-up or a smaller"
            + " file; for real INT8 speed, convert the network to ONNX (transform --out MODEL.onnx) and quantize that"
            + " with ONNX Runtime";

    private WeightRounding() {
    }

    static void apply(Model model, TransformSpec spec, TransformNotes notes) {
        boolean fp16 = spec.precision() == Precision.FP16;
        int rounded = 0;
        for (WeightTensor t : WeightTensor.all(model)) {
            if (!fp16 && !t.weight()) {
                continue;
            }
            float[] values = t.read(model);
            float[] after = fp16 ? toHalf(values, t.dims()) : toInt8(values, t.dims(), spec.perChannel(),
                    channelAxis(t.dims()));
            t.write(model, after);
            rounded++;
            notes.changed(new LayerChange(t.layer(), t.layerType(), describe(spec, t), t.count(), t.count(),
                    MagnitudePruning.zeroFraction(after)));
        }
        String what = fp16 ? "FP16" : "INT8 " + (spec.perChannel() ? "per-channel" : "per-tensor");
        notes.summary(String.format(Locale.ROOT, "%s weight rounding (simulated): %d tensor%s rounded", what, rounded,
                rounded == 1 ? "" : "s"));
        notes.note(String.format(Locale.ROOT, NOTE, fp16 ? "FP16" : "INT8", model.params().dataType()));
    }

    private static String describe(TransformSpec spec, WeightTensor t) {
        if (spec.precision() == Precision.FP16) {
            return (t.weight() ? "weights" : "biases") + " rounded to FP16";
        }
        return "weights rounded to INT8 " + (spec.perChannel() ? "per output unit" : "per tensor");
    }

    /** Each value as FP16 holds it (ND4J's own conversion, round to nearest), back in FP32. */
    static float[] toHalf(float[] values, long[] dims) {
        return Nd4j.create(values, dims, 'c').castTo(DataType.HALF).castTo(DataType.FLOAT).data().asFloat();
    }

    /**
     * Symmetric INT8: {@code q = clamp(round(w / s), -127, 127)}, {@code w' = q * s} with {@code s = max|w| / 127}
     * per tensor, or per slice along {@code axis} when {@code perChannel}.
     */
    static float[] toInt8(float[] values, long[] dims, boolean perChannel, int axis) {
        int channels = perChannel ? (int) dims[axis] : 1;
        long inner = 1;
        for (int d = axis + 1; d < dims.length; d++) {
            inner *= dims[d];
        }
        float[] max = new float[channels];
        for (int i = 0; i < values.length; i++) {
            int c = channelOf(i, channels, dims[axis], inner);
            max[c] = Math.max(max[c], Math.abs(values[i]));
        }
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            int c = channelOf(i, channels, dims[axis], inner);
            float scale = max[c] / INT8_LEVELS;
            out[i] = scale == 0 ? 0f : Math.max(-INT8_LEVELS, Math.min(INT8_LEVELS, Math.round(values[i] / scale))) * scale;
        }
        return out;
    }

    private static int channelOf(int index, int channels, long axisLength, long inner) {
        return channels == 1 ? 0 : (int) ((index / inner) % axisLength);
    }

    /** The output-unit axis: DL4J's dense W is [nIn, nOut] (axis 1); convolution filters are [out, in, kH, kW]. */
    static int channelAxis(long[] dims) {
        return dims.length == 2 ? 1 : 0;
    }
}
