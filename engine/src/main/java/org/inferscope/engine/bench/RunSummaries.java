package org.inferscope.engine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetSummary;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.ModelSummary;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.binding.Binding;

/** The model and dataset as a result records them, with their files' hashes. */
final class RunSummaries {

    private RunSummaries() {
    }

    static ModelSummary model(Path file, Binding binding) {
        ModelInfo info = binding.model();
        return new ModelSummary(file.toString(), info.format(), info.fileSizeBytes(), FileDigest.sha256(file),
                describe(info.inputs()), describe(info.outputs()), binding.input().name(),
                binding.output().name(), info.parameterCount());
    }

    /** The dataset; its hash is of the file it was read from (the images file for IDX), when it is a file. */
    static DatasetSummary dataset(Dataset data, Path specified) {
        Path file = data.source() != null ? data.source() : specified;
        String sha = Files.isRegularFile(file) ? FileDigest.sha256(file) : null;
        List<String> classes = data.target().task() == Task.CLASSIFICATION ? data.target().classNames() : List.of();
        return new DatasetSummary(file.toString(), data.format() == null ? null : data.format().name(), sha,
                data.rows(), data.columns(), data.target().name(), data.target().task(), classes, data.missing());
    }

    private static List<String> describe(List<TensorSpec> specs) {
        return specs.stream().map(s -> s.name() + " " + s.describe()).toList();
    }
}
