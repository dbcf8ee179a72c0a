package org.inferscope.scale;

import java.io.Serializable;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;

/**
 * A model file sent to every executor with {@code SparkContext.addFile}, named by what identifies it:
 * executors cache the loaded model under its SHA-256 and the transform that made it.
 *
 * @param fileName the name executors find it under with {@link SparkFiles#get(String)}
 * @param sha256 the file's SHA-256
 * @param transform what was done to the original ("original", "int8-dynamic sparsity 0.5 structured")
 */
record ShippedModel(String fileName, String sha256, String transform) implements Serializable {

    /** The cache key on an executor. */
    String key() {
        return sha256 + " " + transform;
    }

    /** The executor's local copy. */
    Path localFile() {
        return Path.of(SparkFiles.get(fileName));
    }
}
