package org.inferscope.plugins.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.FeatureMatrix;
import org.inferscope.engine.api.MissingValuePolicy;
import org.inferscope.engine.api.MissingValues;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.Target;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.ensemble.WeightedEnsembleModel;

/** Compression native to Tribuo (ensemble members), and the ONNX path for the rest, measured by the engine. */
class CompressionTest {
    private static final List<String> COLUMNS = List.of("width", "petal", "sepal");

    @TempDir
    Path dir;

    private final ProviderRegistry registry = ProviderRegistry.discover(getClass().getClassLoader());

    private static TransformSpec spec(Precision precision, double sparsity) {
        return new TransformSpec(precision, false, CalibrationMethod.MIN_MAX, 99.99, 300, sparsity, true,
                PruningScope.PER_LAYER);
    }

    private RunResult run(Model<?> model, String device, TransformSpec transform) throws Exception {
        Path file = TinyTribuoModels.save(model, dir, "model.tribuo");
        double[][] rows = TinyTribuoModels.rows(150, 9);
        float[] values = new float[rows.length * 3];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) {
                values[r * 3 + c] = (float) rows[r][c];
            }
        }
        int[] ids = Arrays.stream(rows).mapToInt(TinyTribuoModels::classOf).toArray();
        Dataset data = new Dataset("rows.csv", Path.of("rows.csv"), DatasetFormat.CSV, COLUMNS,
                new FeatureMatrix(rows.length, 3, values), Target.classes("species", ids,
                Arrays.asList(TinyTribuoModels.CLASSES)), MissingValues.none(MissingValuePolicy.REJECT));
        RunSpec spec = new RunSpec(file, Path.of("rows.csv"), DatasetOptions.defaults(), device, Scaling.NONE,
                Set.of(), List.of(), 0, 1, 0, 42L, List.of(), transform);
        return new Evaluation(registry).run(spec, data, null, null);
    }

    private static Model<?> forest() {
        return TribuoFamilies.classifiers(false).get("random-forest").get();
    }

    @Test
    void aForestPrunedToHalfItsTreesKeepsTheFourClosestToTheWhole() throws Exception {
        RunResult result = run(forest(), null, spec(Precision.FP32, 0.5));
        assertEquals("Tribuo ensemble pruned to its 4 best of 8 members", result.transform().summary());
        assertEquals(4, result.transform().changed().get(0).weightsAfter());
        assertTrue(result.transform().notes().contains("members ranked by agreement with the whole ensemble on 150 rows"));
        assertNotNull(result.fidelity().top1Agreement());
        assertTrue(result.transform().variantBytes() < result.transform().originalBytes());
    }

    @Test
    void thePrunedEnsembleIsATribuoEnsembleOfTheKeptMembers() throws Exception {
        Path file = TinyTribuoModels.save(forest(), dir, "forest.tribuo");
        Path out = dir.resolve("pruned.tribuo");
        new TribuoTransformer(new TribuoModelReader(new XGBoostLibrary())).transform(file, spec(Precision.FP32, 0.75),
                null, out);
        Model<?> pruned = Model.deserializeFromFile(out);
        assertEquals(2, ((WeightedEnsembleModel<?>) pruned).getNumModels());
    }

    @Test
    void aLinearModelIsQuantizedThroughItsOnnxCopy() throws Exception {
        RunResult result = run(TinyTribuoModels.logisticRegression(), "onnxruntime:cpu",
                spec(Precision.INT8_DYNAMIC, 0));
        assertEquals("ONNX Runtime", result.provenance().backend());
        assertNotNull(result.fidelity().top1Agreement());
        assertEquals(Precision.INT8_DYNAMIC, result.transform().spec().precision());
    }

    @Test
    void aSingleTreeSaysWhyItCannotBeCutToADepth() throws Exception {
        String message = assertThrows(BadInputException.class,
                () -> run(TinyTribuoModels.cart(), null, spec(Precision.FP32, 0.5))).getMessage();
        assertTrue(message.startsWith("model.tribuo is a single Tribuo tree, which cannot be pruned to a depth"), message);
    }

    @Test
    void int8OnTheJvmPointsToOnnxRuntime() throws Exception {
        String message = assertThrows(BadInputException.class,
                () -> run(TinyTribuoModels.logisticRegression(), null, spec(Precision.INT8_DYNAMIC, 0))).getMessage();
        assertTrue(message.contains("run it on ONNX Runtime (--device onnxruntime:cpu)"), message);
    }
}
