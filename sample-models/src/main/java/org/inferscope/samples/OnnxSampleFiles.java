package org.inferscope.samples;

import ai.onnx.proto.OnnxMl;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.data.DatasetLoader;
import org.tribuo.ONNXExportable;

/**
 * Writes a Tribuo model as ONNX and scores an ONNX file on a test split with ONNX Runtime, the way
 * the workbench does: the CSV is read by the engine's loader (as floats) and its columns are fed to
 * the model by name.
 */
final class OnnxSampleFiles {

    /**
     * The metadata key under which the ONNX file lists its input columns by name, comma-separated; the
     * engine's column mapping reads it and matches CSV columns by name instead of by position.
     */
    static final String FEATURE_NAMES_KEY = "feature_names";

    /** The metadata key under which a classifier lists its class labels in score-column order. */
    static final String CLASS_LABELS_KEY = "class_labels";

    static final String DOMAIN = "org.inferscope.samples";

    private OnnxSampleFiles() {
    }

    /**
     * Tribuo's own export, plus the {@code feature_names} metadata in the order of the input's columns
     * and, for a classifier, {@code class_labels} in the order of its score columns.
     */
    static void export(ONNXExportable model, List<String> inputOrder, List<String> classes, Path file)
            throws IOException {
        OnnxMl.ModelProto.Builder builder = model.exportONNXModel(DOMAIN, 1).toBuilder()
                .addMetadataProps(OnnxMl.StringStringEntryProto.newBuilder()
                        .setKey(FEATURE_NAMES_KEY).setValue(String.join(",", inputOrder)));
        if (!classes.isEmpty()) {
            builder.addMetadataProps(OnnxMl.StringStringEntryProto.newBuilder()
                    .setKey(CLASS_LABELS_KEY).setValue(String.join(",", classes)));
        }
        OnnxMl.ModelProto proto = builder.build();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            proto.writeTo(out);
        }
    }

    /** Accuracy and macro-F1 of the ONNX file's arg-max over its score columns, named by {@code classes}. */
    static Map<String, Double> classification(Path onnx, Path testCsv, String target, List<String> inputOrder,
                                              List<String> classes) throws OrtException {
        Dataset data = new DatasetLoader().load(testCsv, DatasetOptions.defaults().withTargetColumn(target)
                .withTask(Task.CLASSIFICATION));
        float[][] scores = run(onnx, data, inputOrder);
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (int r = 0; r < scores.length; r++) {
            truth.add(data.target().classNames().get(data.target().classIds()[r]));
            predicted.add(classes.get(argMax(scores[r])));
        }
        return TestMetrics.classification(truth, predicted, data.target().classNames());
    }

    /** MSE, RMSE, MAE and R² of the ONNX file's single output column. */
    static Map<String, Double> regression(Path onnx, Path testCsv, String target, List<String> inputOrder)
            throws OrtException {
        Dataset data = new DatasetLoader().load(testCsv, DatasetOptions.defaults().withTargetColumn(target)
                .withTask(Task.REGRESSION));
        float[][] out = run(onnx, data, inputOrder);
        double[] predicted = new double[out.length];
        for (int r = 0; r < out.length; r++) {
            predicted[r] = out[r][0];
        }
        return TestMetrics.regression(data.target().values(), predicted);
    }

    /** Every row of {@code data} through the model's single input, columns taken by name in input order. */
    static float[][] run(Path onnx, Dataset data, List<String> inputOrder) throws OrtException {
        float[] matrix = byName(data, inputOrder);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(onnx.toString(), new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(matrix),
                     new long[] {data.rows(), inputOrder.size()});
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), input))) {
            return (float[][]) result.get(0).getValue();
        }
    }

    private static float[] byName(Dataset data, List<String> inputOrder) {
        int width = inputOrder.size();
        float[] matrix = new float[data.rows() * width];
        for (int c = 0; c < width; c++) {
            int column = data.featureNames().indexOf(inputOrder.get(c));
            if (column < 0) {
                throw new IllegalArgumentException("the model's input '" + inputOrder.get(c) + "' is not a column of "
                        + data.name());
            }
            for (int r = 0; r < data.rows(); r++) {
                matrix[r * width + c] = data.features().get(r, column);
            }
        }
        return matrix;
    }

    private static int argMax(float[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
