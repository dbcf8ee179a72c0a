/**
 * Honest statistics over measurements: bootstrap confidence intervals for accuracy and latency
 * percentiles, verdicts that say "faster" only when the intervals do, and McNemar's test for two
 * classifiers scored on the same rows.
 */
package org.inferscope.engine.stats;
