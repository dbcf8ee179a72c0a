package org.inferscope.app.viewmodel.study;

import java.util.Arrays;
import java.util.Locale;
import org.inferscope.engine.bench.Phase;
import org.inferscope.engine.bench.RunListener;
import org.inferscope.engine.stats.Percentiles;

/**
 * Hears a scenario's run: tells the tab what the engine is doing, at most once per percent, and keeps
 * every timed single-row call so that the tab can draw their distribution.
 */
final class ScenarioProgress implements RunListener {
    private final StudyTask.Progress progress;
    private final String scenario;
    private long[] latencies = new long[1024];
    private int count;
    private long lastPercent = -1;

    ScenarioProgress(StudyTask.Progress progress, String scenario) {
        this.progress = progress;
        this.scenario = scenario;
    }

    @Override
    public void onPhase(Phase phase, long total) {
        if (phase == Phase.QUALITY) { // as SampledEvaluation does: a variant's own pass follows the original's
            count = 0;
        }
        lastPercent = -1;
        progress.update(-1, scenario + ": " + words(phase) + "…");
    }

    @Override
    public void onProgress(Phase phase, long done, long total) {
        long percent = total > 0 ? 100 * done / total : -1;
        if (percent != lastPercent) {
            lastPercent = percent;
            progress.update(total > 0 ? done / (double) total : -1, String.format(Locale.ROOT, "%s: %s (%,d of %,d)…",
                    scenario, words(phase), done, total));
        }
    }

    @Override
    public void onLatencySample(long nanos) {
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = nanos;
    }

    /** Every timed single-row call of the measured configuration, in µs, in call order. */
    double[] latencyMicros() {
        return Percentiles.micros(Arrays.copyOf(latencies, count));
    }

    static String words(Phase phase) {
        return switch (phase) {
            case LOADING -> "loading the model";
            case TRANSFORM -> "making the variant";
            case REFERENCE -> "scoring the original for fidelity";
            case QUALITY -> "scoring every row";
            case LATENCY -> "timing single-row queries";
            case THROUGHPUT -> "timing batch sizes";
            case DONE -> "done";
        };
    }
}
