package org.inferscope.plugins.onnxruntime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.OutputValue;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionTest {

    private final OnnxRuntimeProvider provider = new OnnxRuntimeProvider();

    private Device cpu() {
        return provider.devices().stream().filter(d -> d.deviceId().equals("cpu")).findFirst().orElseThrow();
    }

    private OutputValue predictOnce(String model, String input, String output, InputBatch batch) {
        try (LoadedModel loaded = provider.load(RealCases.file("models/" + model));
             Session session = loaded.open(cpu(), new SessionSettings(0, input, output))) {
            return session.predict(batch);
        }
    }

    @Test
    void linearModelPredictsExactValues(@TempDir Path dir) throws Exception {
        try (LoadedModel loaded = provider.load(TinyModels.linearRegressor(dir));
             Session session = loaded.open(cpu(), new SessionSettings(0, "x", "y"))) {
            float[] values = {99, 1, 2, 3, 4, 0, 0};
            OutputValue out = session.predict(new InputBatch(values, 1, new long[] {3, 2}, 3));
            assertEquals(3, out.rows());
            assertEquals(1, out.width());
            assertArrayEquals(new double[] {8.5, 18.5, 0.5}, out.scores());
            OutputValue one = session.predict(new InputBatch(new float[] {1, 1}, 0, new long[] {1, 2}, 1));
            assertArrayEquals(new double[] {5.5}, one.scores());
            OutputValue again = session.predict(new InputBatch(values, 3, new long[] {2, 2}, 2));
            assertArrayEquals(new double[] {18.5, 0.5}, again.scores(), "a cached shape is refilled");
        }
    }

    @Test
    void sessionWithItsOwnThreadCountGivesTheSameValues(@TempDir Path dir) throws Exception {
        try (LoadedModel loaded = provider.load(TinyModels.linearRegressor(dir));
             Session session = loaded.open(cpu(), new SessionSettings(1, "x", "y"))) {
            OutputValue out = session.predict(new InputBatch(new float[] {1, 2}, 0, new long[] {1, 2}, 1));
            assertArrayEquals(new double[] {8.5}, out.scores());
        }
    }

    @Test
    void cnnClassifiesRealDigits() throws Exception {
        int rows = 8;
        float[] pixels = MnistDigits.images(rows);
        OutputValue out = predictOnce("tribuo_cnn_mnist.onnx", "input_image", "output_probs",
                new InputBatch(pixels, 0, new long[] {rows, 1, 28, 28}, rows));
        assertEquals(rows, out.rows());
        assertEquals(10, out.width());
        int[] labels = MnistDigits.labels(rows);
        int correct = 0;
        for (int r = 0; r < rows; r++) {
            correct += argmax(out.scores(), r * 10, 10) == labels[r] ? 1 : 0;
        }
        assertTrue(correct >= rows - 1, correct + " of " + rows + " digits right");
    }

    @Test
    void fixedBatchModelPredictsOneRow() throws Exception {
        OutputValue out = predictOnce("ort_mnist_cntk.onnx", "Input3", "Plus214_Output_0",
                new InputBatch(MnistDigits.images(1), 0, new long[] {1, 1, 28, 28}, 1));
        assertEquals(1, out.rows());
        assertEquals(10, out.width());
        assertEquals(MnistDigits.labels(1)[0], argmax(out.scores(), 0, 10));
    }

    @Test
    void squeezenetFlattensTrailingDimensionsIntoWidth() {
        OutputValue out = predictOnce("onnx_light_squeezenet.onnx", "data_0", "softmaxout_1",
                new InputBatch(new float[3 * 224 * 224], 0, new long[] {1, 3, 224, 224}, 1));
        assertEquals(1, out.rows());
        assertEquals(1000, out.width());
    }

    @Test
    void zipMapBecomesKeyedScoresAndLabelsBecomeIntegers() throws Exception {
        int rows = 4;
        float[] transposed = transpose(MnistDigits.images(rows), rows);
        InputBatch batch = new InputBatch(transposed, 0, new long[] {rows, 784}, rows);
        OutputValue probs = predictOnce("tribuo_lr_mnist.onnx", "float_input", "output_probability", batch);
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), probs.scoreKeys());
        assertEquals(rows, probs.rows());
        assertEquals(10, probs.width());
        double rowSum = 0;
        for (int k = 0; k < 10; k++) {
            rowSum += probs.scores()[k];
        }
        assertEquals(1.0, rowSum, 1e-4);
        OutputValue labels = predictOnce("tribuo_lr_mnist.onnx", "float_input", "output_label", batch);
        assertNotNull(labels.intLabels());
        for (int r = 0; r < rows; r++) {
            assertEquals(argmax(probs.scores(), r * 10, 10), labels.intLabels()[r]);
        }
    }

    @Test
    void votingClassifierGivesStringLabelsAndStringKeyedScores() {
        InputBatch batch = new InputBatch(new float[] {0.1f, 0.2f, 5f, -3f, -2f, 4f}, 0, new long[] {3, 2}, 3);
        OutputValue labels = predictOnce("ort_sklearn_voting_soft.onnx", "input", "output_label", batch);
        assertEquals(3, labels.stringLabels().length);
        for (String label : labels.stringLabels()) {
            assertTrue(label.equals("A") || label.equals("B"), label);
        }
        OutputValue probs = predictOnce("ort_sklearn_voting_soft.onnx", "input", "output_probability", batch);
        assertEquals(List.of("A", "B"), probs.scoreKeys());
        assertEquals(6, probs.scores().length);
    }

    @Test
    void doubleInputModelIsFedDoubles() {
        InputBatch batch = new InputBatch(new float[] {5.1f, 3.5f, 1.4f, 0.2f, 6.7f, 3f, 5.2f, 2.3f},
                0, new long[] {2, 4}, 2);
        OutputValue out = predictOnce("ort_tree_ensemble_double.onnx", "X", "variable", batch);
        assertEquals(2, out.rows());
        assertEquals(1, out.width());
        assertTrue(Double.isFinite(out.scores()[0]) && Double.isFinite(out.scores()[1]));
    }

    @Test
    void openingOnTheUnavailableGpuSaysWhy(@TempDir Path dir) throws Exception {
        Device cuda = provider.devices().stream().filter(d -> d.deviceId().equals("cuda:0")).findFirst()
                .orElseThrow();
        try (LoadedModel loaded = provider.load(TinyModels.linearRegressor(dir))) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> loaded.open(cuda, new SessionSettings(0, "x", "y")));
            assertEquals(cuda.reason(), e.getMessage());
        }
    }

    @Test
    void unknownOutputNameIsRefusedWithTheChoices(@TempDir Path dir) throws Exception {
        try (LoadedModel loaded = provider.load(TinyModels.linearRegressor(dir))) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> loaded.open(cpu(), new SessionSettings(0, "x", "nope")));
            assertTrue(e.getMessage().contains("linear.onnx") && e.getMessage().contains("[y]"), e.getMessage());
        }
    }

    private static int argmax(double[] scores, int from, int width) {
        int best = 0;
        for (int k = 1; k < width; k++) {
            if (scores[from + k] > scores[from + best]) {
                best = k;
            }
        }
        return best;
    }

    /** tribuo_lr_mnist expects feature index 783 - pixel index. */
    private static float[] transpose(float[] pixels, int rows) {
        float[] out = new float[pixels.length];
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < 784; p++) {
                out[r * 784 + 783 - p] = pixels[r * 784 + p];
            }
        }
        return out;
    }
}
