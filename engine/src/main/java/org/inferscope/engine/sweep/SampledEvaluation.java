package org.inferscope.engine.sweep;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.ThroughputPoint;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.bench.Phase;
import org.inferscope.engine.bench.RunListener;
import org.inferscope.engine.resources.EnergyMeter;
import org.inferscope.engine.resources.EnergyReading;

/**
 * An {@link Evaluation} that also keeps the raw samples: it listens to the harness, which hands over
 * every timed call and round outside its timed regions. Energy is read around the throughput rounds
 * only, from the end of the first round to the end of the last, so that exactly the rows of the rounds
 * in between count.
 */
public final class SampledEvaluation {
    private final Evaluation evaluation;
    private final EnergyMeter energy;

    public SampledEvaluation(Evaluation evaluation, EnergyMeter energy) {
        this.evaluation = evaluation;
        this.energy = energy;
    }

    /** Runs the spec; {@code listener} (may be null) hears the run's progress as usual. */
    public SampledRun run(RunSpec spec, Dataset dataset, RunListener listener, CancellationToken cancel) {
        Collector collector = new Collector(listener == null ? RunListener.NONE : listener);
        RunResult result = evaluation.run(spec, dataset, collector, cancel);
        String correct = null;
        if (collector.predicted != null && dataset.target().task() == Task.CLASSIFICATION) {
            int[] truth = dataset.target().classIds();
            StringBuilder s = new StringBuilder(truth.length);
            for (int i = 0; i < truth.length; i++) {
                s.append(collector.predicted[i] == truth[i] ? '1' : '0');
            }
            correct = s.toString();
        }
        return new SampledRun(result, collector.latencies.stream().mapToLong(Long::longValue).toArray(),
                collector.rounds, correct, collector.energy);
    }

    /** Keeps what the harness reports and passes everything on. */
    private final class Collector implements RunListener {
        private final RunListener next;
        private final List<Long> latencies = new ArrayList<>();
        private final List<SampledRun.Rounds> rounds = new ArrayList<>();
        private final List<Double> current = new ArrayList<>();
        private int[] predicted;
        private EnergyMeter.Sample first;
        private EnergyMeter.Sample last;
        private EnergyReading energy = EnergyReading.notMeasurable("no throughput rounds were run");

        Collector(RunListener next) {
            this.next = next;
        }

        @Override
        public void onPhase(Phase phase, long total) {
            if (phase == Phase.QUALITY) { // the variant's own pass follows the reference's; keep only the last
                latencies.clear();
            }
            next.onPhase(phase, total);
        }

        @Override
        public void onProgress(Phase phase, long done, long total) {
            next.onProgress(phase, done, total);
        }

        @Override
        public void onLatencySample(long nanos) {
            latencies.add(nanos);
            next.onLatencySample(nanos);
        }

        @Override
        public void onQualitySoFar(long rows, double accuracyOrMse) {
            next.onQualitySoFar(rows, accuracyOrMse);
        }

        @Override
        public void onThroughputRound(int batchSize, double rowsPerSecond) {
            EnergyMeter.Sample now = energy();
            if (current.isEmpty()) {
                first = now;
            }
            last = now;
            current.add(rowsPerSecond);
            next.onThroughputRound(batchSize, rowsPerSecond);
        }

        @Override
        public void onThroughput(ThroughputPoint point) {
            rounds.add(new SampledRun.Rounds(point.batchSize(), current.stream().mapToDouble(Double::doubleValue).toArray()));
            if (first != null && current.size() > 1) {
                energy = EnergyMeter.between(first, last, (current.size() - 1) * point.rowsPerRound());
            }
            current.clear();
            next.onThroughput(point);
        }

        @Override
        public void onPredictedClasses(int[] classIds) {
            predicted = classIds;
            next.onPredictedClasses(classIds);
        }

        private EnergyMeter.Sample energy() {
            return SampledEvaluation.this.energy.read();
        }
    }
}
