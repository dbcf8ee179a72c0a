package org.inferscope.engine.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Task;

/** Reads CSV, TSV and whitespace-separated files, streaming them through FastCSV once. */
final class DelimitedTextReader {

    private static final int HEADER_SAMPLE = 50;

    private final DataFile file;
    private final DatasetOptions options;
    private final DelimitedText text;

    DelimitedTextReader(DataFile file, DatasetOptions options, Delimiter delimiter) {
        this.file = file;
        this.options = options;
        this.text = new DelimitedText(delimiter);
    }

    LoadedData read() {
        try (CsvReader<CsvRecord> csv = text.read(file.open())) {
            return read(csv.iterator());
        } catch (CsvParseException e) {
            throw new BadInputException(file.name() + " is not a well-formed delimited file (" + e.getMessage()
                    + "): check the quotes and that it is a text table.", e);
        } catch (IOException | UncheckedIOException e) {
            throw file.unreadable(e);
        }
    }

    private LoadedData read(Iterator<CsvRecord> records) {
        List<Row> sample = new ArrayList<>();
        while (sample.size() < HEADER_SAMPLE && records.hasNext()) {
            sample.add(text.row(records.next(), 0));
        }
        if (sample.isEmpty()) {
            throw new BadInputException(file.name() + " is empty: give a file with at least one row of data.");
        }
        TableLayout layout = TableLayout.of(sample, HeaderDetector.hasHeader(sample), options, file.name());
        RowSink sink = new RowSink(file.name(), layout, options);
        for (Row row : layout.hasHeader() ? sample.subList(1, sample.size()) : sample) {
            sink.accept(row);
        }
        while (records.hasNext()) {
            sink.accept(text.row(records.next(), 0));
        }
        if (sink.rows() == 0) {
            throw new BadInputException(file.name() + " has a header but no data rows: add rows below the header.");
        }
        Task forced = options.task();
        return LoadedData.of(text.delimiter().format(), sink.table(), sink.target().build(forced, "set by options"));
    }
}
