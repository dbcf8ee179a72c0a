package org.inferscope.scale;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.binding.Binding;
import org.inferscope.engine.binding.OutputReader;
import org.inferscope.engine.spi.OutputValue;

/**
 * Scores one partition on an executor: its rows in batches through the engine's {@link Binding} and
 * {@link OutputReader}, so that binding by name, scaling and class order behave exactly as on a single
 * machine, and returns one {@link PartitionTally}. Only the measured model's calls are timed.
 */
final class PartitionScorer implements FlatMapFunction<Iterator<Row>, PartitionTally> {
    private static final long serialVersionUID = 1L;

    private final ScoringPlan plan;

    PartitionScorer(ScoringPlan plan) {
        this.plan = plan;
    }

    @Override
    public Iterator<PartitionTally> call(Iterator<Row> rows) {
        boolean variant = plan.variant() != null;
        PartitionTally tally = new PartitionTally(plan.target().task(), plan.target().classNames().size(), variant);
        if (!rows.hasNext()) {
            return List.of(tally.sealed()).iterator();
        }
        try (ExecutorModels.Lease measured = ExecutorModels.lease(plan.measured(), plan.sessionSettings());
             ExecutorModels.Lease original = variant
                     ? ExecutorModels.lease(plan.original(), plan.sessionSettings()) : null) {
            new Pass(measured, original, tally).run(rows);
        }
        return List.of(tally.sealed()).iterator();
    }

    /** One partition's pass; holds the readers, which count unknown labels across batches. */
    private final class Pass {
        private final ExecutorModels.Lease measured;
        private final ExecutorModels.Lease original;
        private final PartitionTally tally;
        private final RowBatch batch = new RowBatch(plan, plan.batchRows());
        private OutputReader measuredReader;
        private OutputReader originalReader;
        private boolean warmedUp;

        Pass(ExecutorModels.Lease measured, ExecutorModels.Lease original, PartitionTally tally) {
            this.measured = measured;
            this.original = original;
            this.tally = tally;
        }

        void run(Iterator<Row> rows) {
            while (rows.hasNext()) {
                batch.add(rows.next());
                if (batch.isFull() || !rows.hasNext()) {
                    score(batch.dataset());
                    batch.clear();
                }
            }
            tally.addUnknownPredictions(measuredReader.unknownPredictions());
            measuredReader.scoreKind().ifPresent(k -> tally.noteScoreKind(k.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ')));
        }

        private void score(Dataset data) {
            Binding binding = Binding.create(measured.info(), data, plan.bindingOptions());
            Binding originalBinding = original == null ? null
                    : Binding.create(original.info(), data, plan.bindingOptions());
            if (measuredReader == null) {
                measuredReader = binding.outputReader();
                originalReader = originalBinding == null ? null : originalBinding.outputReader();
            }
            int step = Math.min(binding.maxBatch(), data.rows());
            float[] prepared = binding.prepareAll();
            float[] originalPrepared = originalBinding == null ? null : originalBinding.prepareAll();
            if (!warmedUp) {
                // lazy initialisation in the backend is not inference: one untimed call first, as the engine does
                measured.session().predict(binding.batch(prepared, 0, step));
                warmedUp = true;
            }
            for (int first = 0; first < data.rows(); first += step) {
                int n = Math.min(step, data.rows() - first);
                long start = System.nanoTime();
                OutputValue out = measured.session().predict(binding.batch(prepared, first, n));
                tally.recordCall(n, System.nanoTime() - start);
                int[] predicted = read(out, n, first, measuredReader, tally.classes(), tally.regression());
                if (original != null) {
                    OutputValue reference = original.session().predict(originalBinding.batch(originalPrepared, first, n));
                    int[] referenceClasses = read(reference, n, first, originalReader, tally.originalClasses(),
                            tally.originalRegression());
                    tally.fidelity().add(reference, out, referenceClasses, predicted);
                }
            }
        }

        /** Reads one call's predictions into the tallies; returns the class ids (null for regression). */
        private int[] read(OutputValue out, int n, int first, OutputReader reader, ClassCounts counts,
                           RegressionSums sums) {
            if (out.rows() != n) {
                throw new BadInputException("The model returned " + out.rows() + " predictions for a batch of " + n
                        + " rows from output '" + plan.outputName() + "': choose an output with one row per input row.");
            }
            if (plan.target().task() == Task.CLASSIFICATION) {
                int[] predicted = new int[n];
                reader.readClasses(out, predicted, 0);
                counts.add(slice(batch.classIds(), first, n), predicted, n);
                return predicted;
            }
            double[] predicted = new double[n];
            reader.readValues(out, predicted, 0);
            sums.add(slice(batch.values(), first, n), predicted, n);
            return null;
        }
    }

    private static int[] slice(int[] a, int first, int n) {
        return first == 0 ? a : java.util.Arrays.copyOfRange(a, first, first + n);
    }

    private static double[] slice(double[] a, int first, int n) {
        return first == 0 ? a : java.util.Arrays.copyOfRange(a, first, first + n);
    }
}
