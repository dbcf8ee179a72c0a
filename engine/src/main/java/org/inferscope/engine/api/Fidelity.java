package org.inferscope.engine.api;

/**
 * How closely a variant follows the original model on the same rows.
 *
 * @param rows rows compared
 * @param top1Agreement classification: fraction of rows where both predict the same class; null for regression
 * @param maxAbsDiff largest absolute difference between the two models' output values; null when the
 *                   compared output is a label
 * @param meanAbsDiff mean absolute difference over every output value; null for labels
 * @param outputMse mean squared difference over every output value; null for labels
 * @param output the output compared
 * @param original the original model's quality on the same rows, for the accuracy or error change
 */
public record Fidelity(long rows, Double top1Agreement, Double maxAbsDiff, Double meanAbsDiff, Double outputMse,
                       String output, Quality original) {
}
