package org.inferscope.plugins.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.OutputValue;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Deeplearning4j network converted to ONNX through the provider's transformer computes what ND4J
 * computes: on every digits test row, outputs within 1e-5 and the same predicted class.
 */
class Dl4jToOnnxAgreementTest {

    @TempDir
    Path dir;

    @Test
    void theDigitsMlpAgreesOnNd4jAndOnnxRuntime() throws Exception {
        assertAgreement(Samples.DIGITS_MLP, TransformSpec.none());
    }

    @Test
    void itsStructurallyPrunedVariantAgreesToo() throws Exception {
        assertAgreement(Samples.DIGITS_MLP, Dl4jTransformerTest.spec(org.inferscope.engine.api.Precision.FP32, false,
                0.5, true));
    }

    private void assertAgreement(Path model, TransformSpec spec) throws Exception {
        var transformer = Samples.PROVIDER.transformer().orElseThrow();
        Path zip = dir.resolve("variant.dl4j.zip");
        Path onnx = dir.resolve("variant.onnx");
        transformer.transform(model, spec, null, zip);
        TransformReport report = transformer.transform(zip, TransformSpec.none(), null, onnx);
        assertTrue(report.summary().contains("converted to ONNX"), report.summary());
        assertTrue(Files.size(onnx) > 0);

        Dataset data = Samples.dataset(Samples.card("digits-mlp"));
        int rows = data.rows();
        float[][] features = new float[rows][];
        for (int r = 0; r < rows; r++) {
            features[r] = new float[data.columns()];
            for (int c = 0; c < data.columns(); c++) {
                features[r][c] = (float) data.features().get(r, c);
            }
        }
        float[][] ort = OnnxRunner.run(Files.readAllBytes(onnx), features);
        double[] nd4j = nd4jScores(zip, features);
        int width = ort[0].length;
        double maxDiff = 0;
        for (int r = 0; r < rows; r++) {
            int ortClass = 0;
            int nd4jClass = 0;
            for (int k = 0; k < width; k++) {
                maxDiff = Math.max(maxDiff, Math.abs(ort[r][k] - nd4j[r * width + k]));
                ortClass = ort[r][k] > ort[r][ortClass] ? k : ortClass;
                nd4jClass = nd4j[r * width + k] > nd4j[r * width + nd4jClass] ? k : nd4jClass;
            }
            assertEquals(nd4jClass, ortClass, "row " + r);
        }
        assertTrue(maxDiff <= 1e-5, "largest difference " + maxDiff);
    }

    private static double[] nd4jScores(Path zip, float[][] rows) {
        int width = rows[0].length;
        float[] flat = new float[rows.length * width];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * width, width);
        }
        try (LoadedModel model = Samples.PROVIDER.load(zip)) {
            Device cpu = Samples.PROVIDER.devices().get(0);
            try (Session session = model.open(cpu, new SessionSettings(0, "input", "output"))) {
                OutputValue out = session.predict(new InputBatch(flat, 0, new long[] {rows.length, width}, rows.length));
                return out.scores();
            }
        }
    }
}
