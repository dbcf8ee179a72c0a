package org.inferscope.scale;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.inferscope.engine.api.DatasetSummary;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.Fidelity;
import org.inferscope.engine.api.LatencySummary;
import org.inferscope.engine.api.MissingValuePolicy;
import org.inferscope.engine.api.MissingValues;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.ModelSummary;
import org.inferscope.engine.api.Provenance;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.api.ThroughputPoint;
import org.inferscope.engine.api.VariantSidecar;
import org.inferscope.engine.bench.CpuFeatures;
import org.inferscope.engine.bench.Int8Explanation;
import org.inferscope.engine.bench.LatencyMeasurement;
import org.inferscope.engine.bench.MemoryProbe;
import org.inferscope.engine.bench.RunProvenance;
import org.inferscope.engine.binding.Binding;
import org.inferscope.engine.spi.BackendProvider;

/**
 * Builds the engine's {@link RunResult} from the merged tallies: quality from the merged counts and sums,
 * latency from the merged histogram, and provenance marked with the cluster it ran on, so that the result
 * reads like any other run's.
 */
final class ClusterResults {
    private static final double NANOS_PER_SECOND = 1e9;

    private final ClusterRunSpec spec;
    private final BackendProvider provider;
    private final Device device;
    private final Binding probe;
    private final ModelInfo model;
    private final String modelSha256;
    private final String format;
    private final TargetPlan target;
    private final ClusterShape shape;

    ClusterResults(ClusterRunSpec spec, BackendProvider provider, Device device, Binding probe, ModelInfo model,
                   String modelSha256, String format, TargetPlan target, ClusterShape shape) {
        this.spec = spec;
        this.provider = provider;
        this.device = device;
        this.probe = probe;
        this.model = model;
        this.modelSha256 = modelSha256;
        this.format = format;
        this.target = target;
        this.shape = shape;
    }

    RunResult assemble(PartitionTally merged, VariantSidecar variant, long wallNanos, Instant startedAt) {
        Quality quality = quality(merged.classes(), merged.regression());
        Fidelity fidelity = variant == null ? null : merged.fidelity().fidelity(probe.output().name(),
                quality(merged.originalClasses(), merged.originalRegression()));
        Histogram calls = merged.histogram();
        LatencySummary latency = spec.batchRows() == 1 && calls.getTotalCount() > 0
                ? LatencyMeasurement.summary(calls) : null;
        List<ThroughputPoint> throughput = calls.getTotalCount() == 0 ? List.of() : List.of(throughput(calls));
        List<String> notes = notes(merged, variant, wallNanos);
        return new RunResult(RunResult.SCHEMA_VERSION, modelSummary(), datasetSummary(merged.rows()), quality, latency,
                throughput, MemoryProbe.read(), notes, provenance(startedAt), variant == null ? null : variant.transform(),
                fidelity);
    }

    private Quality quality(ClassCounts classes, RegressionSums sums) {
        return target.task() == Task.CLASSIFICATION ? classes.quality(target.classNames()) : sums.quality();
    }

    /** Every call is a round: rows per second at the median call, the slowest and the fastest. */
    private ThroughputPoint throughput(Histogram calls) {
        int rows = spec.batchRows();
        return new ThroughputPoint(rows, perSecond(rows, calls.getValueAtPercentile(50)),
                perSecond(rows, calls.getMaxValue()), perSecond(rows, calls.getMinValue()),
                (int) Math.min(Integer.MAX_VALUE, calls.getTotalCount()), rows);
    }

    private static double perSecond(int rows, long nanos) {
        return nanos <= 0 ? 0 : rows * NANOS_PER_SECOND / nanos;
    }

    private List<String> notes(PartitionTally merged, VariantSidecar variant, long wallNanos) {
        List<String> notes = new ArrayList<>(probe.notes());
        if (merged.scoreKind() != null) {
            notes.add("predictions read from output '" + probe.output().name() + "' (" + merged.scoreKind() + ")");
        }
        if (merged.unknownPredictions() > 0) {
            notes.add(merged.unknownPredictions() + " predictions were labels that are not among the dataset's"
                    + " classes; they count as wrong");
        }
        double seconds = wallNanos / NANOS_PER_SECOND;
        notes.add(String.format(Locale.ROOT, "evaluated on Apache Spark (%s): %d rows in %.1f s end to end,"
                + " %.0f rows/s including reading the data", shape.describe(), merged.rows(), seconds,
                merged.rows() / Math.max(seconds, 1e-9)));
        Histogram calls = merged.histogram();
        if (calls.getTotalCount() > 0) {
            notes.add(String.format(Locale.ROOT, "latency per call of up to %d rows, merged from every partition's"
                    + " histogram: p50 %.1f us, p99 %.1f us, max %.1f us over %d calls; the throughput point is read"
                    + " from the same calls (the last call of a partition may hold fewer rows)", spec.batchRows(),
                    calls.getValueAtPercentile(50) / 1e3, calls.getValueAtPercentile(99) / 1e3,
                    calls.getMaxValue() / 1e3, calls.getTotalCount()));
        }
        notes.add("memory is the driver JVM's" + (shape.master().startsWith("local")
                ? ", which in local mode also runs the tasks" : "; executors' memory is not recorded"));
        if (variant != null) {
            notes.addAll(variant.transform().notes());
            Int8Explanation.forPrecision(spec.run().transform().precision(), CpuFeatures.detect()).ifPresent(notes::add);
        }
        return notes;
    }

    private ModelSummary modelSummary() {
        return new ModelSummary(spec.run().model().toString(), model.format(), model.fileSizeBytes(), modelSha256,
                describe(model.inputs()), describe(model.outputs()), probe.input().name(), probe.output().name(),
                model.parameterCount());
    }

    private static List<String> describe(List<TensorSpec> specs) {
        return specs.stream().map(s -> s.name() + " " + s.describe()).toList();
    }

    private DatasetSummary datasetSummary(long rows) {
        List<String> classes = target.task() == Task.CLASSIFICATION ? target.classNames() : List.of();
        return new DatasetSummary(spec.data(), format, null, (int) Math.min(Integer.MAX_VALUE, rows),
                probe.data().columns(), probe.data().target().name(), target.task(), classes,
                MissingValues.none(MissingValuePolicy.REJECT));
    }

    /** The engine's provenance, with the data location and the cluster added to the settings. */
    private Provenance provenance(Instant startedAt) {
        Provenance p = RunProvenance.of(spec.run(), modelSha256, null, provider, device, CpuFeatures.detect(),
                startedAt);
        Map<String, String> settings = new TreeMap<>(p.settings());
        settings.put("data", spec.data());
        settings.put("task", target.task() + " (" + target.reason() + ")");
        settings.put("format", format);
        settings.put("batchRows", Integer.toString(spec.batchRows()));
        settings.put("sparkMaster", shape.master());
        settings.put("sparkExecutors", Integer.toString(shape.executors()));
        settings.put("sparkCores", Integer.toString(shape.cores()));
        settings.put("sparkPartitions", Integer.toString(shape.partitions()));
        return new Provenance(p.inferscopeVersion(), p.modelSha256(), p.datasetSha256(), p.backend(),
                p.backendVersion(), p.device(), p.jvm(), p.os(), p.cpuModel(), p.cpuFlags(), p.logicalCpus(), settings,
                p.seed(), p.startedAt());
    }
}
