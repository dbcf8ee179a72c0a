package org.inferscope.plugins.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.inferscope.engine.api.BadInputException;
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
import org.inferscope.engine.api.Task;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.bench.ModelConversion;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * A Tribuo model run on ONNX Runtime ({@code --device onnxruntime:cpu}) is converted by Tribuo's
 * exporter and measured there, with its agreement with Tribuo on the JVM. ONNX Runtime's plugin is on
 * the test class path and found by the service loader, as in the application.
 */
class OnnxConversionTest {
    private static final List<String> COLUMNS = List.of("width", "petal", "sepal");

    @TempDir
    Path dir;

    private final ProviderRegistry registry = ProviderRegistry.discover(getClass().getClassLoader());

    private RunResult onOrt(Path model, Path dataFile, Dataset data) {
        RunSpec spec = new RunSpec(model, dataFile, DatasetOptions.defaults(), "onnxruntime:cpu", Scaling.NONE,
                Set.of(), List.of(), 0, 1, 0, 42L, List.of());
        return new Evaluation(registry).run(spec, data, null, null);
    }

    @Test
    void theIrisSampleAgreesOnEveryRowOnOnnxRuntime() throws Exception {
        Path root = Path.of(System.getProperty("inferscope.repo.root", "../.."));
        Path model = root.resolve("samples/models/iris-logistic.tribuo");
        Path csv = root.resolve("samples/datasets/iris-test.csv");
        Dataset data = new DatasetLoader().load(csv, DatasetOptions.defaults().withTargetColumn("species")
                .withTask(Task.CLASSIFICATION));

        RunResult result = onOrt(model, csv, data);

        assertEquals(1.0, result.fidelity().top1Agreement());
        assertEquals("ONNX Runtime", result.provenance().backend());
        assertTrue(result.transform().summary().contains("converted to ONNX"), result.transform().summary());
        assertTrue(result.fidelity().maxAbsDiff() < 1e-5, "probabilities in float vs double: " + result.fidelity());
    }

    @TestFactory
    Stream<DynamicTest> everyExportableFamilyFollowsTribuoOnOnnxRuntime() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Supplier<Model<Label>>> f : TribuoFamilies.classifiers(false).entrySet()) {
            if (TribuoFamilies.EXPORTABLE.contains(f.getKey())) {
                tests.add(DynamicTest.dynamicTest(f.getKey(), () -> {
                    RunResult r = run(f.getKey(), f.getValue().get(), classes());
                    assertEquals(1.0, r.fidelity().top1Agreement(), f.getKey());
                }));
            }
        }
        for (Map.Entry<String, Supplier<Model<Regressor>>> f : TribuoFamilies.regressors(false).entrySet()) {
            if (TribuoFamilies.EXPORTABLE.contains(f.getKey())) {
                tests.add(DynamicTest.dynamicTest(f.getKey(), () -> {
                    RunResult r = run(f.getKey(), f.getValue().get(), values());
                    assertTrue(r.fidelity().maxAbsDiff() < 1e-3, f.getKey() + ": " + r.fidelity());
                }));
            }
        }
        return tests.stream();
    }

    private RunResult run(String name, Model<?> model, Target target) throws Exception {
        Path file = TinyTribuoModels.save(model, dir, name + ".tribuo");
        double[][] rows = TinyTribuoModels.rows(120, 5);
        float[] values = new float[rows.length * 3];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) {
                values[r * 3 + c] = (float) rows[r][c];
            }
        }
        Dataset data = new Dataset("rows.csv", Path.of("rows.csv"), DatasetFormat.CSV, COLUMNS,
                new FeatureMatrix(rows.length, 3, values), target, MissingValues.none(MissingValuePolicy.REJECT));
        return onOrt(file, Path.of("rows.csv"), data);
    }

    private static Target classes() {
        double[][] rows = TinyTribuoModels.rows(120, 5);
        int[] ids = Arrays.stream(rows).mapToInt(TinyTribuoModels::classOf).toArray();
        return Target.classes("species", ids, Arrays.asList(TinyTribuoModels.CLASSES));
    }

    private static Target values() {
        double[][] rows = TinyTribuoModels.rows(120, 5);
        return Target.numbers("y", Arrays.stream(rows).mapToDouble(TinyTribuoModels::valueOf).toArray());
    }

    @Test
    void aTreeIsNotExportableAndTheSentenceSaysWhereItRuns() throws Exception {
        Path file = TinyTribuoModels.save(TinyTribuoModels.cart(), dir, "tree.tribuo");
        String message = assertThrows(BadInputException.class,
                () -> new ModelConversion(registry).convert(file, dir.resolve("tree.onnx"))).getMessage();
        assertTrue(message.startsWith("tree.tribuo is a Tribuo TreeModel, which Tribuo cannot export to ONNX"), message);
        assertTrue(message.endsWith("run it on tribuo:cpu."), message);
        assertTrue(Files.notExists(dir.resolve("tree.onnx")));
    }

    @Test
    void theConvertedFileLoadsInOnnxRuntimeAndNamesItsColumns() throws Exception {
        Path file = TinyTribuoModels.save(TinyTribuoModels.logisticRegression(), dir, "lr.tribuo");
        Path onnx = dir.resolve("lr.onnx");
        var sidecar = new ModelConversion(registry).convert(file, onnx);
        assertTrue(sidecar.backend().contains("verified by ONNX Runtime"), sidecar.backend());
        try (var loaded = registry.providerFor(onnx).load(onnx)) {
            assertEquals("petal,sepal,width", loaded.info().metadata().get("feature_names"));
        }
    }
}
