/**
 * Many configurations as one job: a grid sweep saved point by point so that it survives a crash and
 * resumes, the accuracy-aware tuner, and the raw samples (per-call latencies, per-round throughput,
 * per-row correctness) that make their confidence intervals honest.
 */
package org.inferscope.engine.sweep;
