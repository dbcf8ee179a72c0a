package org.inferscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.IndexBase;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;

/** Third-party files from ../shared/realcases; each test skips when its file is absent. */
class RealDatasetsTest {

    private final DatasetLoader loader = new DatasetLoader();

    private static final List<String> DIGITS = IntStream.range(0, 10).mapToObj(Integer::toString).toList();

    @Test
    void mnistTestSetIsTenThousandDigitsOfTenClasses() {
        Dataset d = loader.load(RealCases.file("data/mnist/t10k-images-idx3-ubyte.gz"), DatasetOptions.defaults());
        DatasetInfo info = loader.describe(d);
        assertEquals(10_000, info.rows());
        assertEquals(784, info.columns());
        assertEquals(DIGITS, d.target().classNames());
        assertEquals(Task.CLASSIFICATION, info.task());
        assertEquals(10_000, info.classes().stream().mapToLong(DatasetInfo.ClassCount::count).sum());
        assertEquals(1_648_877, info.fileSizeBytes());
        assertEquals(7, d.target().classIds()[0]);
    }

    @Test
    void mnistLibSvmHeadMatchesTheFirstIdxDigits() {
        Dataset idx = loader.load(RealCases.file("data/mnist/t10k-images-idx3-ubyte.gz"), DatasetOptions.defaults());
        Dataset svm = loader.load(RealCases.file("data/mnist/mnist_test_head.libsvm"),
                DatasetOptions.defaults().withWidth(784));
        assertEquals(62, svm.rows());
        assertEquals(784, svm.columns());
        float[] head = new float[62 * 784];
        idx.features().copyRows(0, 62, head);
        assertArrayEquals(head, svm.features().values());
    }

    @Test
    void transposedMnistLibSvmIsZeroBasedWithReversedPixels() {
        Dataset idx = loader.load(RealCases.file("data/mnist/t10k-images-idx3-ubyte.gz"), DatasetOptions.defaults());
        DatasetOptions zeroBased = DatasetOptions.defaults().withWidth(784).withIndexBase(IndexBase.ZERO);
        Dataset svm = loader.load(RealCases.file("data/mnist/transposed_mnist_test_head.libsvm"), zeroBased);
        assertEquals(62, svm.rows());
        for (int p = 0; p < 784; p++) {
            assertEquals(idx.features().get(5, p), svm.features().get(5, 783 - p));
        }
    }

    /**
     * The first line of sklearn's iris.csv is "150,4,setosa,versicolor,virginica", not column names. It
     * holds text above numeric columns, so it reads as a header: the columns are named "150", "4",
     * "setosa", "versicolor", and the target "virginica" holds the integer classes 0..2 over 150 rows.
     */
    @Test
    void sklearnIrisReadsItsCountLineAsAHeaderAndGivesAllRows() {
        Dataset d = loader.load(RealCases.file("data/tabular/iris.csv"), DatasetOptions.defaults());
        assertEquals(150, d.rows());
        assertEquals(List.of("150", "4", "setosa", "versicolor"), d.featureNames());
        assertEquals(List.of("0", "1", "2"), d.target().classNames());
        assertEquals(List.of(50L, 50L, 50L),
                loader.describe(d).classes().stream().map(DatasetInfo.ClassCount::count).toList());
    }

    @Test
    void gzipDigitsCsvHasNoHeaderAndTenClasses() {
        Dataset d = loader.load(RealCases.file("data/tabular/digits.csv.gz"), DatasetOptions.defaults());
        assertEquals(DatasetFormat.CSV, d.format());
        assertEquals(1797, d.rows());
        assertEquals(64, d.columns());
        assertEquals("f0", d.featureNames().get(0));
        assertEquals("target", d.target().name());
        assertEquals(DIGITS, d.target().classNames());
    }

    @Test
    void spaceSeparatedDiabetesIsReadAsTenColumns() {
        Path file = RealCases.file("data/tabular/diabetes_data_raw.csv.gz");
        Dataset d = loader.load(file, DatasetOptions.defaults());
        assertEquals(442, d.rows());
        assertEquals(9, d.columns());
        assertEquals(Task.REGRESSION, d.target().task());
        assertEquals(59f, d.features().get(0, 0));
        assertEquals(87.0, d.target().values()[0]);
    }
}
