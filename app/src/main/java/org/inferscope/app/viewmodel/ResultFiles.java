package org.inferscope.app.viewmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.report.ResultJson;

/**
 * Result files (.json, as {@code eval --json}, {@code spark-eval} or a sweep's point files write them)
 * among files opened or dropped: they join the comparison as runs measured elsewhere, with their own
 * label. A sweep point holds its run's result under {@code run.result}; a failed point has none.
 */
final class ResultFiles {
    private ResultFiles() {
    }

    /** Queues every result file in {@code files} for the comparison open now; returns the other files. */
    static List<Path> importInto(RunQueue queue, List<Path> files) {
        files.stream().filter(ResultFiles::isResult)
                .forEach(f -> queue.addFinished(() -> read(f)));
        return files.stream().filter(f -> !isResult(f)).toList();
    }

    static boolean isResult(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The run in {@code file}, a result or a sweep point; one sentence when it holds neither. */
    static RunResult read(Path file) {
        String name = String.valueOf(file.getFileName());
        ResultJson json = new ResultJson();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new BadInputException("Could not read " + name + " (" + e.getMessage() + "): check the file.", e);
        }
        JsonNode tree;
        try {
            tree = ResultJson.newMapper().readTree(text);
        } catch (IOException e) {
            throw new BadInputException(name + " is not a valid InferScope result: it is not JSON.", e);
        }
        JsonNode point = tree == null ? null : tree.path("run").path("result");
        JsonNode run = point != null && point.isObject() ? point : tree;
        if (run == null || !run.path("model").isObject() || !run.path("quality").isObject()
                || !run.path("provenance").isObject()) {
            throw new BadInputException(name + " is not an InferScope run result (it has no model, quality or"
                    + " provenance): open a file written by eval --json, spark-eval, or a sweep's finished point.");
        }
        RunResult result = json.fromJson(run.toString(), name);
        return result;
    }
}
