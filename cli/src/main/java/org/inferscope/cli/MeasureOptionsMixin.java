package org.inferscope.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.bench.RoundTiming;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.resources.EnergyMeter;
import org.inferscope.engine.sweep.SampledEvaluation;
import picocli.CommandLine.Option;

/** How much to measure, shared by sweep, tune, scenario and robustness. Defaults are lighter than eval's. */
final class MeasureOptionsMixin {

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
            description = "Untimed calls before each measurement (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "300",
            description = "Timed single-row calls; throughput runs clamp(N, 5, 30) rounds (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--round-ms", paramLabel = "MS", defaultValue = "50",
            description = "Target length of one throughput round (default: ${DEFAULT-VALUE}).")
    long roundMillis;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Intra-op threads (default: the backend's choice).")
    int threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed for calibration, perturbations and the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--divide", paramLabel = "X", defaultValue = "1", description = "Scaling: x' = (x / X - mean) / std.")
    double divide;

    @Option(names = "--mean", paramLabel = "M", defaultValue = "0", description = "Scaling mean.")
    double mean;

    @Option(names = "--std", paramLabel = "S", defaultValue = "1", description = "Scaling std.")
    double std;

    RunSpec spec(Path model, Path data, DatasetOptions dataOptions, String device, List<Integer> batches,
                 TransformSpec transform) {
        return new RunSpec(model, data, dataOptions, device, new Scaling(divide, mean, std),
                Set.of(RunMode.ONLINE, RunMode.BATCH), batches, warmup, iterations, threads, seed, List.of(), transform);
    }

    SampledEvaluation evaluation(ProviderRegistry registry) {
        return new SampledEvaluation(new Evaluation(registry, new RoundTiming(Duration.ofMillis(roundMillis), 3)),
                EnergyMeter.system());
    }
}
