package org.inferscope.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class McNemarTestTest {

    /** Rows: {@code both} right in both, then only-A, only-B, then neither. */
    private static boolean[][] rows(int both, int onlyA, int onlyB, int neither) {
        int n = both + onlyA + onlyB + neither;
        boolean[] a = new boolean[n];
        boolean[] b = new boolean[n];
        int i = 0;
        for (int k = 0; k < both; k++, i++) {
            a[i] = true;
            b[i] = true;
        }
        for (int k = 0; k < onlyA; k++, i++) {
            a[i] = true;
        }
        for (int k = 0; k < onlyB; k++, i++) {
            b[i] = true;
        }
        return new boolean[][] {a, b};
    }

    @Test
    void tenDiscordantRowsAllForAIsSignificant() {
        boolean[][] r = rows(80, 10, 0, 10);
        McNemarTest t = McNemarTest.of(r[0], r[1]);
        assertEquals(2 * Math.pow(0.5, 10), t.pValue(), 1e-12);
        assertEquals(Verdict.A_BETTER, t.verdict());
        assertEquals(80, t.bothRight());
        assertEquals(10, t.bothWrong());
    }

    @Test
    void threeAgainstFiveIsNoSignificantDifference() {
        boolean[][] r = rows(50, 3, 5, 2);
        McNemarTest t = McNemarTest.of(r[0], r[1]);
        assertEquals(2 * 93 / 256.0, t.pValue(), 1e-12);
        assertEquals(Verdict.NO_SIGNIFICANT_DIFFERENCE, t.verdict());
    }

    @Test
    void identicalPredictionsHavePValueOne() {
        boolean[][] r = rows(5, 0, 0, 5);
        assertEquals(1.0, McNemarTest.of(r[0], r[1]).pValue());
    }

    @Test
    void differentRowCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> McNemarTest.of(new boolean[2], new boolean[3]));
    }
}
