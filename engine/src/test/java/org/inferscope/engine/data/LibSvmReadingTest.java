package org.inferscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.IndexBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibSvmReadingTest {

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    private Dataset load(String name, String content, DatasetOptions options) {
        return loader.load(TestFiles.text(dir, name, content), options);
    }

    private String failure(String name, String content, DatasetOptions options) {
        Path file = TestFiles.text(dir, name, content);
        return assertThrows(BadInputException.class, () -> loader.load(file, options)).getMessage();
    }

    @Test
    void oneBasedIndicesStartAtColumnZero() {
        Dataset d = load("a.libsvm", "1 1:0.5 3:2\n0 2:1\n", DatasetOptions.defaults());
        assertEquals(DatasetFormat.LIBSVM, d.format());
        assertEquals(3, d.columns());
        assertArrayEquals(new float[] {0.5f, 0, 2, 0, 1, 0}, d.features().values());
        assertEquals("label", d.target().name());
        assertEquals(List.of("0", "1"), d.target().classNames());
    }

    @Test
    void anIndexZeroMakesTheFileZeroBased() {
        Dataset d = load("a.svm", "1 0:0.5 2:2\n0 1:1\n", DatasetOptions.defaults());
        assertArrayEquals(new float[] {0.5f, 0, 2, 0, 1, 0}, d.features().values());
    }

    @Test
    void theIndexBaseCanBeGivenForZeroBasedFilesThatNeverUseIndexZero() {
        Dataset d = load("a.svm", "1 1:0.5\n0 2:1\n", DatasetOptions.defaults().withIndexBase(IndexBase.ZERO));
        assertEquals(3, d.columns());
        assertEquals(0.5f, d.features().get(0, 1));
    }

    @Test
    void aGivenWidthPadsWithZeros() {
        Dataset d = load("a.libsvm", "1 1:0.5\n0 2:1\n", DatasetOptions.defaults().withWidth(5));
        assertEquals(5, d.columns());
        assertEquals(0, d.missing().cells());
    }

    @Test
    void anIndexBeyondTheWidthNamesTheLine() {
        String m = failure("a.libsvm", "1 1:0.5\n0 2:1\n1 9:1\n", DatasetOptions.defaults().withWidth(5));
        assertTrue(m.startsWith("a.libsvm line 3 uses index 9, beyond the width of 5 columns"), m);
    }

    @Test
    void commentsAndQidAreIgnored() {
        Dataset d = load("a.svmlight", "# header comment\n3 qid:1 1:1 2:2 # row comment\n-1 qid:2 2:4\n",
                DatasetOptions.defaults());
        assertEquals(2, d.rows());
        assertEquals(List.of("-1", "3"), d.target().classNames());
        assertEquals(4f, d.features().get(1, 1));
    }

    @Test
    void garbageNamesTheLineAndTheToken() {
        String m = failure("g.libsvm", "1 1:0.5\n0 hello\n", DatasetOptions.defaults());
        assertTrue(m.startsWith("g.libsvm line 2: 'hello' is not an index:value pair"), m);
        String v = failure("v.libsvm", "1 1:abc\n", DatasetOptions.defaults());
        assertTrue(v.startsWith("v.libsvm line 1: '1:abc' has a value that is not a number"), v);
    }

    @Test
    void libSvmContentIsRecognisedInATxtFile() {
        assertEquals(DatasetFormat.LIBSVM, load("d.txt", "3 1:0.5 7:2\n1 2:1\n", DatasetOptions.defaults()).format());
    }

    @Test
    void aTargetColumnOtherThanLabelIsRefused() {
        String m = failure("a.libsvm", "1 1:0.5\n", DatasetOptions.defaults().withTargetColumn("f3"));
        assertTrue(m.startsWith("a.libsvm has a single target, 'label'"), m);
    }

    @Test
    void moreValuesThanOneArrayHoldsAreRefused() {
        String m = failure("huge.libsvm", "1 1:1\n0 1:1\n", DatasetOptions.defaults().withWidth(Integer.MAX_VALUE));
        assertTrue(m.contains("more than one float matrix can hold"), m);
    }
}
