package org.inferscope.engine.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.FeatureMatrix;
import org.inferscope.engine.api.MissingValuePolicy;
import org.inferscope.engine.api.MissingValues;
import org.inferscope.engine.api.Target;

/** Small in-memory datasets for tests that need no file. */
public final class TestDatasets {

    private TestDatasets() {
    }

    public static Dataset classification(String name, int columns, float[] values, int[] classIds,
                                         List<String> classNames) {
        return new Dataset(name, Path.of(name), DatasetFormat.CSV, names(columns),
                new FeatureMatrix(classIds.length, columns, values),
                Target.classes("label", classIds, classNames), MissingValues.none(MissingValuePolicy.REJECT));
    }

    public static Dataset regression(String name, int columns, float[] values, double[] targets) {
        return new Dataset(name, Path.of(name), DatasetFormat.CSV, names(columns),
                new FeatureMatrix(targets.length, columns, values),
                Target.numbers("y", targets), MissingValues.none(MissingValuePolicy.REJECT));
    }

    /** A classification dataset of {@code rows} x {@code columns} zeros, all of class "0". */
    public static Dataset zeros(String name, int rows, int columns) {
        return classification(name, columns, new float[rows * columns], new int[rows], List.of("0", "1"));
    }

    private static List<String> names(int columns) {
        return IntStream.range(0, columns).mapToObj(i -> "f" + i).toList();
    }
}
