package org.inferscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.VariantSidecar;
import org.inferscope.engine.bench.VariantMaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inferscope transform}: make and save a quantized or pruned variant with a JSON sidecar. */
@Command(name = "transform", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Make a quantized and/or pruned variant of a model and save it, with a JSON sidecar "
                + "(FILE.json) saying what was changed, what was skipped and why.")
final class TransformCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model file (.onnx).")
    Path model;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the variant.")
    Path out;

    @Option(names = "--data", paramLabel = "FILE",
            description = "A dataset the model reads: needed for int8-static calibration.")
    Path data;

    @Mixin
    DataOptionsMixin dataOptions;

    @Mixin
    TransformOptionsMixin transform;

    @Option(names = "--divide", paramLabel = "X", defaultValue = "1", description = "Scaling of calibration rows, as for eval.")
    double divide;

    @Option(names = "--mean", paramLabel = "M", defaultValue = "0", description = "Scaling mean.")
    double mean;

    @Option(names = "--std", paramLabel = "S", defaultValue = "1", description = "Scaling std.")
    double std;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the calibration sample.")
    long seed;

    @Option(names = "--executed-graph", paramLabel = "FILE",
            description = "Also write the graph the backend actually runs for the variant (ONNX Runtime's optimised"
                    + " graph: which layers became integer kernels), to open in a viewer such as Netron.")
    Path executedGraph;

    @Option(names = "--json", description = "Print the sidecar JSON instead of a summary.")
    boolean json;

    private final CliContext context;

    TransformCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (out.toAbsolutePath().normalize().equals(model.toAbsolutePath().normalize())) {
            throw new BadInputException("--out " + out + " is the model itself: choose another file for the variant.");
        }
        Dataset dataset = data == null ? null : context.datasets().load(data, dataOptions.toOptions());
        VariantSidecar sidecar = new VariantMaker(context.registry())
                .make(model, transform.toSpec(), dataset, new Scaling(divide, mean, std), seed, out);
        Path sidecarFile = out.resolveSibling(out.getFileName() + ".json");
        try {
            Files.writeString(sidecarFile, context.json().toJson(sidecar) + "\n");
        } catch (java.io.IOException e) {
            throw new BadInputException("The variant was written, but its sidecar " + sidecarFile
                    + " could not be (" + e.getMessage() + "): check the folder's permissions.", e);
        }
        if (executedGraph != null) {
            context.registry().providerFor(out).transformer().orElseThrow().writeExecutedGraph(out, executedGraph);
        }
        if (json) {
            context.out().println(context.json().toJson(sidecar));
        } else {
            new TransformPrinter(context.out()).print(sidecar.transform());
            context.out().printf("Written     %s and %s%s%n", out, sidecarFile.getFileName(),
                    executedGraph == null ? "" : ", executed graph " + executedGraph);
        }
        return InferScopeCli.OK;
    }
}
