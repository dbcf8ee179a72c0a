package org.inferscope.engine.bench;

/** Asks a running evaluation to stop; it does so before its next model call. Thread-safe. */
public final class CancellationToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link RunCancelledException} once {@link #cancel()} has been called. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new RunCancelledException();
        }
    }
}
