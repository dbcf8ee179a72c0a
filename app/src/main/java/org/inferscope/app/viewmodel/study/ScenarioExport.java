package org.inferscope.app.viewmodel.study;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.inferscope.engine.report.AtomicFiles;
import org.inferscope.engine.report.ResultJson;

/** Writes a scenario's outcome as CSV (a header, then one line per row) or as JSON (the outcome record). */
public final class ScenarioExport {
    private static final ResultJson JSON = new ResultJson(true);

    private ScenarioExport() {
    }

    public static void writeCsv(ScenarioOutcome outcome, Path file) {
        byte[] bytes = csv(outcome).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    public static void writeJson(ScenarioOutcome outcome, Path file) {
        byte[] bytes = (JSON.toJson(outcome) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    static String csv(ScenarioOutcome outcome) {
        StringBuilder out = new StringBuilder(line(outcome.csvHeader()));
        outcome.csvRows().forEach(row -> out.append(line(row)));
        return out.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(ScenarioExport::quoted).collect(Collectors.joining(",")) + "\n";
    }

    /** RFC 4180: a cell with a comma, a quote or a line break goes in quotes, its quotes doubled. */
    private static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    /** A number as a spreadsheet reads it: plain digits, no grouping, empty when there is none. */
    static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "" : BigDecimal.valueOf(value).stripTrailingZeros()
                .toPlainString();
    }
}
