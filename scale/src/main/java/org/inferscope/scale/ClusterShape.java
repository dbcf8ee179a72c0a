package org.inferscope.scale;

import org.apache.spark.sql.SparkSession;

/**
 * Where a run went: the master URL, the executors Spark had when it finished, their cores, and the
 * partitions scored. In local mode the driver JVM is the one executor.
 */
record ClusterShape(String master, int executors, int cores, int partitions) {

    static ClusterShape of(SparkSession spark, int partitions) {
        String master = spark.sparkContext().master();
        int registered = spark.sparkContext().getExecutorMemoryStatus().size();
        int executors = master.startsWith("local") ? 1 : Math.max(1, registered - 1);
        return new ClusterShape(master, executors, spark.sparkContext().defaultParallelism(), partitions);
    }

    String describe() {
        return "master " + master + ", " + executors + (executors == 1 ? " executor" : " executors")
                + (master.startsWith("local") ? " (the driver JVM)" : "") + ", " + cores + " cores, "
                + partitions + (partitions == 1 ? " partition" : " partitions");
    }
}
