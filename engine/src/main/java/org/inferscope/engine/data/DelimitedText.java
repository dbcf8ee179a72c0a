package org.inferscope.engine.data;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** FastCSV set up for one delimiter; turns its records into {@link Row}s. */
final class DelimitedText {

    private final Delimiter delimiter;
    private final char quote;
    private final char comment;

    DelimitedText(Delimiter delimiter) {
        this(delimiter, '"', '\0');
    }

    private DelimitedText(Delimiter delimiter, char quote, char comment) {
        this.delimiter = delimiter;
        this.quote = quote;
        this.comment = comment;
    }

    /** The data section of an ARFF file: commas, single quotes, '%' comments. */
    static DelimitedText arff() {
        return new DelimitedText(Delimiter.COMMA, '\'', '%');
    }

    Delimiter delimiter() {
        return delimiter;
    }

    /** A reader over a byte stream, with a UTF-8 byte order mark stripped. */
    CsvReader<CsvRecord> read(InputStream in) {
        return builder().detectBomHeader(true).ofCsvRecord(in, StandardCharsets.UTF_8);
    }

    CsvReader<CsvRecord> read(Reader in) {
        return builder().ofCsvRecord(in);
    }

    CsvReader<CsvRecord> read(String text) {
        return builder().ofCsvRecord(text);
    }

    /** The record's fields; for whitespace, runs of spaces count as one separator. */
    Row row(CsvRecord record, long lineOffset) {
        List<String> cells = record.getFields();
        if (delimiter == Delimiter.WHITESPACE) {
            List<String> kept = new ArrayList<>(cells.size());
            for (String c : cells) {
                if (!c.isEmpty()) {
                    kept.add(c);
                }
            }
            cells = kept;
        }
        return new Row(cells, record.getStartingLineNumber() + lineOffset);
    }

    private CsvReader.CsvReaderBuilder builder() {
        // field counts are checked by the caller, which can name the header and the line
        CsvReader.CsvReaderBuilder b = CsvReader.builder()
                .fieldSeparator(delimiter.character())
                .quoteCharacter(quote)
                .commentStrategy(comment == '\0' ? CommentStrategy.NONE : CommentStrategy.SKIP)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true);
        return comment == '\0' ? b : b.commentCharacter(comment);
    }
}
