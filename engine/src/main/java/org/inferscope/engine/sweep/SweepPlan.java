package org.inferscope.engine.sweep;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunSpec;

/**
 * A grid of configurations over device x precision x sparsity x batch size, measured with the same
 * settings. Saved beside the points, so that a resumed sweep is checked to be the same sweep.
 *
 * @param schemaVersion version of this shape
 * @param base model, data, warm-up, iterations, seed and the transform's calibration settings
 * @param devices "backend:device" ids; empty for the first available CPU
 * @param precisions precisions to try
 * @param sparsities sparsities to try (0 for none)
 * @param structured whether pruning removes whole hidden units
 * @param batchSizes batch sizes for throughput
 * @param roundMillis target length of one throughput round
 */
public record SweepPlan(int schemaVersion, RunSpec base, List<String> devices, List<Precision> precisions,
                        List<Double> sparsities, boolean structured, List<Integer> batchSizes, long roundMillis) {

    public static final int SCHEMA_VERSION = 1;

    public SweepPlan {
        Objects.requireNonNull(base, "base");
        devices = List.copyOf(devices);
        precisions = List.copyOf(precisions);
        sparsities = List.copyOf(sparsities);
        batchSizes = List.copyOf(batchSizes);
        if (precisions.isEmpty() || sparsities.isEmpty() || batchSizes.isEmpty()) {
            throw new BadInputException("A sweep needs at least one precision, sparsity and batch size.");
        }
        if (roundMillis < 0) {
            throw new BadInputException("A throughput round cannot last less than 0 ms.");
        }
    }

    /** Every configuration, batch size varying fastest, then sparsity, precision, device. */
    public List<SweepConfiguration> configurations() {
        List<String> where = devices.isEmpty() ? java.util.Collections.singletonList(null) : devices;
        List<SweepConfiguration> all = new ArrayList<>();
        for (String device : where) {
            for (Precision p : precisions) {
                for (double s : sparsities) {
                    for (int b : batchSizes) {
                        all.add(new SweepConfiguration(device, p, s, structured, b));
                    }
                }
            }
        }
        return all;
    }

    /** The run of one configuration: both measurements, throughput at its batch size only. */
    public RunSpec specFor(SweepConfiguration c) {
        RunSpec b = base;
        return new RunSpec(b.model(), b.data(), b.dataOptions(), c.device(), b.scaling(),
                java.util.Set.of(RunMode.ONLINE, RunMode.BATCH), List.of(c.batchSize()), b.warmup(), b.iterations(),
                b.threads(), b.seed(), b.classOrder(), c.transform(b.transform()));
    }

    /** A guess before anything ran: the throughput rounds plus a second per point for the rest. */
    public Duration estimate() {
        long rounds = Math.max(5, Math.min(30, base.iterations()));
        long perPoint = rounds * roundMillis + 1000 + base.iterations() / 10;
        return Duration.ofMillis(perPoint * configurations().size());
    }
}
