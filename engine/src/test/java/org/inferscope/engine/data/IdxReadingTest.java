package org.inferscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReadingTest {

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    private String failure(Path file) {
        return assertThrows(BadInputException.class, () -> loader.load(file, DatasetOptions.defaults())).getMessage();
    }

    @Test
    void plainIdxPairIsReadAsFlattenedPixelsAndLabels() {
        Path images = TestFiles.bytes(dir, "t10k-images-idx3-ubyte", TestFiles.idxImages(3, 2, 2));
        TestFiles.bytes(dir, "t10k-labels-idx1-ubyte", TestFiles.idxLabels(7, 1, 7));
        Dataset d = loader.load(images, DatasetOptions.defaults());
        assertEquals(DatasetFormat.IDX, d.format());
        assertEquals(3, d.rows());
        assertEquals(List.of("pixel0", "pixel1", "pixel2", "pixel3"), d.featureNames());
        assertArrayEquals(new float[] {2, 3, 4, 5}, Arrays.copyOfRange(d.features().values(), 8, 12));
        assertEquals("label", d.target().name());
        assertEquals(Task.CLASSIFICATION, d.target().task());
        assertEquals(List.of("1", "7"), d.target().classNames());
        assertArrayEquals(new int[] {1, 0, 1}, d.target().classIds());
    }

    @Test
    void gzipIdxPairIsReadAndRawByteValuesAreKept() {
        byte[] imageBytes = TestFiles.idxImages(1, 16, 16);
        Path images = TestFiles.gzip(dir, "train-images-idx3-ubyte.gz", imageBytes);
        TestFiles.gzip(dir, "train-labels-idx1-ubyte.gz", TestFiles.idxLabels(3));
        Dataset d = loader.load(images, DatasetOptions.defaults());
        assertEquals(256, d.columns());
        assertEquals(255f, d.features().get(0, 255));
    }

    @Test
    void theLabelsFileMayBeGivenInsteadOfTheImages() {
        Path images = TestFiles.bytes(dir, "x-images-idx3-ubyte", TestFiles.idxImages(2, 1, 1));
        Path labels = TestFiles.bytes(dir, "x-labels-idx1-ubyte", TestFiles.idxLabels(0, 1));
        Dataset d = loader.load(labels, DatasetOptions.defaults());
        assertEquals(images, d.source());
        assertEquals(2, d.rows());
    }

    @Test
    void aMissingLabelsFileSaysThePairIsIncomplete() {
        Path images = TestFiles.bytes(dir, "t10k-images-idx3-ubyte", TestFiles.idxImages(1, 1, 1));
        String m = failure(images);
        assertTrue(m.startsWith("The IDX pair is incomplete: t10k-images-idx3-ubyte needs its labels file"
                + " t10k-labels-idx1-ubyte"), m);
    }

    @Test
    void countsThatDoNotMatchAreRefused() {
        Path images = TestFiles.bytes(dir, "a-images-idx3-ubyte", TestFiles.idxImages(3, 1, 1));
        TestFiles.bytes(dir, "a-labels-idx1-ubyte", TestFiles.idxLabels(0, 1));
        assertTrue(failure(images).startsWith("a-labels-idx1-ubyte has 2 labels but its images file has 3"));
    }

    @Test
    void aTruncatedImagesFileIsNamed() {
        byte[] whole = TestFiles.idxImages(4, 2, 2);
        Path images = TestFiles.bytes(dir, "b-images-idx3-ubyte", Arrays.copyOf(whole, whole.length - 3));
        TestFiles.bytes(dir, "b-labels-idx1-ubyte", TestFiles.idxLabels(0, 1, 2, 3));
        String m = failure(images);
        assertTrue(m.startsWith("b-images-idx3-ubyte is truncated: it ends at byte 13 of the 4 images of 2x2"), m);
    }

    @Test
    void aTruncatedGzipImagesFileIsNamed() {
        byte[] whole = TestFiles.idxImages(50, 28, 28);
        Path full = TestFiles.gzip(dir, "full.gz", whole);
        byte[] gz = readAll(full);
        Path images = TestFiles.bytes(dir, "c-images-idx3-ubyte.gz", Arrays.copyOf(gz, gz.length / 2));
        TestFiles.gzip(dir, "c-labels-idx1-ubyte.gz", TestFiles.idxLabels(new int[50]));
        assertTrue(failure(images).startsWith("c-images-idx3-ubyte.gz is truncated"));
    }

    @Test
    void aWrongMagicNumberInTheLabelsFileIsNamed() {
        Path images = TestFiles.bytes(dir, "d-images-idx3-ubyte", TestFiles.idxImages(1, 1, 1));
        TestFiles.bytes(dir, "d-labels-idx1-ubyte", TestFiles.idxImages(1, 1, 1));
        String m = failure(images);
        assertTrue(m.startsWith("d-labels-idx1-ubyte is not an IDX labels file of unsigned bytes: it starts with"
                + " 0x00000803 instead of 0x00000801"), m);
    }

    @Test
    void anImagesFileWithTheWrongMagicIsRefusedWhenIdxIsForced() {
        Path images = TestFiles.bytes(dir, "e-images-idx3-ubyte", new byte[] {0, 0, 8, 2, 0, 0, 0, 1});
        TestFiles.bytes(dir, "e-labels-idx1-ubyte", TestFiles.idxLabels(1));
        DatasetOptions idx = DatasetOptions.defaults().withFormat(DatasetFormat.IDX);
        String m = assertThrows(BadInputException.class, () -> loader.load(images, idx)).getMessage();
        assertTrue(m.startsWith("e-images-idx3-ubyte is not an IDX images file"), m);
    }

    private static byte[] readAll(Path p) {
        try {
            return java.nio.file.Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
