package org.inferscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.FeatureMatrix;
import org.inferscope.engine.api.MissingValuePolicy;
import org.inferscope.engine.api.MissingValues;
import org.inferscope.engine.api.Target;
import org.inferscope.engine.api.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetInfoTest {

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    @Test
    void describeReportsSizesNamesClassesAndImputation() {
        String csv = "a,b,label\n1,2,cat\n3,NaN,dog\n5,6,cat\n";
        Path file = TestFiles.text(dir, "pets.csv", csv);
        Dataset d = loader.load(file, DatasetOptions.defaults().withMissing(MissingValuePolicy.IMPUTE_MEAN));
        DatasetInfo info = loader.describe(d);
        assertEquals(file.toString(), info.file());
        assertEquals(DatasetFormat.CSV, info.format());
        assertEquals(3, info.rows());
        assertEquals(2, info.columns());
        assertEquals(List.of("a", "b"), info.columnNames());
        assertEquals("label", info.target());
        assertEquals(Task.CLASSIFICATION, info.task());
        assertEquals(List.of(new DatasetInfo.ClassCount("cat", 2), new DatasetInfo.ClassCount("dog", 1)),
                info.classes());
        assertEquals(new MissingValues(1, 1, Map.of("b", 1L), MissingValuePolicy.IMPUTE_MEAN), info.missing());
        assertEquals(csv.length(), info.fileSizeBytes());
    }

    @Test
    void describeGivesAReasonForDatasetsItDidNotLoad() {
        Dataset d = new Dataset("x", null, DatasetFormat.CSV, List.of("f0"), new FeatureMatrix(2, 1, new float[2]),
                Target.classes("y", new int[] {0, 1}, List.of("0", "1")), MissingValues.none(MissingValuePolicy.REJECT));
        DatasetInfo info = loader.describe(d);
        assertEquals("2 distinct integer values", info.taskReason());
        assertEquals(-1, info.fileSizeBytes());
    }

    @Test
    void lineNumbersInMessagesCountBlankLines() {
        Path file = TestFiles.text(dir, "gaps.csv", "a,label\n\n1,0\n\nx,1\n");
        String m = assertThrows(BadInputException.class, () -> loader.load(file, DatasetOptions.defaults()))
                .getMessage();
        assertTrue(m.startsWith("gaps.csv line 5, column 'a'"), m);
    }
}
