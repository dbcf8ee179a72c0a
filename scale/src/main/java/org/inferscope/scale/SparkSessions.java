package org.inferscope.scale;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the Spark session a command runs in: the given master (local[*] embedded by default), no web UI
 * in local mode, and any extra settings the user passes through ({@code --conf key=value}).
 */
final class SparkSessions {

    private SparkSessions() {
    }

    /** True when this JVM already has a session (a test's, or a host program's) that a command must not stop. */
    static boolean running() {
        return SparkSession.getDefaultSession().isDefined();
    }

    static SparkSession start(String master, Map<String, String> conf) {
        SparkSession.Builder builder = SparkSession.builder().appName("InferScope");
        // spark-submit sets the master itself; a master given here wins only when it is not
        if (master != null && !master.isBlank()) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        boolean local = master == null || master.isBlank() || master.startsWith("local");
        if (local) {
            builder.config("spark.ui.enabled", "false");
            builder.config("spark.ui.showConsoleProgress", "false");
        }
        conf.forEach(builder::config);
        return builder.getOrCreate();
    }
}
