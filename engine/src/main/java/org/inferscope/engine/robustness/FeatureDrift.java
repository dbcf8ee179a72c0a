package org.inferscope.engine.robustness;

/**
 * How far one feature's distribution moved between a reference and a current dataset.
 *
 * @param feature the column's name
 * @param psi population stability index over the reference's decile bins
 * @param ksStatistic two-sample Kolmogorov-Smirnov D, the largest gap between the two CDFs
 * @param ksPValue its p-value (conservative when values repeat, as the test assumes continuous data)
 * @param level PSI's usual reading: below 0.1 none, 0.1-0.25 moderate, above 0.25 major
 */
public record FeatureDrift(String feature, double psi, double ksStatistic, double ksPValue, String level) {
}
