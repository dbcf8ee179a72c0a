package org.inferscope.cli;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.RunSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The model, data, variant and measuring options every measured scenario shares. */
final class ScenarioModelOptions {

    @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model file.")
    Path model;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "The dataset the queries come from.")
    Path data;

    @Option(names = "--device", paramLabel = "BACKEND:DEVICE", description = "Where to run (default: the first available CPU).")
    String device;

    @Mixin
    DataOptionsMixin dataOptions;

    @Mixin
    TransformOptionsMixin transform;

    @Mixin
    MeasureOptionsMixin measure;

    RunSpec spec(List<Integer> batches) {
        return measure.spec(model, data, dataOptions.toOptions(), device, batches, transform.toSpec());
    }
}
