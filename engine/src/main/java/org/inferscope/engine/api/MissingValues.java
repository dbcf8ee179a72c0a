package org.inferscope.engine.api;

import java.util.Map;

/**
 * What a reader found missing and what it did about it.
 *
 * @param cells number of missing feature cells
 * @param rowsAffected rows with at least one missing feature
 * @param perColumn column name to missing count, only columns with any
 * @param policy the policy that was applied
 */
public record MissingValues(long cells, long rowsAffected, Map<String, Long> perColumn, MissingValuePolicy policy) {
    public MissingValues {
        perColumn = Map.copyOf(perColumn);
    }

    public static MissingValues none(MissingValuePolicy policy) {
        return new MissingValues(0, 0, Map.of(), policy);
    }
}
