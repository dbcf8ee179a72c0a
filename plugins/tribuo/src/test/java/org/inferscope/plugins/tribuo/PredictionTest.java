package org.inferscope.plugins.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.OutputValue;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

class PredictionTest {

    @TempDir
    Path dir;

    private final TribuoProvider provider = new TribuoProvider();
    private final Device cpu = provider.devices().get(0);

    /** Rows in the model's feature order, after {@code skip} rows of padding, as the engine lays them out. */
    private static InputBatch batchOf(double[][] rows, int skip) {
        int width = TinyTribuoModels.TRIBUO_ORDER.length;
        float[] values = new float[(rows.length + skip) * width];
        for (int r = 0; r < rows.length; r++) {
            // data order width, petal, sepal -> Tribuo order petal, sepal, width
            values[(r + skip) * width] = (float) rows[r][1];
            values[(r + skip) * width + 1] = (float) rows[r][2];
            values[(r + skip) * width + 2] = (float) rows[r][0];
        }
        return new InputBatch(values, skip * width, new long[] {rows.length, width}, rows.length);
    }

    private OutputValue predictThroughSession(Model<?> model, String output, double[][] rows) throws Exception {
        try (LoadedModel loaded = provider.load(TinyTribuoModels.save(model, dir, "m.tribuo"));
             Session session = loaded.open(cpu, new SessionSettings(0, "features", output))) {
            return session.predict(batchOf(rows, 3));
        }
    }

    private static void assertSameScores(Model<Label> model, double[][] rows, OutputValue out) {
        List<String> labels = TribuoModelTestSupport.labelsInIdOrder(model);
        assertEquals(rows.length, out.rows());
        assertEquals(labels.size(), out.width());
        for (int r = 0; r < rows.length; r++) {
            Prediction<Label> p = model.predict(
                    new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, TinyTribuoModels.DATA_ORDER, rows[r]));
            double[] expected = new double[labels.size()];
            for (int c = 0; c < expected.length; c++) {
                expected[c] = p.getOutputScores().get(labels.get(c)).getScore();
            }
            double[] actual = java.util.Arrays.copyOfRange(out.scores(), r * out.width(), (r + 1) * out.width());
            assertArrayEquals(expected, actual, 0.0, "row " + r);
        }
    }

    @Test
    void logisticRegressionScoresEqualTribuosOwnExactly() throws Exception {
        Model<Label> model = TinyTribuoModels.logisticRegression();
        double[][] rows = TinyTribuoModels.rows(50, 11);
        assertSameScores(model, rows, predictThroughSession(model, "scores", rows));
    }

    @Test
    void cartScoresEqualTribuosOwnExactly() throws Exception {
        Model<Label> model = TinyTribuoModels.cart();
        double[][] rows = TinyTribuoModels.rows(50, 12);
        assertSameScores(model, rows, predictThroughSession(model, "scores", rows));
    }

    @Test
    void regressionValuesEqualTribuosOwnExactly() throws Exception {
        for (Model<Regressor> model : List.of(TinyTribuoModels.linearRegression(), TinyTribuoModels.regressionTree())) {
            double[][] rows = TinyTribuoModels.rows(40, 13);
            OutputValue out = predictThroughSession(model, "value", rows);
            assertEquals(1, out.width());
            for (int r = 0; r < rows.length; r++) {
                double expected = model.predict(new ArrayExample<>(RegressionFactory.UNKNOWN_REGRESSOR,
                        TinyTribuoModels.DATA_ORDER, rows[r])).getOutput().getValues()[0];
                assertEquals(expected, out.scores()[r], 0.0, "row " + r);
            }
        }
    }

    @Test
    void aSingleRowPredictsLikeABatch() throws Exception {
        Model<Label> model = TinyTribuoModels.cart();
        double[][] rows = TinyTribuoModels.rows(1, 14);
        assertSameScores(model, rows, predictThroughSession(model, "scores", rows));
    }

    @Test
    void unknownOutputOrDeviceIsRefusedAtOpen() throws Exception {
        try (LoadedModel loaded = provider.load(TinyTribuoModels.save(TinyTribuoModels.cart(), dir, "c.tribuo"))) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> loaded.open(cpu, new SessionSettings(0, "features", "value")));
            assertEquals("c.tribuo has no output named value; its output is scores.", e.getMessage());
            Device gpu = Device.available("tribuo", "cuda:0", org.inferscope.engine.api.DeviceKind.GPU, "GPU");
            assertThrows(BadInputException.class, () -> loaded.open(gpu, new SessionSettings(0, "features", "scores")));
        }
    }
}
