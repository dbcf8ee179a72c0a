package org.inferscope.engine.api;

import java.util.List;

/** The model as a run result records it. */
public record ModelSummary(String file, String format, long sizeBytes, String sha256, List<String> inputs,
                           List<String> outputs, String inputUsed, String outputUsed, long parameterCount) {
}
