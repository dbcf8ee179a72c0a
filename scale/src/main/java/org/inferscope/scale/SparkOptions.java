package org.inferscope.scale;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where Spark runs and how it reads the data: shared by {@code spark-eval} and {@code spark-sweep}. */
final class SparkOptions {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*] (embedded, the default), local[N], spark://host:7077, yarn, "
                    + "k8s://... Under spark-submit, leave it out and pass --master to spark-submit.")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "Any Spark setting, e.g. --conf spark.executor.memory=4g (repeatable).")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, tsv or parquet (default: from the name, else from the files in the folder, else csv).")
    String format;

    @Option(names = "--no-header", description = "CSV/TSV: the first line is data, not column names.")
    boolean noHeader;

    DataFormat dataFormat() {
        return format == null ? null : DataFormat.parse(format);
    }
}
