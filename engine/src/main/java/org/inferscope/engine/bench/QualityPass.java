package org.inferscope.engine.bench;

import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.Target;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.binding.OutputReader;
import org.inferscope.engine.metrics.ClassificationMetrics;
import org.inferscope.engine.metrics.RegressionMetrics;
import org.inferscope.engine.spi.OutputValue;

/** Predicts every row once, in batches, and scores the predictions against the target. Not timed. */
final class QualityPass {
    /** Rows per call in the quality pass, unless the model takes fewer. */
    static final int BATCH = 256;
    /** Calls made before the pass so that lazy initialisation happens outside it. */
    static final int WARMUP_CALLS = 3;

    private final SessionContext ctx;
    private final OutputReader reader;
    private final int batch;
    private final OutputRecorder recorder;
    private int[] predictedClasses;
    private double[] predictedValues;

    QualityPass(SessionContext ctx) {
        this(ctx, null);
    }

    /** A pass that also hands every batch's raw output to {@code recorder} (null for none). */
    QualityPass(SessionContext ctx, OutputRecorder recorder) {
        this.ctx = ctx;
        this.recorder = recorder;
        this.reader = ctx.binding().outputReader();
        this.batch = Math.max(1, Math.min(Math.min(BATCH, ctx.binding().maxBatch()), ctx.rows()));
    }

    Quality run(int warmup) {
        int rows = ctx.rows();
        ctx.listener().onPhase(Phase.QUALITY, rows);
        for (int i = 0; i < Math.min(warmup, WARMUP_CALLS); i++) {
            ctx.call(0, batch);
        }
        Target target = ctx.binding().data().target();
        return target.task() == Task.CLASSIFICATION ? classify(target) : regress(target);
    }

    private Quality classify(Target target) {
        int[] predicted = new int[ctx.rows()];
        predictedClasses = predicted;
        long[] correct = {0};
        predictAll((out, first, rows) -> {
            reader.readClasses(out, predicted, first);
            for (int r = first; r < first + rows; r++) {
                correct[0] += predicted[r] == target.classIds()[r] ? 1 : 0;
            }
            return (double) correct[0] / (first + rows);
        });
        return ClassificationMetrics.of(target.classIds(), predicted, target.classNames());
    }

    private Quality regress(Target target) {
        double[] predicted = new double[ctx.rows()];
        predictedValues = predicted;
        double[] squared = {0};
        predictAll((out, first, rows) -> {
            reader.readValues(out, predicted, first);
            for (int r = first; r < first + rows; r++) {
                double e = predicted[r] - target.values()[r];
                squared[0] += e * e;
            }
            return squared[0] / (first + rows);
        });
        return RegressionMetrics.of(target.values(), predicted);
    }

    /** Reads one batch's predictions and returns the quality over all rows so far. */
    private interface BatchScorer {
        double score(OutputValue out, int firstRow, int rows);
    }

    private void predictAll(BatchScorer scorer) {
        for (int first = 0; first < ctx.rows(); first += batch) {
            int n = Math.min(batch, ctx.rows() - first);
            OutputValue out = checked(ctx.call(first, n), n);
            if (recorder != null) {
                recorder.accept(out, first);
            }
            double soFar = scorer.score(out, first, n);
            ctx.listener().onProgress(Phase.QUALITY, first + n, ctx.rows());
            ctx.listener().onQualitySoFar(first + n, soFar);
        }
    }

    private OutputValue checked(OutputValue out, int rows) {
        if (out.rows() != rows) {
            throw new BadInputException("The model returned " + out.rows() + " predictions for a batch of " + rows
                    + " rows from output '" + ctx.binding().output().name() + "': choose an output with one row per input row.");
        }
        return out;
    }

    OutputReader reader() {
        return reader;
    }

    /** The class id predicted for each row, after a classification pass; else null. */
    int[] predictedClasses() {
        return predictedClasses;
    }

    /** The value predicted for each row, after a regression pass; else null. */
    double[] predictedValues() {
        return predictedValues;
    }
}
