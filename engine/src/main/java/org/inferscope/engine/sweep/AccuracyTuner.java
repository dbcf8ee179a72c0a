package org.inferscope.engine.sweep;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.stats.Bootstrap;

/**
 * Finds the fastest configuration whose accuracy is within X points of the FP32 original, under a
 * time budget. The original is measured first; candidates follow in the given order until the budget
 * would be exceeded. Pruning is assumed to cost accuracy monotonically: once a sparsity loses too much,
 * higher sparsities of the same precision are not tried. "Faster" is claimed only when the bootstrap
 * interval of the difference says so. FP32 is measured again at the end, and candidates are held to the
 * faster of its two measurements, so that a machine that got busier or quieter meanwhile cannot make a
 * candidate look faster than it is.
 */
public final class AccuracyTuner {
    private final SampledEvaluation evaluation;

    public AccuracyTuner(SampledEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** Settings of one tuning job. */
    public record Settings(TuningObjective objective, int batchSize, double withinPoints, Duration budget,
                           List<SweepConfiguration> candidates, long seed) {
        public Settings {
            candidates = List.copyOf(candidates);
            if (withinPoints < 0 || batchSize < 1 || budget.isNegative()) {
                throw new BadInputException("The tuner needs --within >= 0, a batch size >= 1 and a budget >= 0.");
            }
        }
    }

    /** INT8, FP16, structured pruning at 10/25/50 % in FP32 and INT8 dynamic, magnitude 50 %: fastest-first guesses. */
    public static List<SweepConfiguration> defaultCandidates(String device, int batch) {
        List<SweepConfiguration> c = new ArrayList<>(List.of(
                new SweepConfiguration(device, Precision.INT8_DYNAMIC, 0, false, batch),
                new SweepConfiguration(device, Precision.INT8_STATIC, 0, false, batch),
                new SweepConfiguration(device, Precision.FP16, 0, false, batch)));
        for (Precision p : List.of(Precision.FP32, Precision.INT8_DYNAMIC)) {
            for (double s : new double[] {0.1, 0.25, 0.5}) {
                c.add(new SweepConfiguration(device, p, s, true, batch));
            }
        }
        c.add(new SweepConfiguration(device, Precision.FP32, 0.5, false, batch));
        return c;
    }

    public TuningResult tune(RunSpec base, Dataset data, Settings settings, SweepListener listener,
                             CancellationToken cancel) {
        SweepListener events = listener == null ? SweepListener.NONE : listener;
        long start = System.nanoTime();
        Bootstrap bootstrap = new Bootstrap(settings.seed());
        SweepConfiguration fp32 = new SweepConfiguration(base.device(), Precision.FP32, 0, false, settings.batchSize());
        int total = settings.candidates().size() + 1;
        events.onStart(total, 0, Duration.ZERO);
        Candidate baseline = new Candidate(0, fp32, measure(base, fp32, data, events, cancel, 0, total));
        double floor = accuracyOf(baseline) - settings.withinPoints() / 100;
        List<Candidate> done = new ArrayList<>(List.of(baseline));
        List<String> untried = new ArrayList<>();
        List<SweepConfiguration> failedAccuracy = new ArrayList<>();
        for (int i = 0; i < settings.candidates().size(); i++) {
            SweepConfiguration c = settings.candidates().get(i);
            String skip = skipReason(c, failedAccuracy, start, done.size(), settings.budget());
            if (skip != null) {
                untried.add(c.label() + ": " + skip);
                continue;
            }
            try {
                Candidate measured = new Candidate(i + 1, c, measure(base, c, data, events, cancel, i + 1, total));
                done.add(measured);
                if (accuracyOf(measured) < floor) {
                    failedAccuracy.add(c);
                }
            } catch (BadInputException e) {
                untried.add(c.label() + ": " + e.getMessage());
            }
        }
        Candidate again = null;
        if (done.size() > 1) { // the machine may have sped up or slowed down since FP32 ran: measure it again
            again = new Candidate(total, fp32, measure(base, fp32, data, events, cancel, total, total + 1));
        }
        return new TuningVerdict(settings, bootstrap, floor).result(baseline, again, done, untried, seconds(start));
    }

    private SampledRun measure(RunSpec base, SweepConfiguration c, Dataset data, SweepListener events,
                               CancellationToken cancel, int index, int total) {
        events.onPointStarted(c, index, total);
        long start = System.nanoTime();
        RunSpec spec = new RunSpec(base.model(), base.data(), base.dataOptions(), c.device(), base.scaling(),
                Set.of(RunMode.ONLINE, RunMode.BATCH), List.of(c.batchSize()), base.warmup(), base.iterations(),
                base.threads(), base.seed(), base.classOrder(), c.transform(base.transform()));
        SampledRun run = evaluation.run(spec, data, events.runListener(), cancel);
        events.onPointSaved(new SweepPoint(SweepPoint.SCHEMA_VERSION, index, c, PointStatus.DONE, null, seconds(start),
                java.time.Instant.now().toString(), run), index + 1, total, Duration.ZERO);
        return run;
    }

    private static String skipReason(SweepConfiguration c, List<SweepConfiguration> failedAccuracy, long start,
                                     int measured, Duration budget) {
        for (SweepConfiguration f : failedAccuracy) {
            if (c.sparsity() > 0 && f.sparsity() > 0 && c.precision() == f.precision()
                    && c.structured() == f.structured() && c.sparsity() > f.sparsity()) {
                return String.format(Locale.ROOT, "not tried: %.0f%% already lost too much accuracy", f.sparsity() * 100);
            }
        }
        double spent = seconds(start);
        if (spent + spent / measured > budget.toMillis() / 1000.0) {
            return String.format(Locale.ROOT, "not tried: the time budget (%ds) would be exceeded", budget.toSeconds());
        }
        return null;
    }

    static double accuracyOf(Candidate c) {
        Double a = c.run().result().quality().accuracy();
        if (a == null) {
            throw new BadInputException("The tuner holds configurations to an accuracy: it needs a classification"
                    + " dataset.");
        }
        return a;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** A measured configuration. */
    record Candidate(int index, SweepConfiguration configuration, SampledRun run) {
    }
}
