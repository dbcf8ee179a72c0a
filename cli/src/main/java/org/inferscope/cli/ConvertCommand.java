package org.inferscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.VariantSidecar;
import org.inferscope.engine.bench.ModelConversion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inferscope convert}: a model in another backend's format (a Tribuo model as ONNX), with a JSON sidecar. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Convert a model for another backend (a Tribuo model to ONNX, by Tribuo's own exporter), check "
                + "that backend loads it, and write a JSON sidecar (FILE.json). 'eval --device onnxruntime:cpu' on the "
                + "original does the same on the fly and reports the agreement.")
final class ConvertCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model file (.tribuo).")
    Path model;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write the converted model; its extension names the format (.onnx).")
    Path out;

    @Option(names = "--json", description = "Print the sidecar JSON instead of a summary.")
    boolean json;

    private final CliContext context;

    ConvertCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (out.toAbsolutePath().normalize().equals(model.toAbsolutePath().normalize())) {
            throw new BadInputException("--out " + out + " is the model itself: choose another file.");
        }
        VariantSidecar sidecar = new ModelConversion(context.registry()).convert(model, out);
        Path sidecarFile = out.resolveSibling(out.getFileName() + ".json");
        try {
            Files.writeString(sidecarFile, context.json().toJson(sidecar) + "\n");
        } catch (java.io.IOException e) {
            throw new BadInputException("The converted model was written, but its sidecar " + sidecarFile
                    + " could not be (" + e.getMessage() + "): check the folder's permissions.", e);
        }
        if (json) {
            context.out().println(context.json().toJson(sidecar));
        } else {
            new TransformPrinter(context.out()).print(sidecar.transform());
            context.out().printf("Written     %s and %s (loads in %s)%n", out, sidecarFile.getFileName(),
                    sidecar.backend());
        }
        return InferScopeCli.OK;
    }
}
