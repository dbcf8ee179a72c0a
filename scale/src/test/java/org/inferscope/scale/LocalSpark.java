package org.inferscope.scale;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.inferscope.engine.testing.RealCases;

/** One local[2] Spark session for the module's tests, as CI runs them: real Spark, two cores. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            // tests read tiny tables: compiling query code (Janino) would cost more than it saves
            session = SparkSessions.start("local[2]", Map.of("spark.sql.shuffle.partitions", "4",
                    "spark.driver.host", "127.0.0.1", "spark.sql.codegen.wholeStage", "false",
                    "spark.sql.codegen.factoryMode", "NO_CODEGEN"));
        }
        return session;
    }

    static Path sample(String relative) {
        return RealCases.repoRoot().resolve("samples").resolve(relative);
    }
}
