package org.inferscope.engine.api;

/** Single-row latency distribution in microseconds, from an HdrHistogram of {@code samples} calls. */
public record LatencySummary(long samples, double minMicros, double p50Micros, double p90Micros,
                             double p99Micros, double p999Micros, double maxMicros, double meanMicros,
                             double stdDevMicros) {
}
