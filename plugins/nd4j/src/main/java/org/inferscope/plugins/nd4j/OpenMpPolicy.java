package org.inferscope.plugins.nd4j;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;

/**
 * Makes ND4J's OpenMP threads sleep instead of spin while they wait, unless the user chose otherwise.
 * libgomp reads {@code OMP_WAIT_POLICY} once, when ND4J's natives load; spinning threads made batch
 * inference 20-25x slower on a busy 2-core machine (docs/benchmarks.md), passive ones cost little on an
 * idle one. Java cannot change its own environment, so the C library's {@code setenv} is called through
 * JNA (which ND4J already brings) before ND4J loads.
 */
final class OpenMpPolicy {

    static final String VARIABLE = "OMP_WAIT_POLICY";
    static final String PASSIVE = "passive";

    private OpenMpPolicy() {
    }

    /** The policy now in force for libgomp: the user's, or passive when this call could set it. */
    static String apply() {
        String chosen = System.getenv(VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        try {
            Function setenv = NativeLibrary.getInstance("c").getFunction("setenv");
            int rc = setenv.invokeInt(new Object[] {VARIABLE, PASSIVE, 0});
            return rc == 0 ? PASSIVE : "default";
        } catch (RuntimeException | LinkageError e) {
            return "default"; // not Linux/glibc, or no JNA: OpenMP keeps its default (spinning) policy
        }
    }
}
