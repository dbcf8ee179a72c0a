package org.inferscope.engine.sweep;

/**
 * One finished point of a sweep, saved as its own JSON file the moment it completes.
 *
 * @param schemaVersion version of this shape
 * @param index position in the plan's grid
 * @param configuration what was measured
 * @param status done or failed
 * @param error for a failed point, the sentence saying why; else null
 * @param seconds wall time the point took
 * @param finishedAt ISO-8601 instant
 * @param run the result with its raw samples, for a done point
 */
public record SweepPoint(int schemaVersion, int index, SweepConfiguration configuration, PointStatus status,
                         String error, double seconds, String finishedAt, SampledRun run) {

    public static final int SCHEMA_VERSION = 1;
}
