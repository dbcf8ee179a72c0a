/**
 * Prediction quality: a confusion matrix computed once and the classification metrics read from it,
 * and regression errors computed with compensated summation. Results are immutable api records.
 */
package org.inferscope.engine.metrics;
