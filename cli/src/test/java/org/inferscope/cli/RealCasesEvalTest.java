package org.inferscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accuracy on real third-party models and data (../shared/realcases; skipped when absent), each
 * checked against a count made here directly with ONNX Runtime, outside InferScope.
 */
class RealCasesEvalTest {

    private static final String IMAGES = "data/mnist/t10k-images-idx3-ubyte.gz";
    private static final String LABELS = "data/mnist/t10k-labels-idx1-ubyte.gz";

    private static JsonNode eval(String... args) {
        String[] all = new String[args.length + 8];
        System.arraycopy(new String[] {"eval", "-q", "--json", "--warmup", "2", "--iterations", "20", "--batch=1,64"},
                0, all, 0, 8);
        System.arraycopy(args, 0, all, 8, args.length);
        CliRun run = CliRun.of(all);
        assertEquals(0, run.exitCode(), run.err());
        return run.json();
    }

    @Test
    void tribuoCnnOnTheFullMnistTestSetMatchesADirectCount() throws Exception {
        Path model = RealCases.file("models/tribuo_cnn_mnist.onnx");
        Path images = RealCases.file(IMAGES);
        JsonNode q = eval("--model", model.toString(), "--data", images.toString()).get("quality");
        long correct = countCorrect(model, readImages(images), readLabels(RealCases.file(LABELS)), 1, 0, 1, 1000);
        assertEquals(10_000, q.get("rows").asLong());
        assertEquals(correct / 10_000.0, q.get("accuracy").asDouble(), 1e-12);
        assertTrue(q.get("accuracy").asDouble() > 0.95, q.toString());
    }

    @Test
    void pytorchCnnWithItsNormalisationMatchesADirectCount() throws Exception {
        Path model = RealCases.file("models/ort_cnn_mnist_pytorch.onnx");
        Path images = RealCases.file(IMAGES);
        JsonNode result = eval("--model", model.toString(), "--data", images.toString(),
                "--divide", "255", "--mean", "0.1307", "--std", "0.3081");
        long correct = countCorrect(model, readImages(images), readLabels(RealCases.file(LABELS)),
                255, 0.1307, 0.3081, 1);
        assertEquals(correct / 10_000.0, result.get("quality").get("accuracy").asDouble(), 1e-12);
        assertTrue(result.get("quality").get("accuracy").asDouble() > 0.95);
        assertTrue(result.get("notes").toString().contains("batch"), result.get("notes").toString());
    }

    @Test
    void cntkCnnWithItsFixedBatchOfOneMatchesADirectCount() throws Exception {
        Path model = RealCases.file("models/ort_mnist_cntk.onnx");
        Path images = RealCases.file(IMAGES);
        JsonNode result = eval("--model", model.toString(), "--data", images.toString());
        long correct = countCorrect(model, readImages(images), readLabels(RealCases.file(LABELS)), 1, 0, 1, 1);
        assertEquals(correct / 10_000.0, result.get("quality").get("accuracy").asDouble(), 1e-12);
        assertTrue(result.get("quality").get("accuracy").asDouble() > 0.95);
        for (JsonNode p : result.get("throughput")) {
            assertTrue(p.get("batchSize").asInt() >= 1);
        }
    }

