package org.inferscope.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input on Spark is one sentence, as on a single machine, never a Spark stack trace. */
class BadInputTest {
    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover(BadInputTest.class.getClassLoader());

    private static BadInputException failure(RunSpec spec, String data) {
        return assertThrows(BadInputException.class, () -> new ClusterEvaluation(LocalSpark.session(), REGISTRY)
                .run(new ClusterRunSpec(spec, data, null, true, 256, 0)));
    }

    private static RunSpec digits() {
        return ClusterEvaluationTest.spec(LocalSpark.sample("models/digits-mlp.onnx"),
                LocalSpark.sample("datasets/digits-test.csv"), TransformSpec.none());
    }

    @Test
    void aMissingTargetColumnNamesTheColumnsThereAre() {
        RunSpec spec = digits();
        RunSpec wrongTarget = new RunSpec(spec.model(), spec.data(), spec.dataOptions().withTargetColumn("label"),
                null, spec.scaling(), spec.modes(), spec.batchSizes(), 0, 1, 1, 42L, spec.classOrder());
        String message = failure(wrongTarget, spec.data().toString()).getMessage();
        assertTrue(message.startsWith("digits-test.csv has no column 'label': give one of pixel_0_0,"), message);
    }

    @Test
    void aPathThatDoesNotExistIsOneSentence() {
        String message = failure(digits(), "/nonexistent/inferscope/rows.csv").getMessage();
        assertEquals("The dataset /nonexistent/inferscope/rows.csv does not exist: check the path or URI.", message);
    }

    @Test
    void aUriSchemeWithoutAConnectorSaysSo() {
        String message = failure(digits(), "nosuchfs://bucket/rows.parquet").getMessage();
        assertTrue(message.startsWith("The dataset nosuchfs://bucket/rows.parquet cannot be read ("), message);
        assertTrue(message.endsWith("the Hadoop connector for its scheme."), message);
    }

    @Test
    void aTextCellAmongTheFeaturesIsNamedFromInsideTheTask(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "a,b,y\n1,2,0\n3,oops,1\n");
        RunSpec spec = ClusterEvaluationTest.spec(LocalSpark.sample("models/digits-mlp.onnx"), csv, TransformSpec.none());
        // the first rows read on the driver already hold the bad cell: the same sentence as inside a task
        String message = failure(spec, csv.toString()).getMessage();
        assertEquals("bad.csv, column 'b': 'oops' is not a number; features must be numbers, so fix the cell or make"
                + " this column the target.", message);
    }

    @Test
    void theCommandLinePrintsOneSentenceAndExitsWithTwo() {
        StringWriter err = new StringWriter();
        int code = ScaleLauncher.execute(new String[] {"spark-eval", "--model",
                LocalSpark.sample("models/digits-mlp.onnx").toString(), "--data", "/nonexistent/rows.csv",
                "--master", "local[1]"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code);
        assertEquals("InferScope: The dataset /nonexistent/rows.csv does not exist: check the path or URI.",
                err.toString().trim());
    }
}
