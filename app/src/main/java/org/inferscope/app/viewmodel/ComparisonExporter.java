package org.inferscope.app.viewmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.report.ResultCsv;
import org.inferscope.engine.report.ResultJson;
import org.inferscope.engine.stats.Bootstrap;
import org.inferscope.engine.stats.ConfidenceInterval;
import org.inferscope.engine.sweep.RunStatistics;

/**
 * Writes the runs of a comparison with the engine's writers: CSV one row per run, JSON an array of
 * results. Runs that kept their raw samples add their 95 % intervals: CSV columns after the standard
 * ones (empty for a run without samples), and a {@code statistics} object beside each result in JSON.
 * The standard columns, peak resident memory among them, keep their names and order.
 */
public final class ComparisonExporter {
    static final List<String> INTERVAL_COLUMNS = List.of("accuracyLower", "accuracyUpper", "p50MicrosLower",
            "p50MicrosUpper", "p99MicrosLower", "p99MicrosUpper");

    private final ResultCsv csv = new ResultCsv();
    private final ObjectMapper mapper = ResultJson.newMapper();

    public void writeRowsCsv(List<ComparisonRow> rows, Path file) {
        List<RunStatistics> stats = statistics(requireRuns(rows));
        List<ResultCsv.Column> columns = new ArrayList<>();
        columns.addAll(bounds(INTERVAL_COLUMNS.get(0), INTERVAL_COLUMNS.get(1), stats, RunStatistics::accuracy));
        columns.addAll(bounds(INTERVAL_COLUMNS.get(2), INTERVAL_COLUMNS.get(3), stats, RunStatistics::p50Micros));
        columns.addAll(bounds(INTERVAL_COLUMNS.get(4), INTERVAL_COLUMNS.get(5), stats, RunStatistics::p99Micros));
        csv.write(rows.stream().map(ComparisonRow::result).toList(), columns, file);
    }

    public void writeRowsJson(List<ComparisonRow> rows, Path file) {
        List<RunStatistics> stats = statistics(requireRuns(rows));
        ArrayNode array = mapper.createArrayNode();
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode run = mapper.valueToTree(rows.get(i).result());
            if (stats.get(i) != null) {
                run.set("statistics", mapper.valueToTree(stats.get(i)));
            }
            array.add(run);
        }
        try {
            Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array)
                    + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the comparison as JSON", e);
        } catch (IOException e) {
            throw new BadInputException("Could not write " + file + ": " + e.getMessage() + ".", e);
        }
    }

    /** Each row's statistics, null for a row without samples. */
    private static List<RunStatistics> statistics(List<ComparisonRow> rows) {
        return rows.stream().map(r -> r.samples() == null ? null
                : RunStatistics.of(r.samples(), new Bootstrap(RunDetails.SEED), 0)).toList();
    }

    private static List<ResultCsv.Column> bounds(String lower, String upper, List<RunStatistics> stats,
                                                 Function<RunStatistics, ConfidenceInterval> pick) {
        List<ConfidenceInterval> intervals = stats.stream().map(s -> s == null ? null : pick.apply(s)).toList();
        return List.of(new ResultCsv.Column(lower, cells(intervals, ConfidenceInterval::lower)),
                new ResultCsv.Column(upper, cells(intervals, ConfidenceInterval::upper)));
    }

    private static List<String> cells(List<ConfidenceInterval> intervals, Function<ConfidenceInterval, Double> bound) {
        return intervals.stream().map(ci -> ci == null ? "" : Double.toString(bound.apply(ci))).toList();
    }

    private static List<ComparisonRow> requireRuns(List<ComparisonRow> rows) {
        if (rows.isEmpty()) {
            throw new BadInputException("There is nothing to export yet: run at least one configuration first.");
        }
        return rows;
    }
}
