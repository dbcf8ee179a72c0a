package org.inferscope.engine.bench;

import java.util.List;
import sun.misc.Signal;

/**
 * Stops a process told to stop (kill's SIGTERM, Ctrl+C's SIGINT) before the JVM's shutdown hooks run.
 *
 * <p>Why: ONNX Runtime's Java binding registers a shutdown hook that closes its environment, and the
 * JVM runs shutdown hooks concurrently with each other and with the threads still working. A process
 * stopped while a thread was inside {@code OrtSession.run} crashed in native code (SIGSEGV in
 * libonnxruntime, reproduced by sending SIGTERM during a throughput round). Here the signal first
 * runs {@code stopWork} (cancel the run and wait for the engine thread to leave native code, close
 * what must be closed), then halts without the hooks: nothing is left for them to do, and ONNX
 * Runtime's would race a call still in flight if {@code stopWork} could not wait long enough. Results
 * are never half-written: files are written atomically and every finished run is already saved.
 */
public final class TerminationSignals {
    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private TerminationSignals() {
    }

    /** Installs the handlers; on an OS without one of these signals that one is skipped. */
    public static void install(Runnable stopWork) {
        for (String name : SIGNALS) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    try {
                        stopWork.run();
                    } finally {
                        Runtime.getRuntime().halt(128 + signal.getNumber());
                    }
                });
            } catch (IllegalArgumentException e) {
                // this OS has no such signal, or the JVM keeps it (-Xrs): the default behaviour stays
            }
        }
    }
}
