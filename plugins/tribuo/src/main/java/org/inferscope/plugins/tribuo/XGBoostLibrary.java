package org.inferscope.plugins.tribuo;

import java.util.Optional;

/**
 * Whether XGBoost's native library loads on this machine. Tribuo's XGBoost models run in that
 * library; everything else in this plugin is pure Java. The first question loads it (xgboost4j
 * unpacks and loads its bundled libxgboost4j, which needs the OpenMP runtime, libgomp); the answer
 * is kept.
 */
final class XGBoostLibrary {
    static final String JNI_CLASS = "ml.dmlc.xgboost4j.java.XGBoostJNI";

    private String reason;
    private boolean probed;

    /** Empty when the library loaded, else one sentence saying why it did not. */
    synchronized Optional<String> unavailableReason() {
        if (!probed) {
            reason = probe();
            probed = true;
        }
        return Optional.ofNullable(reason);
    }

    private static String probe() {
        try {
            Class.forName(JNI_CLASS, true, XGBoostLibrary.class.getClassLoader());
            return null;
        } catch (ClassNotFoundException e) {
            return "xgboost4j is not installed with this InferScope";
        } catch (LinkageError | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return "XGBoost's native library did not load (" + Messages.shorten(root) + "); on Linux it needs"
                    + " the OpenMP runtime: install libgomp1";
        }
    }

    static boolean isXGBoostClass(String className) {
        return className.startsWith("org.tribuo.") && className.contains(".xgboost.");
    }
}
