package org.inferscope.engine.bench;

import java.time.Instant;
import java.util.List;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetSummary;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.Fidelity;
import org.inferscope.engine.api.ModelSummary;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.binding.Binding;
import org.inferscope.engine.binding.BindingOptions;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;

/**
 * Runs one {@link RunSpec} on an already loaded dataset: the quality pass over every row, then
 * single-row latency ({@link RunMode#ONLINE}) and throughput per batch size ({@link RunMode#BATCH}),
 * each after its own untimed warm-up. When the spec asks for a variant (a precision or pruning
 * transform), the variant is made first and measured instead, with its fidelity to the original.
 * When the spec's device belongs to another backend than the model's, the model is converted for
 * that backend and measured there, with its fidelity to the original on its own backend.
 * Call from a worker thread; cancel through the token.
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
        BindingOptions options = new BindingOptions(spec.scaling(), spec.classOrder(), null, null);
        try (LoadedModel loaded = provider.load(spec.model())) {
            Binding binding = Binding.create(loaded.info(), dataset, options);
            BackendProvider other = registry.providerOfDevice(spec.device()).filter(p -> p != provider).orElse(null);
            BackendProvider runner = other == null ? provider : other;
            Device device = registry.resolveDevice(runner, spec.device());
            token.throwIfCancelled();
            Outcome outcome;
            if (other != null) {
                outcome = new ConversionEvaluation(this, provider, other, options).run(spec, loaded, binding,
                        registry.resolveDevice(provider, null), device, events, token);
            } else if (spec.transform().isIdentity()) {
                outcome = measure(spec, loaded, binding, device, new SessionContextFactory(events, token), null);
            } else {
                outcome = new VariantEvaluation(this, provider, options).run(spec, loaded, binding, device, events, token);
            }
            ModelSummary model = RunSummaries.model(spec.model(), binding);
            DatasetSummary data = RunSummaries.dataset(dataset, spec.data());
            RunResult result = new RunResult(RunResult.SCHEMA_VERSION, model, data, outcome.measured().quality(),
                    outcome.measured().latency(), outcome.measured().throughput(), MemoryProbe.read(),
                    outcome.notes(), RunProvenance.of(spec, model.sha256(), data.sha256(), runner, device,
                            CpuFeatures.detect(), startedAt), outcome.transform(), outcome.fidelity());
            events.onPhase(Phase.DONE, 0);
            return result;
        }
    }

    /** Opens a session on {@code model} and takes every measurement the spec asks for. */
    Outcome measure(RunSpec spec, LoadedModel model, Binding binding, Device device, SessionContextFactory contexts,
                    OutputRecorder recorder) {
        SessionSettings settings = new SessionSettings(spec.threads(), binding.input().name(), binding.output().name());
        try (Session session = model.open(device, settings)) {
            Measurements measured = Measurements.take(spec, contexts.of(session, binding), timing, recorder);
            return new Outcome(measured, measured.notes(), null, null);
        }
    }

    /** What a run measured, and for a variant, what was done to it and how faithful it is. */
    record Outcome(Measurements measured, List<String> notes, TransformReport transform, Fidelity fidelity) {
    }

    /** Builds the per-session context with the run's listener and cancellation token. */
    record SessionContextFactory(RunListener listener, CancellationToken cancel) {
        SessionContext of(Session session, Binding binding) {
            return new SessionContext(session, binding, binding.prepareAll(), listener, cancel);
        }
    }
}
