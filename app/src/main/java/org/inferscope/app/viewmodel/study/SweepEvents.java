package org.inferscope.app.viewmodel.study;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.inferscope.engine.bench.RunListener;
import org.inferscope.engine.sweep.SweepConfiguration;
import org.inferscope.engine.sweep.SweepListener;
import org.inferscope.engine.sweep.SweepPlan;
import org.inferscope.engine.sweep.SweepPoint;

/**
 * A running sweep's events as the window shows them: the progress line ("point 5 of 18: INT8 dynamic ·
 * 50% structured · batch 64, about 40 s left") and, after each saved point, the sweep so far. Called on
 * the engine thread; {@code publish} hands the state over to the UI thread.
 */
final class SweepEvents implements SweepListener {
    private final SweepPlan plan;
    private final Path folder;
    private final Map<String, SweepPoint> saved;
    private final StudyTask.Progress progress;
    private final SweepListener observer;
    private final BiConsumer<SweepState, SweepPoint> publish;
    private final boolean withDevice;
    private final Map<String, org.inferscope.engine.sweep.RunStatistics> statistics = new java.util.HashMap<>();
    private Duration left = Duration.ZERO;
    private int done;

    /**
     * @param saved the points the store holds already, by configuration key
     * @param publish receives the sweep so far and the point just saved (null when none was)
     */
    SweepEvents(SweepPlan plan, Path folder, Map<String, SweepPoint> saved, StudyTask.Progress progress,
                SweepListener observer, BiConsumer<SweepState, SweepPoint> publish) {
        this.plan = plan;
        this.folder = folder;
        this.saved = new LinkedHashMap<>(saved);
        this.progress = progress;
        this.observer = observer;
        this.publish = publish;
        this.withDevice = plan.devices().size() > 1;
    }

    /** Shows the points saved before this run (a resumed sweep's), or the empty sweep. */
    void publishSaved() {
        publish.accept(SweepState.of(plan, folder, saved.values(), statistics), null);
    }

    /** The sweep as it ended, with every point's intervals computed once. */
    SweepState finished(java.util.List<SweepPoint> points) {
        return SweepState.of(plan, folder, points, statistics);
    }

    @Override
    public void onStart(int total, int alreadyDone, Duration estimate) {
        done = alreadyDone;
        left = estimate;
        String already = alreadyDone == 0 ? "" : ", " + alreadyDone + " already saved";
        progress.update(fraction(total), "Sweep: " + total + (total == 1 ? " point" : " points") + already
                + ", about " + SweepWords.duration(estimate) + " to go");
        observer.onStart(total, alreadyDone, estimate);
    }

    @Override
    public void onPointStarted(SweepConfiguration c, int index, int total) {
        String remaining = left.isZero() ? "" : ", about " + SweepWords.duration(left) + " left";
        progress.update(fraction(total), "point " + (index + 1) + " of " + total + ": "
                + SweepWords.label(c, withDevice) + remaining);
        observer.onPointStarted(c, index, total);
    }

    @Override
    public void onPointSaved(SweepPoint point, int done, int total, Duration remaining) {
        this.done = done;
        this.left = remaining;
        saved.put(point.configuration().key(), point);
        publish.accept(SweepState.of(plan, folder, saved.values(), statistics), point);
        progress.update(fraction(total), "point " + (point.index() + 1) + " of " + total + " saved"
                + (remaining.isZero() ? "" : ", about " + SweepWords.duration(remaining) + " left"));
        observer.onPointSaved(point, done, total, remaining);
    }

    @Override
    public RunListener runListener() {
        return observer.runListener();
    }

    private double fraction(int total) {
        return total == 0 ? 1 : done / (double) total;
    }
}