    @Test
    void tribuoLogisticRegressionOnTransposedLibsvmMatchesItsLabelOutput() throws Exception {
        Path model = RealCases.file("models/tribuo_lr_mnist.onnx");
        Path data = RealCases.file("data/mnist/transposed_mnist_test_head.libsvm");
        JsonNode q = eval("--model", model.toString(), "--data", data.toString(), "--index-base", "ZERO").get("quality");
        assertEquals(62, q.get("rows").asLong());
        // the same rows, read here independently: 0-based index = 783 - pixel
        float[][] rows = new float[62][784];
        int[] labels = new int[62];
        int r = 0;
        for (String line : Files.readAllLines(data)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            labels[r] = (int) Double.parseDouble(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split(":");
                rows[r][Integer.parseInt(kv[0])] = Float.parseFloat(kv[1]);
            }
            r++;
        }
        long correct = 0;
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(model.toString(), new OrtSession.SessionOptions());
             OnnxTensor t = OnnxTensor.createTensor(env, rows);
             OrtSession.Result out = s.run(Map.of("float_input", t))) {
            long[] predicted = (long[]) out.get("output_label").orElseThrow().getValue();
            for (int i = 0; i < 62; i++) {
                correct += predicted[i] == labels[i] ? 1 : 0;
            }
        }
        assertEquals(correct / 62.0, q.get("accuracy").asDouble(), 1e-12);
    }

    @Test
    void stringLabelsOfAScikitLearnClassifierAreMatchedByName(@TempDir Path dir) throws Exception {
        Path model = RealCases.file("models/ort_sklearn_voting_soft.onnx");
        java.util.Random random = new java.util.Random(5);
        float[][] x = new float[40][2];
        for (float[] row : x) {
            row[0] = random.nextFloat() * 6 - 3;
            row[1] = random.nextFloat() * 6 - 3;
        }
        String[] predicted;
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(model.toString(), new OrtSession.SessionOptions());
             OnnxTensor t = OnnxTensor.createTensor(env, x);
             OrtSession.Result out = s.run(Map.of("input", t))) {
            predicted = (String[]) out.get("output_label").orElseThrow().getValue();
        }
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < x.length; i++) {
            // the first 6 rows get the other label, so exactly 34 of 40 must be right
            String label = i < 6 ? (predicted[i].equals("A") ? "B" : "A") : predicted[i];
            csv.append(x[i][0]).append(',').append(x[i][1]).append(',').append(label).append('\n');
        }
        Path data = Files.writeString(dir.resolve("points.csv"), csv);
        JsonNode q = eval("--model", model.toString(), "--data", data.toString()).get("quality");
        assertEquals(34 / 40.0, q.get("accuracy").asDouble(), 1e-12);
    }

    @Test
    void aDoubleInputTreeEnsembleRegressorsMseMatchesADirectComputation(@TempDir Path dir) throws Exception {
        Path model = RealCases.file("models/ort_tree_ensemble_double.onnx");
        java.util.Random random = new java.util.Random(9);
        double[][] x = new double[50][4];
        double[] y = new double[50];
        StringBuilder csv = new StringBuilder("a,b,c,d,y\n");
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = Math.round(random.nextDouble() * 800) / 100.0; // exact in float and double
                csv.append(x[i][j]).append(',');
            }
            y[i] = Math.round(random.nextDouble() * 300) / 100.0;
            csv.append(y[i]).append('\n');
        }
        double sq = 0;
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(model.toString(), new OrtSession.SessionOptions())) {
            for (int i = 0; i < x.length; i++) {
                double[][] row = {{(float) x[i][0], (float) x[i][1], (float) x[i][2], (float) x[i][3]}};
                try (OnnxTensor t = OnnxTensor.createTensor(env, row);
                     OrtSession.Result out = s.run(Map.of("X", t))) {
                    double err = ((double[][]) out.get(0).getValue())[0][0] - y[i];
                    sq += err * err;
                }
            }
        }
        Path data = Files.writeString(dir.resolve("reg.csv"), csv);
        JsonNode q = eval("--model", model.toString(), "--data", data.toString(), "--task", "REGRESSION")
                .get("quality");
        assertEquals(sq / x.length, q.get("mse").asDouble(), 1e-9);
    }

    /** Argmax over the model's only output, fed in batches, with x' = (x/div - mean)/std. */
    static long countCorrect(Path model, float[] images, int[] labels, double div, double mean, double std, int batch)
            throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        long correct = 0;
        try (OrtSession s = env.createSession(model.toString(), new OrtSession.SessionOptions())) {
            String input = s.getInputNames().iterator().next();
            float[] x = new float[batch * 784];
            for (int first = 0; first < labels.length; first += batch) {
                for (int i = 0; i < batch * 784; i++) {
                    x[i] = (float) ((images[first * 784 + i] / div - mean) / std);
                }
                try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {batch, 1, 28, 28});
                     OrtSession.Result out = s.run(Map.of(input, t))) {
                    float[][] scores = (float[][]) out.get(0).getValue();
                    for (int row = 0; row < batch; row++) {
                        correct += argmax(scores[row]) == labels[first + row] ? 1 : 0;
                    }
                }
            }
        }
        return correct;
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    static float[] readImages(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            in.readInt();
            int n = in.readInt();
            int size = in.readInt() * in.readInt();
            byte[] raw = in.readNBytes(n * size);
            float[] out = new float[raw.length];
            for (int i = 0; i < raw.length; i++) {
                out[i] = raw[i] & 0xff;
            }
            return out;
        }
    }

    static int[] readLabels(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            in.readInt();
            byte[] raw = in.readNBytes(in.readInt());
            int[] out = new int[raw.length];
            for (int i = 0; i < raw.length; i++) {
                out[i] = raw[i] & 0xff;
            }
            return out;
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return new DataInputStream(new GZIPInputStream(raw));
    }
}
