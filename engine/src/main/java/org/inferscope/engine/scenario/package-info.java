/**
 * Deployment scenarios in MLPerf LoadGen's vocabulary: SingleStream (p90 latency of one query at a
 * time), Offline (maximum throughput), Server (Poisson arrivals at a target rate, p99 under a bound,
 * and a search for the highest rate that meets it), and edge versus cloud (a remote device's measured
 * time plus the network's round trip and transfer, against the local device).
 */
package org.inferscope.engine.scenario;
