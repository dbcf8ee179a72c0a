package org.inferscope.app.viewmodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.report.ResultCsv;
import org.inferscope.engine.report.ResultJson;

/** Writes the runs of a comparison with the engine's writers: CSV one row per run, JSON an array of results. */
public final class ComparisonExporter {
    private final ResultCsv csv = new ResultCsv();
    private final ResultJson json = new ResultJson(true);

    public void writeCsv(List<RunResult> runs, Path file) {
        csv.write(requireRuns(runs), file);
    }

    public void writeJson(List<RunResult> runs, Path file) {
        try {
            Files.writeString(file, json.toJson(requireRuns(runs)) + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("Could not write " + file + ": " + e.getMessage() + ".", e);
        }
    }

    private static List<RunResult> requireRuns(List<RunResult> runs) {
        if (runs.isEmpty()) {
            throw new BadInputException("There is nothing to export yet: run at least one configuration first.");
        }
        return runs;
    }
}
