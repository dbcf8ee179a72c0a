package org.inferscope.engine.bench;

/** The stages of an evaluation run, in the order they happen. */
public enum Phase {
    LOADING, TRANSFORM, REFERENCE, QUALITY, LATENCY, THROUGHPUT, DONE
}
