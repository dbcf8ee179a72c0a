package org.inferscope.engine.scenario;

/**
 * One Server-scenario trial at a fixed arrival rate.
 *
 * @param ratePerSecond target queries per second (Poisson arrivals)
 * @param queries queries planned
 * @param issued queries actually issued (fewer when stopped early)
 * @param p50Micros median latency, arrival to completion, over the issued queries
 * @param p99Micros 99th percentile latency over the issued queries
 * @param meetsBound whether the p99 is within the bound
 * @param stoppedEarly whether the trial stopped once more than 1 % of queries had exceeded the bound (the
 *                     p99 could then no longer meet it)
 */
public record ServerTrial(double ratePerSecond, int queries, int issued, double p50Micros, double p99Micros,
                          boolean meetsBound, boolean stoppedEarly) {
}
