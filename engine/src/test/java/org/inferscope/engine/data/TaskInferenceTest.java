package org.inferscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskInferenceTest {

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    private Dataset load(String csv, DatasetOptions options) {
        return loader.load(TestFiles.text(dir, "t.csv", csv), options);
    }

    private static String withTargets(List<String> targets) {
        return "x,y\n" + IntStream.range(0, targets.size()).mapToObj(i -> i + "," + targets.get(i))
                .collect(Collectors.joining("\n")) + "\n";
    }

    @Test
    void fewDistinctIntegersAreClassification() {
        Dataset d = load(withTargets(List.of("1", "0", "2", "1")), DatasetOptions.defaults());
        assertEquals(Task.CLASSIFICATION, d.target().task());
        assertEquals("3 distinct integer values", loader.describe(d).taskReason());
    }

    @Test
    void integerClassNamesAreOrderedNumericallyAndIdsIndexIntoThem() {
        Dataset d = load(withTargets(List.of("10", "2", "0", "1", "2")), DatasetOptions.defaults());
        assertEquals(List.of("0", "1", "2", "10"), d.target().classNames());
        assertArrayEquals(new int[] {3, 2, 0, 1, 2}, d.target().classIds());
    }

    @Test
    void integerLabelsWrittenWithADecimalPointBecomeIntegers() {
        Dataset d = load(withTargets(List.of("1.0", "0.0", "1")), DatasetOptions.defaults());
        assertEquals(List.of("0", "1"), d.target().classNames());
        assertArrayEquals(new int[] {1, 0, 1}, d.target().classIds());
    }

    @Test
    void textLabelsAreClassificationOrderedLexicographically() {
        Dataset d = load(withTargets(List.of("virginica", "setosa", "versicolor")), DatasetOptions.defaults());
        assertEquals(Task.CLASSIFICATION, d.target().task());
        assertEquals(List.of("setosa", "versicolor", "virginica"), d.target().classNames());
        assertEquals("3 distinct text values", loader.describe(d).taskReason());
    }

    @Test
    void continuousValuesAreRegression() {
        Dataset d = load(withTargets(List.of("1.5", "2.25", "3")), DatasetOptions.defaults());
        assertEquals(Task.REGRESSION, d.target().task());
        assertArrayEquals(new double[] {1.5, 2.25, 3}, d.target().values());
        assertEquals("continuous values", loader.describe(d).taskReason());
    }

    @Test
    void moreThanTwentyDistinctIntegersAreRegression() {
        List<String> targets = IntStream.range(0, 21).mapToObj(Integer::toString).toList();
        Dataset d = load(withTargets(targets), DatasetOptions.defaults());
        assertEquals(Task.REGRESSION, d.target().task());
    }

    @Test
    void twentyDistinctIntegersAreStillClassification() {
        List<String> targets = IntStream.range(0, 20).mapToObj(Integer::toString).toList();
        assertEquals(Task.CLASSIFICATION, load(withTargets(targets), DatasetOptions.defaults()).target().task());
    }

    @Test
    void theOptionsCanForceClassificationOrRegression() {
        Dataset forced = load(withTargets(List.of("0", "1", "0")), DatasetOptions.defaults().withTask(Task.REGRESSION));
        assertEquals(Task.REGRESSION, forced.target().task());
        assertEquals("set by options", loader.describe(forced).taskReason());
        List<String> many = IntStream.range(0, 30).mapToObj(Integer::toString).toList();
        Dataset classes = load(withTargets(many), DatasetOptions.defaults().withTask(Task.CLASSIFICATION));
        assertEquals(30, classes.target().classNames().size());
        assertEquals("29", classes.target().classNames().get(29));
    }

    @Test
    void regressionOnATextColumnIsRefusedWithASentence() {
        Path file = TestFiles.text(dir, "t.csv", withTargets(List.of("cat", "dog")));
        DatasetOptions options = DatasetOptions.defaults().withTask(Task.REGRESSION);
        String m = assertThrows(BadInputException.class, () -> loader.load(file, options)).getMessage();
        assertTrue(m.startsWith("t.csv: the target 'y' holds text"), m);
        assertTrue(m.contains("cannot be a regression target"), m);
    }
}
