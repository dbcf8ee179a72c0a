package org.inferscope.plugins.nd4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J in this JVM, started on first need. ND4J picks its backend (CPU or CUDA) once, when its first
 * class initialises, from the backends on the class path and the environment variables
 * {@code BACKEND_PRIORITY_CPU} / {@code BACKEND_PRIORITY_GPU}; it cannot switch afterwards. A start that
 * fails (natives missing, wrong CPU) leaves ND4J unusable for the life of the JVM: {@link #failure()}
 * then says why, and nothing throws until a model is opened.
 *
 * <p>Before the start it points JavaCPP's unpack cache at {@link NativeCache#folder()} and, when the
 * system property {@code inferscope.threads} is set, sizes ND4J's and OpenBLAS's thread pools; OpenMP's
 * threads are made to wait passively ({@link OpenMpPolicy}).
 */
final class Nd4jRuntime {

    static final String THREADS_PROPERTY = "inferscope.threads";
    static final String OPENBLAS_THREADS_PROPERTY = "org.bytedeco.openblas.nthreads";
    private static final String CUDA_BACKEND_CLASS = "JCublasBackend";

    private Boolean started;
    private String failure;
    private String backendName = "";
    private String waitPolicy = "";

    /** Starts ND4J if that has not been tried; true when it runs. */
    synchronized boolean start() {
        if (started == null) {
            started = tryStart();
        }
        return started;
    }

    /** True once a start was tried (successfully or not), without trying. */
    synchronized boolean attempted() {
        return started != null;
    }

    /** Why ND4J could not start, after a failed {@link #start()}; else empty. */
    synchronized Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** True when ND4J started and chose its CUDA backend for this JVM. */
    synchronized boolean usesCuda() {
        return Boolean.TRUE.equals(started) && backendName.contains(CUDA_BACKEND_CLASS);
    }

    /** libgomp's OMP_WAIT_POLICY for this program ("passive" unless the user set it), "" before a start. */
    synchronized String waitPolicy() {
        return waitPolicy;
    }

    /** The backend class ND4J chose ("CpuBackend", "JCublasBackend"), or "" before a start. */
    synchronized String backendName() {
        return backendName;
    }

    private boolean tryStart() {
        NativeCache.apply();
        waitPolicy = OpenMpPolicy.apply();
        int threads = configuredThreads();
        if (threads > 0 && System.getProperty(OPENBLAS_THREADS_PROPERTY) == null) {
            System.setProperty(OPENBLAS_THREADS_PROPERTY, Integer.toString(threads));
        }
        try {
            backendName = Nd4j.getBackend().getClass().getSimpleName();
            if (threads > 0) {
                Nd4j.getEnvironment().setMaxMasterThreads(threads);
                Nd4j.getEnvironment().setMaxThreads(threads);
            }
            return true;
        } catch (RuntimeException | LinkageError e) {
            failure = "ND4J's native library could not start in this program (" + Messages.rootCause(e)
                    + "); see docs/gpu.md for the supported builds";
            return false;
        }
    }

    /** Applies a session's thread count to ND4J's pool; ND4J has one pool per JVM, so the last caller wins. */
    synchronized void useThreads(int threads) {
        if (threads > 0 && Boolean.TRUE.equals(started)) {
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
            Nd4j.getEnvironment().setMaxThreads(threads);
        }
    }

    static int configuredThreads() {
        try {
            return Math.max(0, Integer.parseInt(System.getProperty(THREADS_PROPERTY, "").trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Deeplearning4j's version, read from its jar's Maven metadata without loading any class. */
    static String version() {
        String resource = "/META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties";
        try (InputStream in = Nd4jRuntime.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
