package org.inferscope.engine.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.stats.Bootstrap;
import org.inferscope.engine.stats.LatencyComparison;
import org.inferscope.engine.stats.McNemarTest;
import org.inferscope.engine.stats.ThroughputComparison;
import org.inferscope.engine.stats.Verdict;

/** Turns the tuner's measurements into its answer: the winner, the comparisons and the sentence. */
final class TuningVerdict {
    private final AccuracyTuner.Settings settings;
    private final Bootstrap bootstrap;
    private final double floor;

    TuningVerdict(AccuracyTuner.Settings settings, Bootstrap bootstrap, double floor) {
        this.settings = settings;
        this.bootstrap = bootstrap;
        this.floor = floor;
    }

    TuningResult result(AccuracyTuner.Candidate first, AccuracyTuner.Candidate again,
                        List<AccuracyTuner.Candidate> done, List<String> untried, double seconds) {
        List<String> notes = again == null ? List.of() : List.of(drift(first, again));
        AccuracyTuner.Candidate baseline = again != null && speedOf(again) > speedOf(first) ? again : first;
        List<AccuracyTuner.Candidate> qualifying = new ArrayList<>();
        for (AccuracyTuner.Candidate c : done) {
            if (c != first && AccuracyTuner.accuracyOf(c) >= floor) {
                qualifying.add(c);
            }
        }
        qualifying.sort(Comparator.comparingDouble(this::speedOf).reversed());
        AccuracyTuner.Candidate best = qualifying.isEmpty() ? null : qualifying.get(0);
        AccuracyTuner.Candidate winner = qualifying.stream()
                .filter(c -> verdictAgainst(baseline, c) == Verdict.B_BETTER).findFirst().orElse(null);
        AccuracyTuner.Candidate shown = winner != null ? winner : best;
        List<AccuracyTuner.Candidate> all = new ArrayList<>(done);
        if (again != null) {
            all.add(again);
        }
        List<PointSummary> summaries = Frontier.mark(all.stream().map(this::summary).toList());
        ThroughputComparison speed = null;
        LatencyComparison latency = null;
        McNemarTest mcnemar = null;
        if (shown != null) {
            if (settings.objective() == TuningObjective.THROUGHPUT) {
                speed = ThroughputComparison.of(bootstrap, settings.batchSize(), rounds(baseline), rounds(shown));
            } else {
                latency = LatencyComparison.of(bootstrap, baseline.run().latencyMicros(), shown.run().latencyMicros(), 50);
            }
            mcnemar = McNemarTest.of(baseline.run().correctness(), shown.run().correctness());
        }
        return new TuningResult(TuningResult.SCHEMA_VERSION, settings.objective(), settings.withinPoints(),
                find(summaries, baseline), find(summaries, winner), find(summaries, best),
                sentence(baseline, winner, best, done), speed, latency, mcnemar, summaries, untried, notes, seconds);
    }

    private String drift(AccuracyTuner.Candidate first, AccuracyTuner.Candidate again) {
        Verdict v = settings.objective() == TuningObjective.THROUGHPUT
                ? ThroughputComparison.of(bootstrap, settings.batchSize(), rounds(first), rounds(again)).verdict()
                : LatencyComparison.of(bootstrap, first.run().latencyMicros(), again.run().latencyMicros(), 50).verdict();
        String speeds = String.format(Locale.ROOT, "FP32 measured %s at the start and %s at the end", show(first),
                show(again));
        return v == Verdict.NO_SIGNIFICANT_DIFFERENCE ? speeds + ": the machine's speed held steady"
                : speeds + ": the machine's speed drifted during tuning; candidates were held to the faster FP32, but"
                + " read small speed-ups with care";
    }

    private String show(AccuracyTuner.Candidate c) {
        return settings.objective() == TuningObjective.THROUGHPUT
                ? String.format(Locale.ROOT, "%,.0f rows/s", speedOf(c))
                : String.format(Locale.ROOT, "%.1f µs", -speedOf(c));
    }

    private double[] rounds(AccuracyTuner.Candidate c) {
        return c.run().roundsAt(settings.batchSize());
    }

    /** Higher is faster: rows per second, or minus the median latency. */
    private double speedOf(AccuracyTuner.Candidate c) {
        return settings.objective() == TuningObjective.THROUGHPUT
                ? org.inferscope.engine.stats.Percentiles.of(rounds(c), 50)
                : -org.inferscope.engine.stats.Percentiles.of(c.run().latencyMicros(), 50);
    }

    private Verdict verdictAgainst(AccuracyTuner.Candidate baseline, AccuracyTuner.Candidate c) {
        return settings.objective() == TuningObjective.THROUGHPUT
                ? ThroughputComparison.of(bootstrap, settings.batchSize(), rounds(baseline), rounds(c)).verdict()
                : LatencyComparison.of(bootstrap, baseline.run().latencyMicros(), c.run().latencyMicros(), 50).verdict();
    }

    private PointSummary summary(AccuracyTuner.Candidate c) {
        return new PointSummary(c.index(), c.configuration().label(), c.configuration(),
                RunStatistics.of(c.run(), bootstrap, settings.batchSize()), false);
    }

    private static PointSummary find(List<PointSummary> all, AccuracyTuner.Candidate c) {
        return c == null ? null : all.stream().filter(s -> s.index() == c.index()).findFirst().orElse(null);
    }

    private String sentence(AccuracyTuner.Candidate baseline, AccuracyTuner.Candidate winner,
                            AccuracyTuner.Candidate best, List<AccuracyTuner.Candidate> done) {
        String within = String.format(Locale.ROOT, "within %s point%s of FP32 (%.2f%%)", trim(settings.withinPoints()),
                settings.withinPoints() == 1 ? "" : "s", AccuracyTuner.accuracyOf(baseline) * 100);
        if (winner != null) {
            return String.format(Locale.ROOT, "%s is the fastest configuration %s: %.2fx FP32's %s, accuracy %.2f%%.",
                    winner.configuration().label(), within, ratio(baseline, winner), what(), AccuracyTuner.accuracyOf(winner) * 100);
        }
        if (best != null) {
            return String.format(Locale.ROOT, "No configuration %s is significantly faster than FP32: the fastest by"
                    + " estimate, %s (%.2fx), has an interval that overlaps FP32's.", within, best.configuration().label(),
                    ratio(baseline, best));
        }
        AccuracyTuner.Candidate fastest = done.stream().filter(c -> c.index() != 0)
                .max(Comparator.comparingDouble(this::speedOf)).orElse(null);
        return fastest == null ? "No configuration besides FP32 could be measured " + within + "."
                : String.format(Locale.ROOT, "No configuration stays %s: the fastest, %s (%.2fx), reaches %.2f%%.",
                within, fastest.configuration().label(), ratio(baseline, fastest), AccuracyTuner.accuracyOf(fastest) * 100);
    }

    private double ratio(AccuracyTuner.Candidate baseline, AccuracyTuner.Candidate c) {
        double a = Math.abs(speedOf(baseline));
        double b = Math.abs(speedOf(c));
        return settings.objective() == TuningObjective.THROUGHPUT ? b / a : a / b;
    }

    private String what() {
        return settings.objective() == TuningObjective.THROUGHPUT
                ? "throughput at batch " + settings.batchSize() : "single-row median latency";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
