package org.inferscope.engine.scenario;

import java.util.concurrent.locks.LockSupport;

/** Time for the Server scenario: real on a machine, simulated in tests of the scheduler. */
public interface ScenarioClock {

    long nanoTime();

    /** Returns at {@code nanos} on this clock's time line, or at once when that is past. */
    void waitUntil(long nanos);

    /** The machine's monotonic clock: parks until shortly before the instant, then spins to it. */
    ScenarioClock SYSTEM = new ScenarioClock() {
        private static final long SPIN_NANOS = 50_000;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void waitUntil(long nanos) {
            long left = nanos - System.nanoTime();
            if (left > SPIN_NANOS) {
                LockSupport.parkNanos(left - SPIN_NANOS);
            }
            while (System.nanoTime() < nanos) {
                Thread.onSpinWait();
            }
        }
    };
}
