package org.inferscope.app.viewmodel.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.robustness.Perturbation;
import org.junit.jupiter.api.Test;

class PerturbationLevelsTest {
    static final Perturbation.Kind NOISE = Perturbation.Kind.GAUSSIAN_NOISE;
    static final Perturbation.Kind DROPOUT = Perturbation.Kind.FEATURE_DROPOUT;

    @Test
    void levelsAreSortedWithoutRepeatsWhateverTheSeparators() {
        assertEquals(List.of(0.0, 0.25, 0.5, 1.0), PerturbationLevels.parse(" 1; 0.5 0.25,0, 1 ", NOISE));
    }

    @Test
    void theDefaultsAreTheCommandLines() {
        assertEquals(List.of(0.0, 0.1, 0.25, 0.5, 1.0), PerturbationLevels.parse(PerturbationLevels.defaults(NOISE), NOISE));
        assertEquals(List.of(0.0, 0.1, 0.2, 0.3, 0.5), PerturbationLevels.parse(PerturbationLevels.defaults(DROPOUT), DROPOUT));
    }

    @Test
    void emptyNegativeOrTooManyLevelsEachGetTheirSentence() {
        assertEquals("Type the levels to measure, separated by commas (for example 0, 0.1, 0.25, 0.5, 1).",
                PerturbationLevels.problem("  ", NOISE));
        assertEquals("Levels must be 0 or more, not -0.1.", PerturbationLevels.problem("0, -0.1", NOISE));
        assertEquals("Levels must be 0 or more, not NaN.", PerturbationLevels.problem("NaN", NOISE));
        assertEquals("Dropout levels are fractions of cells between 0 and 1, not 2.", PerturbationLevels.problem("0, 2", DROPOUT));
        String many = String.join(",", java.util.stream.IntStream.range(0, 21).mapToObj(Integer::toString).toList());
        assertThrows(BadInputException.class, () -> PerturbationLevels.parse(many, NOISE));
        assertEquals("", PerturbationLevels.problem("0, 2", NOISE));
    }

    @Test
    void levelsReadAsTheHeadlineSaysThem() {
        assertEquals("σ = 0.25", PerturbationLevels.words(NOISE, 0.25));
        assertEquals("30% dropout", PerturbationLevels.words(DROPOUT, 0.3));
        assertEquals("σ = 0", PerturbationLevels.words(NOISE, 0));
    }
}
