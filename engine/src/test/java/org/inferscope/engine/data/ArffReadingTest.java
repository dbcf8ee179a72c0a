package org.inferscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.inferscope.engine.api.MissingValuePolicy;
import org.inferscope.engine.api.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArffReadingTest {

    private static final String WEATHER = """
            % the classic weather data
            @relation weather
            @attribute outlook {sunny, overcast, rainy}
            @attribute 'air temperature' numeric
            @ATTRIBUTE humidity REAL
            @attribute play {yes,no}

            @data
            sunny,85,85,no
            % a comment inside the data
            overcast,83,?,yes
            rainy,?,96,yes
            'sunny',72,95,no
            """;

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    private Dataset load(String name, String content, DatasetOptions options) {
        return loader.load(TestFiles.text(dir, name, content), options);
    }

    private String failure(String name, String content) {
        Path file = TestFiles.text(dir, name, content);
        return assertThrows(BadInputException.class, () -> loader.load(file, DatasetOptions.defaults())).getMessage();
    }

    @Test
    void nominalTargetKeepsItsDeclaredClassOrder() {
        Dataset d = load("weather.arff", WEATHER, DatasetOptions.defaults().withMissing(MissingValuePolicy.IMPUTE_MEAN));
        assertEquals(DatasetFormat.ARFF, d.format());
        assertEquals(List.of("yes", "no"), d.target().classNames());
        assertArrayEquals(new int[] {1, 0, 0, 1}, d.target().classIds());
        assertEquals("nominal attribute", loader.describe(d).taskReason());
    }

    @Test
    void nominalFeaturesBecomeTheIndexOfTheirValue() {
        Dataset d = load("weather.arff", WEATHER, DatasetOptions.defaults().withMissing(MissingValuePolicy.IMPUTE_MEAN));
        assertEquals(List.of("outlook", "air temperature", "humidity"), d.featureNames());
        assertEquals(0f, d.features().get(0, 0));
        assertEquals(1f, d.features().get(1, 0));
        assertEquals(2f, d.features().get(2, 0));
        assertEquals(0f, d.features().get(3, 0));
    }

    @Test
    void questionMarksAreMissingAndImputedWithTheMean() {
        Dataset d = load("weather.arff", WEATHER, DatasetOptions.defaults().withMissing(MissingValuePolicy.IMPUTE_MEAN));
        assertEquals(80f, d.features().get(2, 1));
        assertEquals(92f, d.features().get(1, 2));
        assertEquals(Map.of("air temperature", 1L, "humidity", 1L), d.missing().perColumn());
    }

    @Test
    void questionMarksAreRejectedByDefaultWithTheFileLine() {
        String m = failure("weather.arff", WEATHER);
        assertTrue(m.startsWith("weather.arff line 11, column 'humidity': the value is missing"), m);
    }

    @Test
    void aNumericTargetIsInferredLikeCsv() {
        String arff = "@relation r\n@attribute a numeric\n@attribute y numeric\n@data\n1,0.5\n2,1.5\n";
        assertEquals(Task.REGRESSION, load("r.arff", arff, DatasetOptions.defaults()).target().task());
    }

    @Test
    void aStringAttributeMayBeTheTarget() {
        String arff = "@relation r\n@attribute a numeric\n@attribute name string\n@data\n1,'b c'\n2,a\n";
        Dataset d = load("s.arff", arff, DatasetOptions.defaults());
        assertEquals(List.of("a", "b c"), d.target().classNames());
    }

    @Test
    void aStringAttributeAsFeatureIsRefused() {
        String m = failure("s.arff", "@relation r\n@attribute name string\n@attribute y {a,b}\n@data\nx,a\n");
        assertTrue(m.startsWith("s.arff: string attribute 'name' can only be the target"), m);
    }

    @Test
    void aValueOutsideTheNominalListNamesLineAndAttribute() {
        String m = failure("n.arff", "@relation r\n@attribute c {a,b}\n@attribute y {p,q}\n@data\na,p\nz,q\n");
        assertTrue(m.startsWith("n.arff line 6, attribute 'c': 'z' is not one of [a, b]"), m);
    }

    @Test
    void anUndeclaredClassNamesLine() {
        String m = failure("n.arff", "@relation r\n@attribute c numeric\n@attribute y {p,q}\n@data\n1,p\n2,r\n");
        assertTrue(m.startsWith("n.arff line 6: 'r' is not one of the classes [p, q]"), m);
    }

    @Test
    void aFileWithoutDataLineIsRefused() {
        assertTrue(failure("h.arff", "@relation r\n@attribute a numeric\n@attribute b numeric\n")
                .contains("has no @data line"));
    }

    @Test
    void aRowWithTheWrongNumberOfValuesNamesTheLine() {
        String m = failure("w.arff", "@relation r\n@attribute a numeric\n@attribute y {p,q}\n@data\n1,p\n1,2,p\n");
        assertTrue(m.startsWith("w.arff line 6 has 3 values but 2 attributes are declared"), m);
    }

    @Test
    void arffIsRecognisedByContentWithoutItsExtension() {
        String arff = "% hello\n@RELATION r\n@attribute a numeric\n@attribute y {p,q}\n@data\n1,p\n";
        assertEquals(DatasetFormat.ARFF, load("r.txt", arff, DatasetOptions.defaults()).format());
    }
}
