package org.inferscope.engine.api;

import java.util.List;

/** The dataset as a run result records it. */
public record DatasetSummary(String file, String format, String sha256, int rows, int columns, String target,
                             Task task, List<String> classNames, MissingValues missing) {
}
