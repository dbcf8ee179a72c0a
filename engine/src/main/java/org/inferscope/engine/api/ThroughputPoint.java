package org.inferscope.engine.api;

/**
 * Throughput at one batch size: the median over {@code rounds} timed rounds, with the spread.
 *
 * @param batchSize rows per call as requested
 * @param rowsPerSecond median rows per second over the rounds
 * @param minRowsPerSecond slowest round
 * @param maxRowsPerSecond fastest round
 * @param rounds timed rounds
 * @param rowsPerRound rows scored in each round
 */
public record ThroughputPoint(int batchSize, double rowsPerSecond, double minRowsPerSecond,
                              double maxRowsPerSecond, int rounds, long rowsPerRound) {
}
