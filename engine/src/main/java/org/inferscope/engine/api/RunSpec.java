package org.inferscope.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that defines one evaluation run: reproduce a run by running its spec again.
 *
 * @param model the model file
 * @param data the dataset file (for IDX: the images file; the labels file is found beside it)
 * @param dataOptions target column, task override, missing-value policy, LibSVM width
 * @param device "backend:device" ("onnxruntime:cpu"), or null for the first available CPU that
 *               opens the model
 * @param scaling input scaling
 * @param modes which measurements to take
 * @param batchSizes batch sizes for {@link RunMode#BATCH}
 * @param warmup un-timed calls before each measurement
 * @param iterations timed single-row calls for {@link RunMode#ONLINE}; timed rounds per batch size
 * @param threads intra-op threads, 0 for the backend's choice
 * @param seed seed for any sampling
 * @param classOrder class names in the order of the model's score columns, or empty to take it from
 *                   the model's metadata or else the dataset's class ids
 * @param transform the variant to measure instead of the original (precision, pruning); none when identity
 */
public record RunSpec(Path model, Path data, DatasetOptions dataOptions, String device, Scaling scaling,
                      Set<RunMode> modes, List<Integer> batchSizes, int warmup, int iterations,
                      int threads, long seed, List<String> classOrder, TransformSpec transform) {

    public RunSpec {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        dataOptions = dataOptions == null ? DatasetOptions.defaults() : dataOptions;
        scaling = scaling == null ? Scaling.NONE : scaling;
        modes = Set.copyOf(modes);
        batchSizes = List.copyOf(batchSizes);
        classOrder = classOrder == null ? List.of() : List.copyOf(classOrder);
        transform = transform == null ? TransformSpec.none() : transform;
        for (int b : batchSizes) {
            if (b < 1) {
                throw new BadInputException("Batch sizes must be 1 or more, not " + b + ".");
            }
        }
        if (warmup < 0 || iterations < 1) {
            throw new BadInputException("Warm-up must be 0 or more and iterations 1 or more.");
        }
    }

    /** A run of the original model. */
    public RunSpec(Path model, Path data, DatasetOptions dataOptions, String device, Scaling scaling,
                   Set<RunMode> modes, List<Integer> batchSizes, int warmup, int iterations,
                   int threads, long seed, List<String> classOrder) {
        this(model, data, dataOptions, device, scaling, modes, batchSizes, warmup, iterations, threads, seed,
                classOrder, TransformSpec.none());
    }

    /** The same run on another dataset file. */
    public RunSpec withData(Path otherData) {
        return new RunSpec(model, otherData, dataOptions, device, scaling, modes, batchSizes, warmup, iterations, threads,
                seed, classOrder, transform);
    }

    /** The same run of another variant. */
    public RunSpec withTransform(TransformSpec t) {
        return new RunSpec(model, data, dataOptions, device, scaling, modes, batchSizes, warmup, iterations, threads,
                seed, classOrder, t);
    }

    /** Defaults: both modes, batch sizes 1, 32, 256, 100 warm-up calls, 1000 timed calls. */
    public static RunSpec of(Path model, Path data) {
        return new RunSpec(model, data, DatasetOptions.defaults(), null, Scaling.NONE,
                Set.of(RunMode.ONLINE, RunMode.BATCH), List.of(1, 32, 256), 100, 1000, 0, 42L, List.of());
    }
}
