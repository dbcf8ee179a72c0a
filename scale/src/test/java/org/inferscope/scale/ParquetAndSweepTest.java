package org.inferscope.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.report.ResultJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed Parquet columns read like CSV text; a sweep saves one engine result per configuration. */
class ParquetAndSweepTest {

    @Test
    void parquetWithTypedColumnsCountsAsTheCsvDoes(@TempDir Path dir) {
        SparkSession spark = LocalSpark.session();
        Path csv = LocalSpark.sample("datasets/digits-test.csv");
        Dataset<Row> text = spark.read().option("header", true).csv(csv.toString());
        List<Column> typed = new ArrayList<>();
        String[] names = text.columns();
        for (int i = 0; i < names.length; i++) {
            // features as doubles, the digit as an integer: the reader must map both as the CSV reader does
            typed.add(text.col(names[i]).cast(i == names.length - 1 ? "int" : "double"));
        }
        Path parquet = dir.resolve("digits.parquet");
        text.select(typed.toArray(Column[]::new)).repartition(3).write().parquet(parquet.toString());

        RunSpec spec = ClusterEvaluationTest.spec(LocalSpark.sample("models/digits-mlp.onnx"), csv, TransformSpec.none());
        Quality one = ClusterEvaluationTest.single(spec).quality();
        RunResult fromParquet = ClusterEvaluationTest.onSpark(spec, parquet.toString(), 0);

        assertEquals("PARQUET", fromParquet.dataset().format());
        assertEquals(one.classNames(), fromParquet.quality().classNames());
        assertArrayEquals(one.confusionMatrix(), fromParquet.quality().confusionMatrix());
    }

    @Test
    void aSweepSavesEveryConfigurationAsAnEngineResult(@TempDir Path dir) throws Exception {
        Path model = LocalSpark.sample("models/iris-logistic.onnx");
        Path data = LocalSpark.sample("datasets/iris-test.csv");
        List<RunSpec> specs = new ArrayList<>();
        for (double sparsity : new double[] {0, 0.5}) {
            specs.add(ClusterEvaluationTest.spec(model, data, new TransformSpec(Precision.FP32, false,
                    CalibrationMethod.MIN_MAX, 99.99, 300, sparsity, false, PruningScope.PER_LAYER)));
        }
        List<Path> saved = new ArrayList<>();
        List<RunResult> results = new ClusterSweep(LocalSpark.session()).run(specs, dir, saved::add);

        assertEquals(2, saved.size());
        assertEquals(List.of("point-01.json", "point-02.json"),
                saved.stream().map(p -> p.getFileName().toString()).sorted().toList());
        RunResult pruned = new ResultJson().read(dir.resolve("point-02.json"));
        assertEquals(0.5, pruned.transform().spec().sparsity());
        assertEquals(model.toString(), pruned.model().file());
        assertEquals("local[2]", pruned.provenance().settings().get("sparkMaster"));
        Quality original = ClusterEvaluationTest.single(specs.get(0)).quality();
        assertTrue(Arrays.deepEquals(original.confusionMatrix(), results.get(0).quality().confusionMatrix()));
        assertTrue(Files.size(dir.resolve("point-01.json")) > 0);
    }
}
