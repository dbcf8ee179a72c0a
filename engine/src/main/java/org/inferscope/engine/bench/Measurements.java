package org.inferscope.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.api.LatencySummary;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.ThroughputPoint;
import org.inferscope.engine.binding.Binding;
import org.inferscope.engine.binding.OutputReader;

/**
 * Everything measured on one open session: quality over every row, then single-row latency and
 * throughput per batch size as the spec asks.
 */
record Measurements(Quality quality, LatencySummary latency, List<ThroughputPoint> throughput, List<String> notes,
                    int[] predictedClasses) {

    /** @param recorder receives every quality-pass output, or null */
    static Measurements take(RunSpec spec, SessionContext ctx, RoundTiming timing, OutputRecorder recorder) {
        List<String> notes = new ArrayList<>(ctx.binding().notes());
        QualityPass qualityPass = new QualityPass(ctx, recorder);
        Quality quality = qualityPass.run(spec.warmup());
        notes.addAll(readingNotes(ctx.binding(), qualityPass.reader()));
        if (qualityPass.predictedClasses() != null) {
            ctx.listener().onPredictedClasses(qualityPass.predictedClasses().clone());
        }
        LatencySummary latency = null;
        if (spec.modes().contains(RunMode.ONLINE)) {
            latency = new LatencyMeasurement(ctx).run(spec.warmup(), spec.iterations());
        }
        List<ThroughputPoint> throughput = List.of();
        if (spec.modes().contains(RunMode.BATCH)) {
            ThroughputMeasurement batches = new ThroughputMeasurement(ctx, timing);
            throughput = batches.run(spec.batchSizes(), spec.warmup(), spec.iterations());
            notes.addAll(batches.notes());
        }
        return new Measurements(quality, latency, throughput, notes, qualityPass.predictedClasses());
    }

    private static List<String> readingNotes(Binding binding, OutputReader reader) {
        List<String> notes = new ArrayList<>();
        reader.scoreKind().ifPresent(kind -> notes.add("predictions read from output '" + binding.output().name()
                + "' (" + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"));
        if (reader.unknownPredictions() > 0) {
            notes.add(reader.unknownPredictions() + " predictions were labels that are not among the dataset's"
                    + " classes; they count as wrong");
        }
        return notes;
    }
}
