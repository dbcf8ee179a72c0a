/**
 * The engine's evaluation on Apache Spark: each partition scores its rows with the engine's binding and
 * returns small mergeable tallies (counts, compensated sums, a latency histogram); the driver merges them
 * into the same {@link org.inferscope.engine.api.RunResult} a single machine would write.
 */
package org.inferscope.scale;
