package org.inferscope.plugins.onnxruntime;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.spi.OutputValue;

/**
 * Reads a tensor output: floating-point tensors become scores (rows x the product of the
 * non-batch dimensions), integer tensors with one value per row become integer labels (wider ones
 * become scores), string tensors with one value per row become string labels.
 */
final class TensorOutputReader implements OutputReader {

    @Override
    public OutputValue read(OnnxValue value) throws OrtException {
        OnnxTensor tensor = (OnnxTensor) value;
        TensorInfo info = tensor.getInfo();
        long[] shape = info.getShape();
        int total = Math.toIntExact(info.getNumElements());
        int rows = shape.length == 0 ? 1 : Math.toIntExact(shape[0]);
        int width = rows == 0 ? 0 : total / rows;
        return switch (info.type) {
            case FLOAT -> OutputValue.scores(rows, width, floats(tensor, total));
            case DOUBLE -> OutputValue.scores(rows, width, doubles(tensor, total));
            case INT64, INT32 -> integers(tensor, rows, width, total);
            case STRING -> strings(tensor, rows, width);
            default -> throw new OrtException("output of type " + info.type
                    + " cannot be read; choose a float, integer or string output");
        };
    }

    private static double[] floats(OnnxTensor tensor, int total) {
        FloatBuffer source = tensor.getFloatBuffer();
        double[] out = new double[total];
        for (int i = 0; i < total; i++) {
            out[i] = source.get(i);
        }
        return out;
    }

    private static double[] doubles(OnnxTensor tensor, int total) {
        double[] out = new double[total];
        tensor.getDoubleBuffer().get(out);
        return out;
    }

    private static OutputValue integers(OnnxTensor tensor, int rows, int width, int total) {
        long[] values = new long[total];
        if (tensor.getInfo().type == ai.onnxruntime.OnnxJavaType.INT64) {
            tensor.getLongBuffer().get(values);
        } else {
            var ints = tensor.getIntBuffer();
            for (int i = 0; i < total; i++) {
                values[i] = ints.get(i);
            }
        }
        if (width == 1) {
            return OutputValue.intLabels(values);
        }
        double[] scores = new double[total];
        for (int i = 0; i < total; i++) {
            scores[i] = values[i];
        }
        return OutputValue.scores(rows, width, scores);
    }

    private static OutputValue strings(OnnxTensor tensor, int rows, int width) throws OrtException {
        if (width != 1) {
            throw new BadInputException("this output holds " + width
                    + " strings per row; choose an output with one label or scores per row");
        }
        Object value = tensor.getValue();
        String[] labels = new String[rows];
        for (int r = 0; r < rows; r++) {
            labels[r] = value instanceof String[][] matrix ? matrix[r][0] : ((String[]) value)[r];
        }
        return OutputValue.stringLabels(labels);
    }
}
