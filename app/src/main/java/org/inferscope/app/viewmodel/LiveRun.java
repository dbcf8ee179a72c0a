package org.inferscope.app.viewmodel;

import java.util.Arrays;
import java.util.concurrent.Executor;
import org.inferscope.engine.bench.Phase;
import org.inferscope.engine.bench.RunListener;

/**
 * Hears one run on the worker thread and publishes to {@link LiveRunState} on the UI thread, at most
 * about ten times a second, and always at each new phase, so the UI thread is never flooded.
 */
final class LiveRun implements RunListener {
    private static final long MIN_GAP_NANOS = 100_000_000L;

    private final LiveRunState state;
    private final Executor ui;
    private long[] latencies = new long[1024];
    private int latencyCount;
    private long lastPublished = Long.MIN_VALUE;
    private Phase phase = Phase.LOADING;
    private double phaseFraction;

    LiveRun(LiveRunState state, Executor ui) {
        this.state = state;
        this.ui = ui;
    }

    @Override
    public void onPhase(Phase newPhase, long total) {
        if (phase == Phase.LATENCY && newPhase != Phase.LATENCY) {
            publishHistogram();
        }
        phase = newPhase;
        phaseFraction = 0;
        publishProgress();
        lastPublished = System.nanoTime();
    }

    @Override
    public void onProgress(Phase p, long done, long total) {
        phase = p;
        phaseFraction = total > 0 ? Math.min(1, done / (double) total) : 0;
        if (due()) {
            publishProgress();
        }
    }

    @Override
    public void onLatencySample(long nanos) {
        if (latencyCount == latencies.length) {
            latencies = Arrays.copyOf(latencies, latencies.length * 2);
        }
        latencies[latencyCount++] = nanos;
        if (due()) {
            publishHistogram();
            publishProgress();
        }
    }

    @Override
    public void onQualitySoFar(long rows, double accuracyOrMse) {
        if (due()) {
            ui.execute(() -> state.qualitySoFar(accuracyOrMse));
            publishProgress();
        }
    }

    private boolean due() {
        long now = System.nanoTime();
        if (lastPublished != Long.MIN_VALUE && now - lastPublished < MIN_GAP_NANOS) {
            return false;
        }
        lastPublished = now;
        return true;
    }

    private void publishHistogram() {
        LatencyHistogram h = LatencyHistogram.of(latencies, latencyCount);
        ui.execute(() -> state.histogram(h));
    }

    private void publishProgress() {
        double overall = PhaseText.start(phase) + PhaseText.weight(phase) * phaseFraction;
        String text = PhaseText.of(phase);
        ui.execute(() -> state.update(overall, text));
    }
}
