package org.inferscope.engine.api;

/**
 * Memory seen during a run.
 *
 * @param peakResidentBytes the process's peak resident set (Linux VmHWM), or -1 where unknown
 * @param peakHeapBytes the JVM heap's peak use, summed over pools
 */
public record MemoryUsage(long peakResidentBytes, long peakHeapBytes) {
}
