package org.inferscope.app.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.report.ResultJson;

/**
 * Result files (.json, as {@code eval --json}, a sweep's points or {@code spark-eval} write them) among
 * files opened or dropped: they join the comparison as runs measured elsewhere, with their own label.
 */
final class ResultFiles {
    private ResultFiles() {
    }

    /** Queues every result file in {@code files} for the comparison open now; returns the other files. */
    static List<Path> importInto(RunQueue queue, List<Path> files) {
        files.stream().filter(ResultFiles::isResult)
                .forEach(f -> queue.addFinished(() -> new ResultJson().read(f), String.valueOf(f.getFileName())));
        return files.stream().filter(f -> !isResult(f)).toList();
    }

    static boolean isResult(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
