package org.inferscope.engine.api;

/**
 * Whether the feature indices of a LibSVM file start at 0 or 1. {@link #AUTO} reads a file as
 * 0-based when any index 0 appears and as 1-based otherwise, which is wrong for a 0-based file
 * whose first feature is never set; such a file needs {@link #ZERO}.
 */
public enum IndexBase {
    AUTO, ZERO, ONE
}
