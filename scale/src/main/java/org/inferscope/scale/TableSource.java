package org.inferscope.scale;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.inferscope.engine.api.BadInputException;

/**
 * A table Spark reads: a CSV/TSV file or folder of files (gzip too) or Parquet, on a local disk or any
 * Hadoop-supported URI. Checks that the location can be read before any job starts, so that a bad path
 * is one sentence rather than a Spark stack trace.
 *
 * @param location the path or URI as the user gave it
 * @param format how to read it
 * @param header for CSV/TSV: whether the first line names the columns
 */
record TableSource(String location, DataFormat format, boolean header) {

    /** Opens {@code location}, taking the format from {@code forced}, else from its name or the files in it. */
    static TableSource of(SparkSession spark, String location, DataFormat forced, boolean header) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<FileStatus> files = readable(location, conf);
        DataFormat format = forced != null ? forced : detect(location, files);
        return new TableSource(location, format, header);
    }

    private static DataFormat detect(String location, List<FileStatus> files) {
        DataFormat byName = DataFormat.fromName(location);
        if (byName != null) {
            return byName;
        }
        for (FileStatus file : files) {
            DataFormat inside = DataFormat.fromName(file.getPath().getName());
            if (inside != null) {
                return inside;
            }
        }
        return DataFormat.CSV;
    }

    /** The files at {@code location}, or one sentence saying why it cannot be read. */
    private static List<FileStatus> readable(String location, Configuration conf) {
        try {
            Path path = new Path(URI.create(location.contains("://") ? location : new java.io.File(location)
                    .getAbsoluteFile().toURI().toString()));
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status = fs.getFileStatus(path);
            return status.isDirectory() ? List.of(fs.listStatus(path)) : List.of(status);
        } catch (java.io.FileNotFoundException e) {
            throw new BadInputException("The dataset " + location + " does not exist: check the path or URI.", e);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("The dataset " + location + " cannot be read (" + firstLine(e)
                    + "): check the URI, and that Spark has the Hadoop connector for its scheme.", e);
        }
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The table as Spark reads it: every CSV cell as text, Parquet columns as typed. */
    Dataset<Row> read(SparkSession spark) {
        if (format == DataFormat.PARQUET) {
            return spark.read().parquet(location);
        }
        DataFrameReader reader = spark.read()
                .option("header", header)
                .option("sep", format == DataFormat.TSV ? "\t" : ",")
                .option("inferSchema", false)
                .option("mode", "FAILFAST");
        return reader.csv(location);
    }

    /** What the result records as the dataset's format ("CSV"). */
    String formatName() {
        return format.name();
    }
}
