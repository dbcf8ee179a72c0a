package org.inferscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.MissingValuePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    private Dataset load(String name, String content) {
        return loader.load(TestFiles.text(dir, name, content), DatasetOptions.defaults());
    }

    private String failure(String name, String content, DatasetOptions options) {
        Path file = TestFiles.text(dir, name, content);
        return assertThrows(BadInputException.class, () -> loader.load(file, options)).getMessage();
    }

    private String failure(String name, String content) {
        return failure(name, content, DatasetOptions.defaults());
    }

    @Test
    void csvWithHeaderKeepsColumnNamesAndTakesTheLastAsTarget() {
        Dataset d = load("data.csv", "age,height,label\n30,1.8,0\n40,1.6,1\n");
        assertEquals(List.of("age", "height"), d.featureNames());
        assertEquals("label", d.target().name());
        assertEquals(2, d.rows());
        assertArrayEquals(new float[] {30f, 1.8f, 40f, 1.6f}, d.features().values());
        assertEquals(DatasetFormat.CSV, d.format());
    }

    @Test
    void csvWithoutHeaderGetsGeneratedNamesAndATargetCalledTarget() {
        Dataset d = load("data.csv", "1,2,0\n3,4,1\n");
        assertEquals(List.of("f0", "f1"), d.featureNames());
        assertEquals("target", d.target().name());
        assertEquals(2, d.rows());
    }

    @Test
    void semicolonTabAndPipeDelimitersAreSniffed() {
        assertEquals(3, load("a.csv", "a;b;c\n1;2;0\n3;4;1\n").columns() + 1);
        Dataset tsv = load("b.txt", "a\tb\tc\n1\t2\t0\n3\t4\t1\n");
        assertEquals(DatasetFormat.TSV, tsv.format());
        assertEquals(List.of("a", "b"), tsv.featureNames());
        assertEquals(List.of("a", "b"), load("c.csv", "a|b|c\n1|2|0\n3|4|1\n").featureNames());
    }

    @Test
    void whitespaceSeparatedColumnsAreRead() {
        Dataset d = load("d.txt", "59 2  32.1 101.0\n48 1 21.6 87.0\n");
        assertEquals(3, d.columns());
        assertEquals(21.6f, d.features().get(1, 2));
    }

    @Test
    void quotedFieldsMayHoldTheDelimiter() {
        Dataset d = load("q.csv", "\"a,b\",c,\"class, name\"\n1,2,\"x, y\"\n3,4,z\n");
        assertEquals(List.of("a,b", "c"), d.featureNames());
        assertEquals(List.of("x, y", "z"), d.target().classNames());
    }

    @Test
    void aUtf8ByteOrderMarkIsStripped() {
        Dataset d = load("bom.csv", "\uFEFFage,label\n1,0\n2,1\n");
        assertEquals(List.of("age"), d.featureNames());
    }

    @Test
    void gzipCompressedCsvIsReadTransparently() {
        Path file = TestFiles.gzip(dir, "data.csv.gz", "x,y\n1,0\n2,1\n".getBytes(StandardCharsets.UTF_8));
        Dataset d = loader.load(file, DatasetOptions.defaults());
        assertEquals(2, d.rows());
        assertEquals(List.of("x"), d.featureNames());
    }

    @Test
    void targetCanBeChosenByNameOrIndex() {
        String csv = "a,b,c\n1,5,0\n2,6,1\n";
        Path file = TestFiles.text(dir, "t.csv", csv);
        assertEquals("a", loader.load(file, DatasetOptions.defaults().withTargetColumn("a")).target().name());
        Dataset byIndex = loader.load(file, DatasetOptions.defaults().withTargetColumn("1"));
        assertEquals("b", byIndex.target().name());
        assertEquals(List.of("a", "c"), byIndex.featureNames());
    }

    @Test
    void unknownTargetColumnListsTheAvailableOnes() {
        String m = failure("t.csv", "a,b,c\n1,5,0\n", DatasetOptions.defaults().withTargetColumn("price"));
        assertTrue(m.contains("t.csv has no column 'price'") && m.contains("a, b, c"), m);
    }

    @Test
    void raggedRowNamesTheLineAndTheHeaderWidth() {
        String m = failure("data.csv", "a,b,c,d,e\n1,2,3,4,5\n1,2,3\n");
        assertTrue(m.startsWith("data.csv line 3 has 3 fields, the header has 5: fix that row"), m);
    }

    @Test
    void textInANumericColumnNamesLineColumnAndValue() {
        String m = failure("data.csv", "age,label\n1,0\n2,1\nabc,0\n");
        assertTrue(m.startsWith("data.csv line 4, column 'age': 'abc' is not a number"), m);
    }

    @Test
    void emptyFileIsRefused() {
        assertTrue(failure("empty.csv", "").startsWith("empty.csv is empty"));
        assertTrue(failure("blank.csv", "\n\n  \n").startsWith("blank.csv is empty"));
    }

    @Test
    void headerOnlyFileIsRefused() {
        assertTrue(failure("h.csv", "age,height,label\n").contains("has a header but no data rows"));
    }

    @Test
    void aPngGivenAsCsvIsRecognised() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path file = TestFiles.bytes(dir, "picture.csv", png);
        String m = assertThrows(BadInputException.class, () -> loader.load(file, DatasetOptions.defaults()))
                .getMessage();
        assertTrue(m.startsWith("picture.csv is not a text table (it looks like a PNG image)"), m);
    }

    @Test
    void aSingleColumnFileSaysThereIsNoFeature() {
        assertTrue(failure("one.csv", "1\n2\n3\n").contains("has a single column"));
    }

    @Test
    void missingFeatureIsRejectedByDefaultNamingLineAndColumn() {
        String m = failure("m.csv", "a,b,label\n1,2,0\n1,?,1\n");
        assertTrue(m.startsWith("m.csv line 3, column 'b': the value is missing"), m);
    }

    @Test
    void missingFeaturesAreImputedWithTheColumnMeanAndReported() {
        Path file = TestFiles.text(dir, "m.csv", "a,b,label\n1,2,0\n3,NA,1\n,4,0\n5,,1\n");
        Dataset d = loader.load(file, DatasetOptions.defaults().withMissing(MissingValuePolicy.IMPUTE_MEAN));
        assertEquals(3f, d.features().get(2, 0));
        assertEquals(3f, d.features().get(1, 1));
        assertEquals(3, d.missing().cells());
        assertEquals(3, d.missing().rowsAffected());
        assertEquals(Map.of("a", 1L, "b", 2L), d.missing().perColumn());
        assertEquals(MissingValuePolicy.IMPUTE_MEAN, d.missing().policy());
    }

    @Test
    void aColumnWithNoValuesCannotBeImputed() {
        String m = failure("m.csv", "a,b,label\n1,,0\n3,,1\n",
                DatasetOptions.defaults().withMissing(MissingValuePolicy.IMPUTE_MEAN));
        assertTrue(m.contains("column 'b': every value is missing"), m);
    }

    @Test
    void missingTargetIsAlwaysRejectedNamingTheRow() {
        String m = failure("m.csv", "a,label\n1,0\n2,\n",
                DatasetOptions.defaults().withMissing(MissingValuePolicy.IMPUTE_MEAN));
        assertTrue(m.startsWith("m.csv line 3: the target 'label' is missing"), m);
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nowhere.csv");
        String m = assertThrows(BadInputException.class, () -> loader.load(file, DatasetOptions.defaults()))
                .getMessage();
        assertTrue(m.contains("nowhere.csv does not exist"), m);
    }

    @Test
    void aTruncatedGzipFileIsReportedAsTruncated() {
        Path whole = TestFiles.gzip(dir, "whole.csv.gz", "a,b\n1,2\n3,4\n".repeat(2000).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = assertDoesNotThrowRead(whole);
        Path cut = TestFiles.bytes(dir, "cut.csv.gz", java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String m = assertThrows(BadInputException.class, () -> loader.load(cut, DatasetOptions.defaults()))
                .getMessage();
        assertTrue(m.startsWith("cut.csv.gz is truncated or corrupt"), m);
    }

    private static byte[] assertDoesNotThrowRead(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
