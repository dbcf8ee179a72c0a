package org.inferscope.engine.sweep;

/** How a sweep point ended. */
public enum PointStatus {
    /** Measured; the run and its samples are saved. */
    DONE,
    /** Could not be measured (a transform the backend lacks, a device not present); the error says why. */
    FAILED
}
