/**
 * How a model holds up when its inputs change: accuracy under Gaussian noise and feature dropout at
 * increasing levels, and a drift report between two datasets (PSI and Kolmogorov-Smirnov per feature).
 */
package org.inferscope.engine.robustness;
