package org.inferscope.plugins.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.OutputValue;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.Regressor;

/**
 * Every Tribuo classification and regression family, saved as protobuf, loads in the "Tribuo (JVM)"
 * backend and predicts what Tribuo itself predicts for the same rows.
 */
class ModelFamiliesTest {
    private static final double[][] ROWS = TinyTribuoModels.rows(40, 77);

    @TempDir
    static Path dir;

    private final TribuoProvider provider = new TribuoProvider();

    static boolean xgboostLoads() {
        return new XGBoostLibrary().unavailableReason().isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyClassifierPredictsWhatTribuoPredicts() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Supplier<Model<Label>>> family : TribuoFamilies.classifiers(xgboostLoads()).entrySet()) {
            tests.add(DynamicTest.dynamicTest(family.getKey(), () -> checkClassifier(family.getKey(), family.getValue().get())));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRegressorPredictsWhatTribuoPredicts() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Supplier<Model<Regressor>>> family : TribuoFamilies.regressors(xgboostLoads()).entrySet()) {
            tests.add(DynamicTest.dynamicTest(family.getKey(), () -> checkRegressor(family.getKey(), family.getValue().get())));
        }
        return tests.stream();
    }

    private void checkClassifier(String name, Model<Label> model) throws Exception {
        OutputValue out = predict(TinyTribuoModels.save(model, dir, name + ".tribuo"), "scores");
        List<String> labels = TribuoModelTestSupport.labelsInIdOrder(model);
        List<Prediction<Label>> expected = model.predict(examples(LabelScores.UNKNOWN));
        for (int r = 0; r < ROWS.length; r++) {
            int column = labels.indexOf(expected.get(r).getOutput().getLabel());
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < out.width(); c++) {
                max = Math.max(max, out.scores()[r * out.width() + c]);
            }
            // Tribuo's label has the top score in InferScope's row (ties, as in k-NN votes, are allowed)
            assertEquals(max, out.scores()[r * out.width() + column], 1e-12, name + " row " + r);
        }
    }

    private void checkRegressor(String name, Model<Regressor> model) throws Exception {
        OutputValue out = predict(TinyTribuoModels.save(model, dir, name + ".tribuo"), "value");
        List<Prediction<Regressor>> expected = model.predict(examples(RegressionValues.UNKNOWN));
        assertEquals(1, out.width());
        for (int r = 0; r < ROWS.length; r++) {
            assertEquals(expected.get(r).getOutput().getValues()[0], out.scores()[r], 1e-9, name + " row " + r);
        }
    }

    /** The rows as Tribuo Examples, in the data's own column order. */
    private static <T extends org.tribuo.Output<T>> List<Example<T>> examples(T unknown) {
        List<Example<T>> examples = new ArrayList<>();
        for (double[] row : ROWS) {
            examples.add(new ArrayExample<>(unknown, TinyTribuoModels.DATA_ORDER, row));
        }
        return examples;
    }

    /** The rows through the provider, columns in Tribuo's order (petal, sepal, width). */
    private OutputValue predict(Path file, String output) {
        float[] values = new float[ROWS.length * 3];
        for (int r = 0; r < ROWS.length; r++) {
            values[r * 3] = (float) ROWS[r][1];
            values[r * 3 + 1] = (float) ROWS[r][2];
            values[r * 3 + 2] = (float) ROWS[r][0];
        }
        try (LoadedModel loaded = provider.load(file);
             Session session = loaded.open(provider.devices().get(0), new SessionSettings(0, "features", output))) {
            assertTrue(loaded.info().metadata().containsKey("trainer"));
            return session.predict(new InputBatch(values, 0, new long[] {ROWS.length, 3}, ROWS.length));
        }
    }
}
