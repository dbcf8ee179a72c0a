package org.inferscope.plugins.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.inferscope.engine.api.ClassQuality;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.FeatureMatrix;
import org.inferscope.engine.api.MissingValuePolicy;
import org.inferscope.engine.api.MissingValues;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.Target;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.evaluation.RegressionEvaluation;
import org.tribuo.regression.evaluation.RegressionEvaluator;

/**
 * The whole path through the engine: a dataset whose columns are in another order than the model's
 * features, with an extra column between them, is bound by name and scores what Tribuo's own
 * evaluation scores.
 */
class EngineEvaluationTest {
    /** Data columns: width, an unused column, petal, sepal; the model wants petal, sepal, width. */
    private static final List<String> COLUMNS = List.of("width", "unused", "petal", "sepal");

    @TempDir
    Path dir;

    private static float[] matrix(double[][] rows) {
        float[] values = new float[rows.length * COLUMNS.size()];
        for (int r = 0; r < rows.length; r++) {
            int base = r * COLUMNS.size();
            values[base] = (float) rows[r][0];
            values[base + 1] = 100 + r;
            values[base + 2] = (float) rows[r][1];
            values[base + 3] = (float) rows[r][2];
        }
        return values;
    }

    private static Dataset dataset(double[][] rows, Target target) {
        return new Dataset("flowers.csv", Path.of("flowers.csv"), DatasetFormat.CSV, COLUMNS,
                new FeatureMatrix(rows.length, COLUMNS.size(), matrix(rows)), target,
                MissingValues.none(MissingValuePolicy.REJECT));
    }

    private RunResult evaluate(Model<?> model, Dataset data) throws Exception {
        Path file = TinyTribuoModels.save(model, dir, "model.tribuo");
        RunSpec spec = new RunSpec(file, Path.of("flowers.csv"), DatasetOptions.defaults(), null, Scaling.NONE,
                Set.of(), List.of(), 0, 1, 0, 42L, List.of());
        return new Evaluation(new ProviderRegistry(List.of(new TribuoProvider()))).run(spec, data, null, null);
    }

    @Test
    void accuracyAndF1ThroughTheEngineEqualTribuosOwnEvaluation() throws Exception {
        Model<Label> model = TinyTribuoModels.logisticRegression();
        double[][] rows = TinyTribuoModels.rows(200, 21);
        int[] classIds = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            // every seventh row mislabelled, so that accuracy is not trivially 1 on both sides
            classIds[r] = (TinyTribuoModels.classOf(rows[r]) + (r % 7 == 0 ? 1 : 0)) % 3;
        }
        MutableDataset<Label> tribuoData = TinyTribuoModels.classificationData(rows, classIds);
        Target target = Target.classes("species", classIds, Arrays.asList(TinyTribuoModels.CLASSES));

        RunResult result = evaluate(model, dataset(rows, target));

        LabelEvaluation tribuo = new LabelEvaluator().evaluate(model, tribuoData);
        double expected = tribuo.accuracy();
        assertTrue(expected < 1.0 && expected > 0.5, "a meaningful accuracy: " + expected);
        assertEquals(expected, result.quality().accuracy(), 1e-12);
        assertEquals(tribuo.macroAveragedF1(), result.quality().macroF1(), 1e-12);
        for (ClassQuality perClass : result.quality().perClass()) {
            Label label = new Label(perClass.className());
            assertEquals(tribuo.f1(label), perClass.f1(), 1e-12, perClass.className());
            assertEquals(tribuo.precision(label), perClass.precision(), 1e-12, perClass.className());
            assertEquals(tribuo.recall(label), perClass.recall(), 1e-12, perClass.className());
        }
        assertTrue(result.notes().contains("columns matched to the model's features by name; 1 column of flowers.csv"
                + " is not a feature of the model and is ignored (unused): 200 of 200 rows have a non-zero value there"),
                result.notes()::toString);
    }

    @Test
    void mseMaeAndR2ThroughTheEngineEqualTribuosOwnEvaluation() throws Exception {
        Model<Regressor> model = TinyTribuoModels.regressionTree();
        double[][] rows = TinyTribuoModels.rows(150, 22);
        MutableDataset<Regressor> tribuoData = TinyTribuoModels.regressionData(rows);
        double[] values = Arrays.stream(rows).mapToDouble(TinyTribuoModels::valueOf).toArray();

        RunResult result = evaluate(model, dataset(rows, Target.numbers("y", values)));

        RegressionEvaluation tribuo = new RegressionEvaluator().evaluate(model, tribuoData);
        double rmse = tribuo.averageRMSE();
        assertTrue(rmse > 0, "a tree of depth 5 does not fit a plane exactly");
        assertEquals(rmse * rmse, result.quality().mse(), 1e-9 * Math.max(1, rmse * rmse));
        assertEquals(tribuo.averageMAE(), result.quality().mae(), 1e-9);
        assertEquals(tribuo.averageR2(), result.quality().r2(), 1e-9);
    }

    @Test
    void aFeatureTheDataLacksIsFedAsAbsentAndReported() throws Exception {
        Model<Label> model = TinyTribuoModels.cart();
        double[][] rows = TinyTribuoModels.rows(100, 23);
        int[] classIds = Arrays.stream(rows).mapToInt(TinyTribuoModels::classOf).toArray();
        List<String> columns = List.of("petal", "sepal");
        float[] values = new float[rows.length * 2];
        MutableDataset<Label> withoutWidth = new MutableDataset<>(
                new org.tribuo.provenance.SimpleDataSourceProvenance("no width", new LabelFactory()), new LabelFactory());
        for (int r = 0; r < rows.length; r++) {
            values[r * 2] = (float) rows[r][1];
            values[r * 2 + 1] = (float) rows[r][2];
            withoutWidth.add(new ArrayExample<>(new Label(TinyTribuoModels.CLASSES[classIds[r]]),
                    new String[] {"petal", "sepal"}, new double[] {rows[r][1], rows[r][2]}));
        }
        Dataset data = new Dataset("two.csv", Path.of("two.csv"), DatasetFormat.CSV, columns,
                new FeatureMatrix(rows.length, 2, values),
                Target.classes("species", classIds, Arrays.asList(TinyTribuoModels.CLASSES)),
                MissingValues.none(MissingValuePolicy.REJECT));

        RunResult result = evaluate(model, data);

        assertTrue(result.notes().contains("columns matched to the model's features by name; 1 of the model's 3"
                + " features are not columns of two.csv and are fed as absent (width)"), result.notes()::toString);
        assertEquals(new LabelEvaluator().evaluate(model, withoutWidth).accuracy(), result.quality().accuracy(), 1e-12);
    }
}
