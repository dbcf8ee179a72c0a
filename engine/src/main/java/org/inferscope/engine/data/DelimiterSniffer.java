package org.inferscope.engine.data;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the delimiter that splits the first lines into the same number (more than one) of fields,
 * preferring the one that agrees with the first line most often, then the one giving most fields.
 */
final class DelimiterSniffer {

    private static final int SAMPLE_LINES = 50;
    private static final Delimiter[] CANDIDATES = {
        Delimiter.COMMA, Delimiter.TAB, Delimiter.SEMICOLON, Delimiter.PIPE, Delimiter.WHITESPACE
    };

    private DelimiterSniffer() {
    }

    static Delimiter sniff(byte[] head) {
        String sample = sampleText(head);
        Delimiter best = Delimiter.COMMA;
        double bestScore = 0;
        for (Delimiter d : CANDIDATES) {
            double score = score(new DelimitedText(d), sample);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** Agreement with the first record's field count, plus a little for more fields; 0 for one field. */
    private static double score(DelimitedText text, String sample) {
        List<Integer> counts = fieldCounts(text, sample);
        if (counts.isEmpty() || counts.get(0) < 2) {
            return 0;
        }
        long agreeing = counts.stream().filter(c -> c.equals(counts.get(0))).count();
        return (double) agreeing / counts.size() + counts.get(0) * 1e-6;
    }

    private static List<Integer> fieldCounts(DelimitedText text, String sample) {
        List<Integer> counts = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = text.read(sample)) {
            for (CsvRecord r : csv) {
                counts.add(text.row(r, 0).size());
                if (counts.size() == SAMPLE_LINES) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a delimiter under which the sample does not even parse is simply not a candidate
            counts.clear();
        }
        return counts;
    }

    /** The whole lines at the start of the head, without a byte order mark. */
    private static String sampleText(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int lastNewline = text.lastIndexOf('\n');
        return lastNewline > 0 && lastNewline < text.length() - 1 ? text.substring(0, lastNewline + 1) : text;
    }
}
