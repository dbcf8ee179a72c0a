package org.inferscope.cli;

import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.IndexBase;
import org.inferscope.engine.api.MissingValuePolicy;
import org.inferscope.engine.api.Task;
import picocli.CommandLine.Option;

/** The options that say how to read a dataset, shared by {@code eval} and {@code info}. */
final class DataOptionsMixin {

    @Option(names = "--target", paramLabel = "COL",
            description = "Target column by name or 0-based index (default: the last column).")
    String target;

    @Option(names = "--task", paramLabel = "TASK",
            description = "Force the task: ${COMPLETION-CANDIDATES} (default: inferred from the target).")
    Task task;

    @Option(names = "--missing", paramLabel = "POLICY", defaultValue = "REJECT",
            description = "Missing feature values: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    MissingValuePolicy missing;

    @Option(names = "--width", paramLabel = "N", defaultValue = "0",
            description = "LibSVM: number of feature columns (default: the largest index seen, or the model's input width).")
    int width;

    @Option(names = "--index-base", paramLabel = "BASE", defaultValue = "AUTO",
            description = "LibSVM: feature indices start at ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: "
                    + "0-based when an index 0 appears).")
    IndexBase indexBase;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Force the dataset format: ${COMPLETION-CANDIDATES} (default: from the file).")
    DatasetFormat format;

    DatasetOptions toOptions() {
        return new DatasetOptions(target, task, missing, width, format, indexBase);
    }
}
