package org.inferscope.engine.report;

import org.inferscope.engine.testing.SampleResults;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCsvTest {

    @TempDir
    Path dir;

    private static List<CsvRecord> parse(String csv) {
        return CsvReader.builder().ofCsvRecord(csv).stream().toList();
    }

    @Test
    void theHeaderHasOneThroughputColumnPerBatchSizeOfAnyRun() {
        String csv = new ResultCsv().toCsv(List.of(SampleResults.classification(), SampleResults.regression()));
        List<String> header = parse(csv).get(0).getFields();
        assertEquals(List.of("schemaVersion", "model", "modelSha256", "dataset", "backend", "device", "rows",
                "accuracy", "macroF1", "mse", "rmse", "mae", "r2", "p50Micros", "p90Micros", "p99Micros",
                "p999Micros", "meanMicros", "rowsPerSecond@1", "rowsPerSecond@32", "rowsPerSecond@256",
                "peakResidentBytes", "startedAt"), header);
    }

    @Test
    void eachRunIsOneRowWithEmptyCellsWhereItHasNoValue() {
        List<CsvRecord> rows = parse(new ResultCsv().toCsv(
                List.of(SampleResults.classification(), SampleResults.regression())));
        assertEquals(3, rows.size());
        CsvRecord classification = rows.get(1);
        assertEquals("0.75", classification.getField(7));
        assertEquals("", classification.getField(9));
        assertEquals("12.5", classification.getField(13));
        assertEquals("900000.5", classification.getField(19));
        assertEquals("", classification.getField(20));
        CsvRecord regression = rows.get(2);
        assertEquals("4.0", regression.getField(9));
        assertEquals("2.0", regression.getField(10));
        assertEquals("", regression.getField(13));
        assertEquals("-1", regression.getField(21));
        assertEquals("2026-01-02T03:04:05Z", regression.getField(22));
    }

    @Test
    void writingAFileGivesTheSameTable() throws IOException {
        Path file = dir.resolve("runs.csv");
        List<org.inferscope.engine.api.RunResult> runs = List.of(SampleResults.classification());
        new ResultCsv().write(runs, file);
        assertEquals(new ResultCsv().toCsv(runs), Files.readString(file));
        assertTrue(Files.readString(file).startsWith("schemaVersion,model,"));
    }

    @Test
    void extraColumnsFollowTheStandardOnesWithOneCellPerRun() throws IOException {
        Path file = dir.resolve("extra.csv");
        new ResultCsv().write(List.of(SampleResults.classification(), SampleResults.regression()),
                List.of(new ResultCsv.Column("accuracyLower", List.of("0.7", ""))), file);
        List<CsvRecord> rows = parse(Files.readString(file));
        assertEquals(List.of("peakResidentBytes", "startedAt", "accuracyLower"),
                rows.get(0).getFields().subList(21, 24));
        assertEquals("0.7", rows.get(1).getField(23));
        assertEquals("", rows.get(2).getField(23));
    }
}
