package org.inferscope.scale;

import java.util.Objects;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.RunSpec;

/**
 * A run specification for Spark: the engine's {@link RunSpec} (model, transform, binding options, data
 * options) with the dataset as a location Spark reads instead of a local file.
 *
 * @param run the engine's spec; its data path is only used for display where {@code data} is a URI
 * @param data a local path or any Hadoop-supported URI (hdfs://, s3a://, file://), file or folder
 * @param format how to read it, or null to tell from its name or the files in it
 * @param header for CSV/TSV: whether the first line names the columns
 * @param batchRows rows per model call
 * @param partitions repartition the table into this many partitions before scoring, or 0 to keep Spark's split
 */
record ClusterRunSpec(RunSpec run, String data, DataFormat format, boolean header, int batchRows, int partitions) {

    /** Rows per call unless asked otherwise: the engine's quality pass uses the same. */
    static final int DEFAULT_BATCH_ROWS = 256;

    ClusterRunSpec {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(data, "data");
        if (batchRows < 1) {
            throw new BadInputException("Rows per call must be 1 or more, not " + batchRows + ".");
        }
        if (partitions < 0) {
            throw new BadInputException("Partitions must be 0 (as read) or more, not " + partitions + ".");
        }
    }
}
