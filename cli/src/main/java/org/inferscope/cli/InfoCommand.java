package org.inferscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.data.DatasetInfo;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inferscope info}: describe a model or a dataset. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Describe a model (inputs, outputs, opset, size, ops) or a dataset (rows, columns, task, "
                + "classes, missing values).")
final class InfoCommand implements Callable<Integer> {

    static final class What {
        @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model file to describe.")
        Path model;

        @Option(names = "--data", paramLabel = "FILE", required = true, description = "The dataset file to describe.")
        Path data;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Mixin
    DataOptionsMixin dataOptions;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    private final CliContext context;

    InfoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (what.model != null) {
            describeModel(what.model);
        } else {
            describeData(what.data);
        }
        return InferScopeCli.OK;
    }

    private void describeModel(Path file) {
        BackendProvider provider = context.registry().providerFor(file);
        ModelInfo info;
        try (LoadedModel model = provider.load(file)) {
            info = model.info();
        }
        if (json) {
            context.out().println(context.json().toJson(info));
            return;
        }
        PrintWriter out = context.out();
        out.printf("Model      %s%n", info.file());
        out.printf("Format     %s (opened by %s)%n", info.format(), provider.displayName());
        out.printf("Size       %s%n", Format.bytes(info.fileSizeBytes()));
        if (info.opset() > 0) {
            out.printf("Opset      %d%n", info.opset());
        }
        if (info.parameterCount() >= 0) {
            out.printf("Parameters %,d%n", info.parameterCount());
        }
        for (TensorSpec in : info.inputs()) {
            out.printf("Input      %s  %s%n", in.name(), in.describe());
        }
        for (TensorSpec o : info.outputs()) {
            out.printf("Output     %s  %s%n", o.name(), o.describe());
        }
        if (!info.classLabels().isEmpty()) {
            out.printf("Classes    %s%n", String.join(", ", info.classLabels()));
        }
        if (!info.opCounts().isEmpty()) {
            StringBuilder ops = new StringBuilder();
            info.opCounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> ops.append(ops.length() == 0 ? "" : ", ").append(e.getKey()).append(" x").append(e.getValue()));
            out.printf("Ops        %s%n", ops);
        }
        info.metadata().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf("Metadata   %s = %s%n", e.getKey(), e.getValue()));
    }

    private void describeData(Path file) {
        Dataset dataset = context.datasets().load(file, dataOptions.toOptions());
        DatasetInfo info = context.datasets().describe(dataset);
        if (json) {
            context.out().println(context.json().toJson(info));
            return;
        }
        PrintWriter out = context.out();
        out.printf("Dataset    %s%n", info.file());
        out.printf("Format     %s, %s%n", info.format(), Format.bytes(info.fileSizeBytes()));
        out.printf("Rows       %,d%n", info.rows());
        out.printf("Features   %,d%n", info.columns());
        out.printf("Target     %s%n", info.target());
        out.printf("Task       %s (%s)%n", info.task(), info.taskReason());
        if (!info.classes().isEmpty()) {
            TextTable classes = new TextTable("CLASS", "ROWS");
            info.classes().forEach(c -> classes.row(c.name(), c.count()));
            classes.print(out);
        }
        if (info.missing().cells() == 0) {
            out.println("Missing    none");
        } else {
            out.printf("Missing    %,d cells in %,d rows (%s)%n", info.missing().cells(),
                    info.missing().rowsAffected(), info.missing().policy());
            info.missing().perColumn().forEach((col, n) -> out.printf("           %s: %,d%n", col, n));
        }
    }
}
