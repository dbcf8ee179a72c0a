package org.inferscope.plugins.onnxruntime.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real third-party models (skipped when ../shared/realcases is absent): the Tribuo/PyTorch LeNet-style
 * CNN (opset 9: Conv x2, Gemm x2) on the first 1000 MNIST test digits, calibrated on digits
 * 1000..1299; and the scikit-learn LinearClassifier, which has nothing to quantize.
 */
class RealModelQuantizationTest {
    private static final int EVAL = 1000;
    private static final int CALIBRATE = 300;
    private static final long[] IMAGE = {1, 28, 28};

    @TempDir
    Path dir;

    @Test
    void mnistCnnKeepsItsAccuracyInEveryPrecision() throws Exception {
        Path cnn = RealCases.file("models/tribuo_cnn_mnist.onnx");
        float[] pixels = images(EVAL + CALIBRATE);
        int[] labels = labels(EVAL);
        float[] eval = Arrays.copyOf(pixels, EVAL * 784);
        CalibrationData calibration = new CalibrationData("input_image",
                Arrays.copyOfRange(pixels, EVAL * 784, (EVAL + CALIBRATE) * 784), IMAGE, CALIBRATE);
        double fp32 = accuracy(QuantizationTest.ORT.run(cnn, eval, IMAGE, EVAL), labels);
        for (TransformSpec spec : specs()) {
            Path target = dir.resolve(spec.precision().cliName() + spec.perChannel() + ".onnx");
            TransformReport report = QuantizationTest.transformer().transform(cnn, spec, calibration, target);
            double accuracy = accuracy(QuantizationTest.ORT.run(target, eval, IMAGE, EVAL), labels);
            System.out.printf("CNN %s per-channel=%s: accuracy %.3f (FP32 %.3f), %d -> %d bytes; %s; %s%n",
                    spec.precision(), spec.perChannel(), accuracy, fp32, report.originalBytes(), report.variantBytes(),
                    report.summary(), report.notes());
            assertEquals(4, report.changed().size(), report.summary());
            assertTrue(Math.abs(accuracy - fp32) <= 0.011, spec + ": accuracy " + accuracy + " vs FP32 " + fp32);
        }
    }

    @Test
    void linearClassifierIsSkippedWithItsReasonAndTheVariantStillLoads() throws Exception {
        Path lr = RealCases.file("models/tribuo_lr_mnist.onnx");
        for (Precision p : List.of(Precision.FP16, Precision.INT8_DYNAMIC, Precision.INT8_WEIGHTS)) {
            Path target = dir.resolve(p.cliName() + ".onnx");
            TransformReport report = QuantizationTest.transformer().transform(lr, QuantizationTest.spec(p, true), null, target);
            assertTrue(Files.exists(target));
            assertEquals(0, report.changed().size());
            assertTrue(report.skipped().stream().anyMatch(s -> s.op().equals("LinearClassifier")
                    && s.reason().contains("an ONNX-ML operator, no integer kernel")), report.skipped().toString());
            assertTrue(report.summary().contains("0 of 1 layers changed"), report.summary());
        }
    }

    private static List<TransformSpec> specs() {
        return List.of(spec(Precision.FP16, false), spec(Precision.INT8_DYNAMIC, false), spec(Precision.INT8_DYNAMIC, true),
                spec(Precision.INT8_STATIC, false), spec(Precision.INT8_STATIC, true), spec(Precision.INT8_WEIGHTS, true));
    }

    private static TransformSpec spec(Precision p, boolean perChannel) {
        return new TransformSpec(p, perChannel, CalibrationMethod.MIN_MAX, 99.99, CALIBRATE, 0, false, PruningScope.PER_LAYER);
    }

    private static double accuracy(float[][] scores, int[] labels) {
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += Agreement.argmax(scores[i]) == labels[i] ? 1 : 0;
        }
        return right / (double) labels.length;
    }

    private static float[] images(int count) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(RealCases.file("data/mnist/t10k-images-idx3-ubyte.gz")))) {
            DataInputStream data = new DataInputStream(in);
            data.skipNBytes(16);
            byte[] bytes = data.readNBytes(count * 784);
            float[] pixels = new float[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                pixels[i] = bytes[i] & 0xff;
            }
            return pixels;
        }
    }

    private static int[] labels(int count) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(RealCases.file("data/mnist/t10k-labels-idx1-ubyte.gz")))) {
            DataInputStream data = new DataInputStream(in);
            data.skipNBytes(8);
            byte[] bytes = data.readNBytes(count);
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = bytes[i];
            }
            return labels;
        }
    }
}
