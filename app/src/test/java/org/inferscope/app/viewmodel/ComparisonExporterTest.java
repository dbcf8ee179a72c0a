package org.inferscope.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.inferscope.engine.report.ResultCsv;
import org.inferscope.engine.report.ResultJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison's CSV and JSON: the engine's columns unchanged, interval bounds after them where samples exist. */
class ComparisonExporterTest {
    final ComparisonRow sampled = SampledRows.of(0, "m · FP32", 95, 100, 10_000);
    final ComparisonRow imported = SampleRows.classification(1, "m · imported", 0.9, 50);
    final ComparisonExporter exporter = new ComparisonExporter();

    @TempDir
    Path temp;

    @Test
    void csvKeepsTheEngineColumnsAndAddsIntervalBoundsEmptyForARunWithoutSamples() throws IOException {
        Path file = temp.resolve("runs.csv");
        exporter.writeRowsCsv(List.of(sampled, imported), file);
        List<String> lines = Files.readAllLines(file);
        String engineHeader = new ResultCsv().toCsv(List.of(sampled.result(), imported.result())).lines().findFirst()
                .orElseThrow();
        assertEquals(engineHeader + "," + String.join(",", ComparisonExporter.INTERVAL_COLUMNS), lines.get(0));
        assertTrue(lines.get(0).contains("peakResidentBytes"));
        List<String> withSamples = Arrays.asList(lines.get(1).split(",", -1));
        List<String> bounds = withSamples.subList(withSamples.size() - 6, withSamples.size());
        assertTrue(Double.parseDouble(bounds.get(0)) <= 0.95 && Double.parseDouble(bounds.get(1)) >= 0.95, bounds.toString());
        assertTrue(Double.parseDouble(bounds.get(2)) < Double.parseDouble(bounds.get(3)), bounds.toString());
        assertTrue(lines.get(2).endsWith(",,,,,,"), lines.get(2));
    }

    @Test
    void jsonIsAnArrayOfResultsWithStatisticsBesideThoseThatKeptSamples() throws IOException {
        Path file = temp.resolve("runs.json");
        exporter.writeRowsJson(List.of(sampled, imported), file);
        JsonNode array = ResultJson.newMapper().readTree(Files.readString(file));
        assertEquals(2, array.size());
        JsonNode statistics = array.get(0).get("statistics");
        assertEquals(0.95, statistics.get("accuracy").get("estimate").asDouble(), 1e-9);
        assertTrue(statistics.get("p99Micros").has("upper"));
        assertEquals(1, statistics.get("peakResidentBytes").asLong());
        assertFalse(array.get(1).has("statistics"));
        assertEquals(new ResultJson(false).toJson(imported.result()),
                new ResultJson(false).toJson(new ResultJson().fromJson(array.get(1).toString(), "test")));
    }
}
