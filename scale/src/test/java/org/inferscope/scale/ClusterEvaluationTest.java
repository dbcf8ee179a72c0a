package org.inferscope.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.report.ResultJson;
import org.junit.jupiter.api.Test;

/**
 * The merged result of a run on Spark (local[2], data split into 4 partitions) against the engine's
 * single-machine run on the same rows: counts exactly, sums within rounding.
 */
class ClusterEvaluationTest {
    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover(ClusterEvaluationTest.class.getClassLoader());

    static RunSpec spec(Path model, Path data, TransformSpec transform) {
        return new RunSpec(model, data, DatasetOptions.defaults(), null, Scaling.NONE, Set.of(), List.of(), 0, 1, 1,
                42L, List.of(), transform);
    }

    static RunResult single(RunSpec spec) {
        return new Evaluation(REGISTRY).run(spec, new DatasetLoader().load(spec.data(), spec.dataOptions()), null, null);
    }

    static RunResult onSpark(RunSpec spec, String data, int partitions) {
        return new ClusterEvaluation(LocalSpark.session(), REGISTRY)
                .run(new ClusterRunSpec(spec, data, null, true, 64, partitions));
    }

    @Test
    void digitsOnFourPartitionsCountExactlyAsOneMachine() {
        Path data = LocalSpark.sample("datasets/digits-test.csv");
        RunSpec spec = spec(LocalSpark.sample("models/digits-mlp.onnx"), data, TransformSpec.none());
        Quality one = single(spec).quality();
        RunResult spark = onSpark(spec, data.toString(), 4);
        Quality merged = spark.quality();

        assertEquals(Task.CLASSIFICATION, merged.task());
        assertEquals(one.rows(), merged.rows());
        assertEquals(one.classNames(), merged.classNames());
        assertArrayEquals(one.confusionMatrix(), merged.confusionMatrix());
        assertEquals(one.accuracy(), merged.accuracy());
        assertEquals(one.macroF1(), merged.macroF1());
        assertEquals(one.unknownPredictions(), merged.unknownPredictions());
        assertEquals(one.perClass(), merged.perClass());
        assertEquals("4", spark.provenance().settings().get("sparkPartitions"));
        assertEquals("local[2]", spark.provenance().settings().get("sparkMaster"));
        assertEquals("1", spark.provenance().settings().get("sparkExecutors"));
        // 359 rows in calls of up to 64 rows over 4 partitions: at least 359/64 calls, all in the merged histogram
        assertTrue(spark.throughput().get(0).rounds() >= 6, "calls " + spark.throughput().get(0).rounds());
    }

    @Test
    void diabetesRegressionSumsMatchOneMachineWithinRounding() {
        Path data = LocalSpark.sample("datasets/diabetes-test.csv");
        RunSpec spec = spec(LocalSpark.sample("models/diabetes-linear.onnx"), data, TransformSpec.none());
        Quality one = single(spec).quality();
        Quality merged = onSpark(spec, data.toString(), 4).quality();

        assertEquals(Task.REGRESSION, merged.task());
        assertEquals(one.rows(), merged.rows());
        assertEquals(one.mse(), merged.mse(), 1e-9 * one.mse());
        assertEquals(one.mae(), merged.mae(), 1e-9 * one.mae());
        assertEquals(one.r2(), merged.r2(), 1e-9);
    }

    @Test
    void aVariantIsMadeOnceAndMatchesOneMachineWithItsFidelity() {
        Path data = LocalSpark.sample("datasets/digits-test.csv");
        // structured pruning changes no row's output with its batch; INT8 dynamic would (activations are quantized
        // from each call's own range), so its outputs on Spark differ with the partitioning (docs/scale.md)
        TransformSpec pruned = new TransformSpec(Precision.FP32, false, CalibrationMethod.MIN_MAX, 99.99, 300, 0.5,
                true, PruningScope.PER_LAYER);
        RunSpec spec = spec(LocalSpark.sample("models/digits-mlp.onnx"), data, pruned);
        RunResult one = single(spec);
        RunResult spark = onSpark(spec, data.toString(), 3);

        assertArrayEquals(one.quality().confusionMatrix(), spark.quality().confusionMatrix());
        assertNotNull(spark.fidelity());
        assertEquals(one.fidelity().top1Agreement(), spark.fidelity().top1Agreement());
        assertArrayEquals(one.fidelity().original().confusionMatrix(), spark.fidelity().original().confusionMatrix());
        assertEquals(one.fidelity().maxAbsDiff(), spark.fidelity().maxAbsDiff(), 1e-5);
        assertEquals(one.fidelity().meanAbsDiff(), spark.fidelity().meanAbsDiff(), 1e-6);
        assertEquals(one.transform().summary(), spark.transform().summary());
    }

    @Test
    void theResultIsTheEnginesJsonAndReadsBack() {
        Path data = LocalSpark.sample("datasets/iris-test.csv");
        RunSpec spec = spec(LocalSpark.sample("models/iris-logistic.onnx"), data, TransformSpec.none());
        RunResult spark = onSpark(spec, data.toString(), 2);
        ResultJson json = new ResultJson(true);
        RunResult back = json.fromJson(json.toJson(spark), "round trip");

        assertArrayEquals(spark.quality().confusionMatrix(), back.quality().confusionMatrix());
        assertEquals(spark.provenance().settings(), back.provenance().settings());
        assertEquals(spark.notes(), back.notes());
        assertEquals(spark.throughput(), back.throughput());
        assertTrue(back.notes().stream().anyMatch(n -> n.contains("evaluated on Apache Spark (master local[2]")),
                back.notes().toString());
    }
}
