package org.inferscope.engine.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetSummary;
import org.inferscope.engine.api.ModelSummary;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.LatencySummary;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.ThroughputPoint;
import org.inferscope.engine.binding.Binding;
import org.inferscope.engine.binding.BindingOptions;
import org.inferscope.engine.binding.OutputReader;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;

/**
 * Runs one {@link RunSpec} on an already loaded dataset: the quality pass over every row, then
 * single-row latency ({@link RunMode#ONLINE}) and throughput per batch size ({@link RunMode#BATCH}),
 * each after its own untimed warm-up. Call from a worker thread; cancel through the token.
 */
public final class Evaluation {
    private final ProviderRegistry registry;
    private final RoundTiming timing;

    public Evaluation(ProviderRegistry registry) {
        this(registry, RoundTiming.DEFAULT);
    }

    public Evaluation(ProviderRegistry registry, RoundTiming timing) {
        this.registry = registry;
        this.timing = timing;
    }

    /**
     * Runs the spec. Expected failures (bad model, dataset that does not fit, unavailable device) are
     * {@link org.inferscope.engine.api.BadInputException}s; a cancelled run throws {@link RunCancelledException}.
     */
    public RunResult run(RunSpec spec, Dataset dataset, RunListener listener, CancellationToken cancel) {
        RunListener events = listener == null ? RunListener.NONE : listener;
        CancellationToken token = cancel == null ? new CancellationToken() : cancel;
        Instant startedAt = Instant.now();
        MemoryProbe.resetPeaks();
        events.onPhase(Phase.LOADING, 0);
        token.throwIfCancelled();
        BackendProvider provider = registry.providerFor(spec.model());
        try (LoadedModel loaded = provider.load(spec.model())) {
            Binding binding = Binding.create(loaded.info(), dataset,
                    new BindingOptions(spec.scaling(), spec.classOrder(), null, null));
            Device device = registry.resolveDevice(provider, spec.device());
            token.throwIfCancelled();
            SessionSettings settings = new SessionSettings(spec.threads(), binding.input().name(),
                    binding.output().name());
            Measurements measured;
            try (Session session = loaded.open(device, settings)) {
                measured = measure(spec, new SessionContext(session, binding, binding.prepareAll(), events, token));
            }
            ModelSummary model = RunSummaries.model(spec.model(), binding);
            DatasetSummary data = RunSummaries.dataset(dataset, spec.data());
            RunResult result = new RunResult(RunResult.SCHEMA_VERSION, model, data, measured.quality(),
                    measured.latency(), measured.throughput(), MemoryProbe.read(), measured.notes(),
                    RunProvenance.of(spec, model.sha256(), data.sha256(), provider, device, CpuFeatures.detect(),
                            startedAt));
            events.onPhase(Phase.DONE, 0);
            return result;
        }
    }

    private Measurements measure(RunSpec spec, SessionContext ctx) {
        List<String> notes = new ArrayList<>(ctx.binding().notes());
        QualityPass qualityPass = new QualityPass(ctx);
        Quality quality = qualityPass.run(spec.warmup());
        notes.addAll(readingNotes(ctx.binding(), qualityPass.reader()));
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
        return new Measurements(quality, latency, throughput, notes);
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

    private record Measurements(Quality quality, LatencySummary latency, List<ThroughputPoint> throughput,
                                List<String> notes) {
    }
}
