/**
 * The evaluation harness: a quality pass over every row, single-row latency into an HdrHistogram and
 * throughput per batch size, each after its own warm-up that is never measured, with provenance.
 */
package org.inferscope.engine.bench;
