package org.inferscope.engine.binding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.spi.OutputValue;
import org.junit.jupiter.api.Test;

class OutputReaderTest {

    private static final List<String> IRIS = List.of("setosa", "versicolor", "virginica");

    private static OutputReader reader(List<String> classes, List<String> order, List<String> modelLabels) {
        return new OutputReader(Task.CLASSIFICATION, classes, order, modelLabels, "out");
    }

    @Test
    void integerLabelsAreLookedUpByNameAndUnknownOnesCounted() {
        OutputReader r = reader(List.of("0", "1", "2"), List.of(), List.of());
        assertArrayEquals(new int[] {2, 0, -1}, r.classIds(OutputValue.intLabels(new long[] {2, 0, 7})));
        assertEquals(1, r.unknownPredictions());
        assertEquals(Optional.of(ScoreKind.LABELS), r.scoreKind());
    }

    @Test
    void stringLabelsAreLookedUpByName() {
        OutputReader r = reader(IRIS, List.of(), List.of());
        assertArrayEquals(new int[] {1, 2}, r.classIds(OutputValue.stringLabels(new String[] {"versicolor", "virginica"})));
    }

    @Test
    void scoreColumnsMeanDatasetClassIdsWhenNothingElseIsKnown() {
        OutputReader r = reader(IRIS, List.of(), List.of());
        double[] probs = {0.1, 0.7, 0.2, 0.8, 0.1, 0.1};
        assertArrayEquals(new int[] {1, 0}, r.classIds(OutputValue.scores(2, 3, probs)));
        assertEquals(Optional.of(ScoreKind.PROBABILITIES), r.scoreKind());
    }

    @Test
    void theUsersClassOrderBeatsZipMapKeysWhichBeatTheModelsLabels() {
        double[] scores = {5, 1, 0};
        OutputValue keyed = OutputValue.keyedScores(1, List.of("virginica", "setosa", "versicolor"), scores);
        assertArrayEquals(new int[] {0}, reader(IRIS, List.of("setosa", "versicolor", "virginica"), List.of())
                .classIds(keyed));
        assertArrayEquals(new int[] {2}, reader(IRIS, List.of(), List.of("versicolor", "setosa", "virginica"))
                .classIds(keyed));
        assertArrayEquals(new int[] {1}, reader(IRIS, List.of(), List.of("versicolor", "setosa", "virginica"))
                .classIds(OutputValue.scores(1, 3, scores)));
    }

    @Test
    void aClassOrderOfTheWrongLengthIsRefused() {
        OutputReader r = reader(IRIS, List.of("setosa", "virginica"), List.of());
        assertThrows(BadInputException.class, () -> r.classIds(OutputValue.scores(1, 3, new double[] {1, 2, 3})));
    }

    @Test
    void scoreKindsAreToldApart() {
        assertEquals(ScoreKind.PROBABILITIES, OutputReader.detect(OutputValue.scores(1, 2, new double[] {0.25, 0.75})));
        assertEquals(ScoreKind.LOG_PROBABILITIES,
                OutputReader.detect(OutputValue.scores(1, 2, new double[] {Math.log(0.25), Math.log(0.75)})));
        assertEquals(ScoreKind.LOGITS, OutputReader.detect(OutputValue.scores(1, 2, new double[] {2.5, -1})));
        assertEquals(ScoreKind.LABELS, OutputReader.detect(OutputValue.intLabels(new long[] {1})));
    }

    @Test
    void oneProbabilityPerRowOfATwoClassProblemIsThresholdedAtOneHalf() {
        OutputReader r = reader(List.of("0", "1"), List.of(), List.of());
        assertArrayEquals(new int[] {1, 0, 1}, r.classIds(OutputValue.scores(3, 1, new double[] {0.9, 0.2, 0.5})));
    }

    @Test
    void regressionReadsOneValuePerRowAndRefusesWiderOutputs() {
        OutputReader r = new OutputReader(Task.REGRESSION, List.of(), List.of(), List.of(), "variable");
        double[] dest = new double[3];
        r.readValues(OutputValue.scores(2, 1, new double[] {1.5, -2}), dest, 1);
        assertArrayEquals(new double[] {0, 1.5, -2}, dest);
        assertThrows(BadInputException.class, () -> r.readValues(OutputValue.scores(1, 2, new double[] {1, 2}), dest, 0));
    }

    @Test
    void integerLabelsIndexTheUsersClassOrderWhenTheyAreNotClassNames() {
        OutputReader r = reader(IRIS, List.of("setosa", "versicolor", "virginica"), List.of());
        assertArrayEquals(new int[] {2, 0}, r.classIds(OutputValue.intLabels(new long[] {2, 0})));
        assertEquals(0, r.unknownPredictions());
    }

    @Test
    void aLabelOfOnePointZeroIsClassOne() {
        OutputReader r = reader(List.of("0", "1"), List.of(), List.of());
        assertArrayEquals(new int[] {1}, r.classIds(OutputValue.stringLabels(new String[] {"1.0"})));
    }
}
