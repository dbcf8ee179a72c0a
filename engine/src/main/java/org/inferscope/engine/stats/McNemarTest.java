package org.inferscope.engine.stats;

import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * McNemar's test for two classifiers scored on the same rows: only the rows where exactly one of
 * them is right carry information. Under "equally accurate" those discordant rows split 50:50, so
 * the exact two-sided binomial test on them gives the p-value (valid for any count, unlike the
 * chi-square approximation, which needs about 25 discordant rows).
 *
 * @param rows rows compared
 * @param bothRight rows both got right
 * @param onlyARight rows A got right and B wrong
 * @param onlyBRight rows B got right and A wrong
 * @param bothWrong rows both got wrong
 * @param pValue exact two-sided p-value; 1 when no row is discordant
 * @param verdict {@link Verdict#NO_SIGNIFICANT_DIFFERENCE} unless {@code pValue < 0.05}
 */
public record McNemarTest(long rows, long bothRight, long onlyARight, long onlyBRight, long bothWrong,
                          double pValue, Verdict verdict) {

    public static final double ALPHA = 0.05;

    public static McNemarTest of(boolean[] aCorrect, boolean[] bCorrect) {
        if (aCorrect.length != bCorrect.length) {
            throw new IllegalArgumentException("McNemar's test needs the same rows: " + aCorrect.length + " vs "
                    + bCorrect.length);
        }
        long both = 0;
        long onlyA = 0;
        long onlyB = 0;
        for (int i = 0; i < aCorrect.length; i++) {
            both += aCorrect[i] && bCorrect[i] ? 1 : 0;
            onlyA += aCorrect[i] && !bCorrect[i] ? 1 : 0;
            onlyB += !aCorrect[i] && bCorrect[i] ? 1 : 0;
        }
        long neither = aCorrect.length - both - onlyA - onlyB;
        long discordant = onlyA + onlyB;
        double p = discordant == 0 ? 1.0 : Math.min(1.0, new BinomialTest().binomialTest(Math.toIntExact(discordant),
                Math.toIntExact(onlyB), 0.5, AlternativeHypothesis.TWO_SIDED));
        Verdict verdict = p >= ALPHA ? Verdict.NO_SIGNIFICANT_DIFFERENCE
                : onlyB > onlyA ? Verdict.B_BETTER : Verdict.A_BETTER;
        return new McNemarTest(aCorrect.length, both, onlyA, onlyB, neither, p, verdict);
    }
}
