package org.inferscope.engine.sweep;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.bench.RunCancelledException;

/**
 * Runs every configuration of a plan that its store does not hold yet, saving each point the moment
 * it completes. A point that cannot be measured is saved as failed with the reason, and the sweep goes
 * on; failed points are tried again on resume. Cancelling stops before the next model call and loses
 * only the point in flight. Call from a worker thread.
 */
public final class Sweep {
    private final SampledEvaluation evaluation;

    public Sweep(SampledEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** Runs what is left and returns every point of the plan that is saved, in grid order. */
    public List<SweepPoint> run(SweepPlan plan, Dataset dataset, SweepStore store, SweepListener listener,
                                CancellationToken cancel) {
        SweepListener events = listener == null ? SweepListener.NONE : listener;
        CancellationToken token = cancel == null ? new CancellationToken() : cancel;
        List<SweepConfiguration> grid = plan.configurations();
        Map<String, SweepPoint> saved = store.points();
        int done = (int) grid.stream().filter(c -> isDone(saved.get(c.key()))).count();
        events.onStart(grid.size(), done, scale(plan.estimate(), grid.size() - done, grid.size()));
        Duration spent = Duration.ZERO;
        int ranHere = 0;
        for (int i = 0; i < grid.size(); i++) {
            SweepConfiguration c = grid.get(i);
            if (isDone(saved.get(c.key()))) {
                continue;
            }
            token.throwIfCancelled();
            events.onPointStarted(c, i, grid.size());
            SweepPoint point = measure(plan, c, i, dataset, events, token);
            store.save(point);
            saved.put(c.key(), point);
            spent = spent.plus(Duration.ofMillis((long) (point.seconds() * 1000)));
            ranHere++;
            done++;
            events.onPointSaved(point, done, grid.size(), spent.dividedBy(ranHere).multipliedBy(grid.size() - done));
        }
        return grid.stream().map(c -> saved.get(c.key())).filter(p -> p != null).toList();
    }

    private SweepPoint measure(SweepPlan plan, SweepConfiguration c, int index, Dataset dataset, SweepListener events,
                               CancellationToken token) {
        long start = System.nanoTime();
        try {
            SampledRun run = evaluation.run(plan.specFor(c), dataset, events.runListener(), token);
            return new SweepPoint(SweepPoint.SCHEMA_VERSION, index, c, PointStatus.DONE, null, seconds(start),
                    Instant.now().toString(), run);
        } catch (RunCancelledException e) {
            throw e;
        } catch (BadInputException e) {
            return new SweepPoint(SweepPoint.SCHEMA_VERSION, index, c, PointStatus.FAILED, e.getMessage(),
                    seconds(start), Instant.now().toString(), null);
        }
    }

    private static boolean isDone(SweepPoint p) {
        return p != null && p.status() == PointStatus.DONE;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static Duration scale(Duration all, int part, int total) {
        return total == 0 ? Duration.ZERO : all.multipliedBy(part).dividedBy(total);
    }

    /** The points of a finished list that were measured, for reports. */
    public static List<SweepPoint> measured(List<SweepPoint> points) {
        List<SweepPoint> out = new ArrayList<>();
        for (SweepPoint p : points) {
            if (p.status() == PointStatus.DONE) {
                out.add(p);
            }
        }
        return out;
    }
}
