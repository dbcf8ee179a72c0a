package org.inferscope.engine.api;

/** What a dataset reader does with an empty or "?" feature cell. Never silent. */
public enum MissingValuePolicy {
    /** Refuse the file, naming the first row and column with a missing value. */
    REJECT,
    /** Replace each missing cell by its column's mean and report how many were replaced. */
    IMPUTE_MEAN
}
