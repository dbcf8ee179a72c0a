package org.inferscope.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDatasetsTest {

    @TempDir
    static Path dir;

    static SamplesLayout layout;

    @BeforeAll
    static void writeOnce() throws Exception {
        Path raw = rawDir();
        if (Files.isDirectory(raw)) {
            layout = new SamplesLayout(dir.resolve("samples"));
            new SampleDatasets(raw).run(layout);
        }
    }

    static Path rawDir() {
        return RealCases.root().resolve("data/tabular");
    }

    private static SamplesLayout layout() {
        assumeTrue(layout != null, "real case not present: " + rawDir());
        return layout;
    }

    @Test
    void everySplitHasTheExpectedSizeAndHeader() throws IOException {
        Map<String, int[]> sizes = Map.of("iris", new int[] {120, 30}, "wine", new int[] {142, 36},
                "breast-cancer", new int[] {456, 113}, "digits", new int[] {1438, 359}, "diabetes", new int[] {354, 88});
        for (var e : sizes.entrySet()) {
            List<String> train = Files.readAllLines(layout().trainCsv(e.getKey()));
            List<String> test = Files.readAllLines(layout().testCsv(e.getKey()));
            assertArrayEquals(e.getValue(), new int[] {train.size() - 1, test.size() - 1}, e.getKey());
            assertEquals(train.get(0), test.get(0));
        }
        assertEquals("sepal_length,sepal_width,petal_length,petal_width,species",
                Files.readAllLines(layout().trainCsv("iris")).get(0));
        assertTrue(Files.readAllLines(layout().trainCsv("diabetes")).get(0)
                .equals("age,sex,bmi,bp,s1,s2,s3,s4,s5,s6,progression"));
    }

    @Test
    void classificationSplitsAreStratifiedByClass() {
        Map<String, Long> train = classCounts(layout().trainCsv("breast-cancer"), "diagnosis");
        Map<String, Long> test = classCounts(layout().testCsv("breast-cancer"), "diagnosis");
        assertEquals(Map.of("benign", 286L, "malignant", 170L), train);
        assertEquals(Map.of("benign", 71L, "malignant", 42L), test);
        assertEquals(Map.of("setosa", 10L, "versicolor", 10L, "virginica", 10L),
                classCounts(layout().testCsv("iris"), "species"));
    }

    @Test
    void theWorkbenchReadsTheSplitsWithTheirNamesAndClasses() {
        Dataset iris = new DatasetLoader().load(layout().trainCsv("iris"), DatasetOptions.defaults());
        assertEquals(SklearnFeatureNames.IRIS, iris.featureNames());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.target().classNames());
        Dataset diabetes = new DatasetLoader().load(layout().testCsv("diabetes"),
                DatasetOptions.defaults().withTask(Task.REGRESSION));
        assertEquals(10, diabetes.columns());
        assertEquals("progression", diabetes.target().name());
        Dataset digits = new DatasetLoader().load(layout().testCsv("digits"), DatasetOptions.defaults());
        assertEquals(64, digits.columns());
        assertEquals("pixel_7_7", digits.featureNames().get(63));
    }

    @Test
    void theNoticeNamesEveryDatasetAndCarriesTheLicence() throws IOException {
        String notice = Files.readString(layout().notice());
        for (String name : List.of("iris", "wine", "breast-cancer", "digits", "diabetes")) {
            assertTrue(notice.contains("## " + name + "\n"), name);
        }
        assertTrue(notice.contains("Copyright: 2007-2019 Scikit-Learn Developers"));
        assertTrue(notice.contains("Neither the name of the University nor the names of its contributors"));
    }

    @Test
    void aSecondRunWritesTheSameBytes(@TempDir Path other) throws Exception {
        SamplesLayout first = layout(); // skips the test when the raw tables are absent
        SamplesLayout again = new SamplesLayout(other);
        new SampleDatasets(rawDir()).run(again);
        for (String name : List.of("iris", "wine", "breast-cancer", "digits", "diabetes")) {
            assertArrayEquals(Files.readAllBytes(first.trainCsv(name)), Files.readAllBytes(again.trainCsv(name)));
            assertArrayEquals(Files.readAllBytes(first.testCsv(name)), Files.readAllBytes(again.testCsv(name)));
        }
        assertArrayEquals(Files.readAllBytes(first.notice()), Files.readAllBytes(again.notice()));
    }

    @Test
    void aMissingRawFolderSaysWhereTheFilesAreExpected(@TempDir Path empty) {
        Path nowhere = empty.resolve("realcases/data/tabular");
        var e = assertThrows(IllegalStateException.class,
                () -> new SampleDatasets(nowhere).run(new SamplesLayout(empty.resolve("out"))));
        assertTrue(e.getMessage().contains(nowhere.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("iris.csv"), e.getMessage());
    }

    @Test
    void numbersAreWrittenPlainWithoutTrailingZeros() {
        assertEquals("151", SplitCsvWriter.number(1.51e2));
        assertEquals("0.0007", SplitCsvWriter.number(7.0E-4));
        assertEquals("1001", SplitCsvWriter.number(1001.0));
        assertEquals("0", SplitCsvWriter.number(0.0));
        assertEquals("-0.5", SplitCsvWriter.number(-0.5));
    }

    private static Map<String, Long> classCounts(Path csv, String target) {
        Dataset d = new DatasetLoader().load(csv, DatasetOptions.defaults().withTargetColumn(target));
        List<String> names = d.target().classNames();
        return java.util.Arrays.stream(d.target().classIds()).mapToObj(names::get)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
