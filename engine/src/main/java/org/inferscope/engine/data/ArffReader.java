package org.inferscope.engine.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;

/** Reads ARFF: the header line by line, then the data section through FastCSV. */
final class ArffReader {

    private final DataFile file;
    private final DatasetOptions options;

    ArffReader(DataFile file, DatasetOptions options) {
        this.file = file;
        this.options = options;
    }

    LoadedData read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8))) {
            ArffHeader header = ArffHeader.read(in, file.name());
            ArffRows rows = new ArffRows(file.name(), header, targetIndex(header), options);
            readData(in, header.lines(), rows);
            if (rows.count() == 0) {
                throw new BadInputException(file.name() + " has a header but no data rows: add rows after @data.");
            }
            return new LoadedData(DatasetFormat.ARFF, rows.table().names(), rows.table().matrix(),
                    rows.target().build(options.task(), "set by options"), rows.table().missing());
        } catch (CsvParseException e) {
            throw new BadInputException(file.name() + " has a malformed data line (" + e.getMessage()
                    + "): check its quotes.", e);
        } catch (IOException | UncheckedIOException e) {
            throw file.unreadable(e);
        }
    }

    private int targetIndex(ArffHeader header) {
        List<String> names = header.attributes().stream().map(ArffAttribute::name).toList();
        return TargetColumn.resolve(options.targetColumn(), names, file.name());
    }

    private static void readData(BufferedReader in, long headerLines, ArffRows rows) throws IOException {
        DelimitedText text = DelimitedText.arff();
        try (CsvReader<CsvRecord> csv = text.read(in)) {
            for (CsvRecord record : csv) {
                rows.accept(text.row(record, headerLines));
            }
        }
    }
}
