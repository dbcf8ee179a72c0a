package org.inferscope.engine.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.testing.TestDatasets;
import org.junit.jupiter.api.Test;

class DriftReportTest {

    /** Column 0 ~ N(shift, 1), column 1 ~ N(0, 1). */
    private static Dataset data(int rows, double shift, long seed) {
        Random random = new Random(seed);
        float[] x = new float[rows * 2];
        for (int r = 0; r < rows; r++) {
            x[2 * r] = (float) (shift + random.nextGaussian());
            x[2 * r + 1] = (float) random.nextGaussian();
        }
        return TestDatasets.classification("d.csv", 2, x, new int[rows], List.of("0"));
    }

    @Test
    void aShiftedFeatureDriftsAndAnUnchangedOneDoesNot() {
        DriftReport r = DriftReport.of(data(2000, 0, 1), data(1500, 1, 2));
        FeatureDrift shifted = r.features().get(0);
        assertEquals("f0", shifted.feature(), "largest PSI first");
        assertTrue(shifted.psi() > 0.25, shifted.toString());
        assertEquals("major", shifted.level());
        // D of N(0,1) vs N(1,1) is 2 * Phi(0.5) - 1 = 0.383
        assertEquals(0.383, shifted.ksStatistic(), 0.05);
        assertTrue(shifted.ksPValue() < 1e-10);
        FeatureDrift same = r.features().get(1);
        assertTrue(same.psi() < 0.1, same.toString());
        assertTrue(same.ksPValue() > 0.01, same.toString());
        assertEquals(List.of("f0"), r.drifted());
    }

    @Test
    void psiOfADatasetWithItselfIsZero() {
        Dataset d = data(500, 0, 3);
        DriftReport r = DriftReport.of(d, d);
        r.features().forEach(f -> assertEquals(0, f.psi(), 1e-12));
        r.features().forEach(f -> assertEquals(0, f.ksStatistic(), 1e-12));
    }

    @Test
    void datasetsWithOtherColumnsAreRefused() {
        Dataset three = TestDatasets.classification("t.csv", 3, new float[6], new int[2], List.of("0"));
        assertThrows(BadInputException.class, () -> DriftReport.of(three, data(10, 0, 1)));
        assertThrows(BadInputException.class, () -> DriftReport.of(data(10, 0, 1), data(1, 0, 1)));
    }
}
