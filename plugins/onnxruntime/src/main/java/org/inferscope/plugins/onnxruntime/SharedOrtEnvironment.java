package org.inferscope.plugins.onnxruntime;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.util.Optional;

/**
 * The one {@link OrtEnvironment} this plugin uses, created on first need with ONE global intra-op
 * thread pool that every session shares (many per-session pools fight over the cores and make
 * throughput swing).
 *
 * <p>The pool size is fixed when the environment is created and cannot change afterwards for the
 * life of the JVM. It is the system property {@code inferscope.threads} when set to a positive
 * number, else {@link Runtime#availableProcessors()}. The environment is created by the first
 * {@code devices()} or {@code load()}, before any session's settings are known, so
 * {@code SessionSettings.threads} cannot size the global pool; a session that asks for a different
 * positive count gets its own pool of that size instead (see {@link #sessionOptions(int)}).
 *
 * <p>If something else in the JVM created the ORT environment first, its thread pool state is
 * unknown: this class then uses per-session pools for every session. If the native library cannot
 * load, {@link #failure()} says why and nothing throws until a session is needed.
 */
final class SharedOrtEnvironment {

    static final String THREADS_PROPERTY = "inferscope.threads";

    private OrtEnvironment environment;
    private boolean globalPool;
    private int poolThreads;
    private String failure;

    /** The environment, creating it on first call; empty when ONNX Runtime cannot start here. */
    synchronized Optional<OrtEnvironment> get() {
        if (environment == null && failure == null) {
            create();
        }
        return Optional.ofNullable(environment);
    }

    /** True once the environment exists (without creating it). */
    synchronized boolean isStarted() {
        return environment != null;
    }

    /** Why ONNX Runtime could not start, after a failed {@link #get()}; else empty. */
    synchronized Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** The global pool's thread count (0 before the environment exists or without a global pool). */
    synchronized int poolThreads() {
        return globalPool ? poolThreads : 0;
    }

    /** True when a session asking for {@code threads} can run on the shared pool. */
    synchronized boolean sharesPool(int threads) {
        return globalPool && (threads == 0 || threads == poolThreads);
    }

    /**
     * CPU session options: the shared pool when {@link #sharesPool(int)}, else a per-session pool
     * of {@code threads} (0: ORT's default). The caller closes them.
     */
    synchronized OrtSession.SessionOptions sessionOptions(int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        if (sharesPool(threads)) {
            options.disablePerSessionThreads();
        } else if (threads > 0) {
            options.setIntraOpNumThreads(threads);
        }
        return options;
    }

    private void create() {
        int threads = configuredThreads();
        try (OrtEnvironment.ThreadingOptions pool = new OrtEnvironment.ThreadingOptions()) {
            pool.setGlobalIntraOpNumThreads(threads);
            pool.setGlobalInterOpNumThreads(1);
            environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
                    "inferscope", pool);
            globalPool = true;
            poolThreads = threads;
        } catch (IllegalStateException alreadyCreated) {
            environment = OrtEnvironment.getEnvironment();
        } catch (OrtException | RuntimeException | LinkageError e) {
            failure = "ONNX Runtime's native library could not load on this machine ("
                    + OrtMessages.shorten(e) + ")";
        }
    }

    static int configuredThreads() {
        String value = System.getProperty(THREADS_PROPERTY, "").trim();
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // not set or not a number: fall back to the machine's processor count
        }
        return Runtime.getRuntime().availableProcessors();
    }
}
