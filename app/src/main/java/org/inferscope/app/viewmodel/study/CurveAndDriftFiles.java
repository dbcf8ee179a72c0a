package org.inferscope.app.viewmodel.study;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.inferscope.engine.report.AtomicFiles;
import org.inferscope.engine.report.ResultJson;

/**
 * Writes the robustness curves and drift reports: JSON through the engine's writer (records by their
 * component names), CSV with a header row, quoted where a value needs it. Both go through a temporary
 * file, so a file is never half written.
 */
final class CurveAndDriftFiles {
    private static final ResultJson JSON = new ResultJson(true);

    private CurveAndDriftFiles() {
    }

    static void writeJson(Object record, Path file) {
        byte[] bytes = (JSON.toJson(record) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** {@code header} and then each row, every row as long as the header. */
    static void writeCsv(List<String> header, List<List<String>> rows, Path file) {
        StringBuilder text = new StringBuilder(line(header));
        rows.forEach(r -> text.append(line(r)));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** A number as CSV holds it: plain digits, nothing for a value that was not measured. */
    static String number(Double value) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%s", value);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(CurveAndDriftFiles::quoted).collect(Collectors.joining(",")) + "\n";
    }

    private static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
