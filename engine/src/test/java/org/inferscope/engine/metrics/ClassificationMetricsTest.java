package org.inferscope.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.inferscope.engine.api.ClassQuality;
import org.inferscope.engine.api.Quality;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    @Test
    void metricsMatchAHandComputedExample() {
        // truth a a a b b c ; predicted a a b b c c
        // a: tp2 pred2 sup3 -> p1 r2/3 f1 0.8 ; b: tp1 pred2 sup2 -> p.5 r.5 f1 .5 ; c: tp1 pred2 sup1 -> p.5 r1 f1 2/3
        Quality q = ClassificationMetrics.of(new int[] {0, 0, 0, 1, 1, 2}, new int[] {0, 0, 1, 1, 2, 2}, ABC);
        assertEquals(6, q.rows());
        assertEquals(4.0 / 6, q.accuracy(), 1e-12);
        assertEquals((0.8 + 0.5 + 2.0 / 3) / 3, q.macroF1(), 1e-12);
        assertEquals(new ClassQuality("a", 3, 1.0, 2.0 / 3, 0.8), q.perClass().get(0));
        assertEquals(new ClassQuality("b", 2, 0.5, 0.5, 0.5), q.perClass().get(1));
        assertEquals(1.0, q.perClass().get(2).recall(), 1e-12);
        assertArrayEquals(new long[] {2, 1, 0}, q.confusionMatrix()[0]);
        assertArrayEquals(new long[] {0, 0, 1}, q.confusionMatrix()[2]);
        assertEquals(0L, q.unknownPredictions());
    }

    @Test
    void aClassNeverPredictedHasPrecisionZero() {
        Quality q = ClassificationMetrics.of(new int[] {0, 1}, new int[] {0, 0}, List.of("a", "b"));
        ClassQuality b = q.perClass().get(1);
        assertEquals(0.0, b.precision());
        assertEquals(0.0, b.recall());
        assertEquals(0.0, b.f1());
        assertEquals(0.5, q.perClass().get(0).precision(), 1e-12);
    }

    @Test
    void unknownPredictionsAreWrongAndCounted() {
        Quality q = ClassificationMetrics.of(new int[] {0, 1, 1}, new int[] {0, -1, 1}, List.of("a", "b"));
        assertEquals(2.0 / 3, q.accuracy(), 1e-12);
        assertEquals(1L, q.unknownPredictions());
        assertEquals(2, q.perClass().get(1).support());
        assertEquals(0.5, q.perClass().get(1).recall(), 1e-12);
        assertEquals(1.0, q.perClass().get(1).precision(), 1e-12);
    }

    @Test
    void aClassAbsentFromTruthAndPredictionsDoesNotLowerMacroF1() {
        Quality q = ClassificationMetrics.of(new int[] {0, 1}, new int[] {0, 1}, ABC);
        assertEquals(1.0, q.macroF1(), 1e-12);
    }

    @Test
    void theConfusionMatrixCountsPerTrueAndPredictedClass() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 0, 1, 2}, new int[] {1, 0, 1, -1}, ABC);
        assertEquals(1, m.count(0, 1));
        assertEquals(2, m.predicted(1));
        assertEquals(1, m.support(2));
        assertEquals(1, m.unknown(2));
        assertEquals(2, m.correct());
    }
}
