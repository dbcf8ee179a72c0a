package org.inferscope.engine.api;

/** How rows are fed: one per call (latency) or in batches (throughput). */
public enum RunMode {
    /** One row per call; every call's latency goes into a histogram. */
    ONLINE,
    /** Rows in batches of each requested size; rows per second is measured. */
    BATCH
}
