/**
 * Measurements behind docs/benchmarks.md; not part of the product. Each program prints the command
 * that reproduces it and ratios taken in the same run.
 */
package org.inferscope.benchmarks;
