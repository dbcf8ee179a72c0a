package org.inferscope.engine.sweep;

/** What "fastest" means for the tuner. */
public enum TuningObjective {
    /** Most rows per second at the tuning batch size (median over rounds). */
    THROUGHPUT,
    /** Lowest single-row median latency. */
    LATENCY
}
