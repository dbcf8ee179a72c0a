package org.inferscope.engine.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real third-party models and datasets in {@code ../shared/realcases} beside the repository. Tests
 * that use them call {@link #file(String)}, which skips the test (a JUnit assumption) when the
 * folder or the file is absent, so that the test command passes on a fresh machine too.
 */
public final class RealCases {

    private RealCases() {
    }

    /** The realcases folder, whether or not it exists. */
    public static Path root() {
        String override = System.getProperty("inferscope.realcases");
        if (override != null) {
            return Path.of(override);
        }
        return repoRoot().resolve("../shared/realcases").normalize();
    }

    /** The repository root: Maven passes it; otherwise walk up from the working directory. */
    public static Path repoRoot() {
        String root = System.getProperty("inferscope.repo.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root).toAbsolutePath();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("inferscope"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }

    /** A file under realcases, e.g. {@code "models/tribuo_cnn_mnist.onnx"}; skips the test if absent. */
    public static Path file(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.isRegularFile(p), "real case not present: " + p);
        return p;
    }
}
