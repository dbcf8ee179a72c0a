package org.inferscope.engine.data;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.api.BadInputException;

/**
 * The header of an ARFF file, read line by line up to and including {@code @data}.
 *
 * @param attributes the attributes in declared order
 * @param lines how many lines the header takes, the {@code @data} line included
 */
record ArffHeader(List<ArffAttribute> attributes, long lines) {

    static ArffHeader read(BufferedReader in, String file) throws IOException {
        List<ArffAttribute> attributes = new ArrayList<>();
        long lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String t = (lineNo == 1 ? line.replace("\uFEFF", "") : line).trim();
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.startsWith("@attribute")) {
                attributes.add(attribute(t.substring("@attribute".length()), file, lineNo));
            } else if (lower.startsWith("@data")) {
                return finished(attributes, lineNo, file);
            }
        }
        throw new BadInputException(file + " has no @data line, so it holds no rows: check that it is a whole ARFF file.");
    }

    private static ArffHeader finished(List<ArffAttribute> attributes, long lines, String file) {
        if (attributes.size() < 2) {
            throw new BadInputException(file + " declares " + attributes.size()
                    + " attribute(s); it needs at least one feature and a target.");
        }
        return new ArffHeader(attributes, lines);
    }

    private static ArffAttribute attribute(String rest, String file, long line) {
        String t = rest.trim();
        int end = nameEnd(t);
        if (t.isEmpty() || end < 0) {
            throw new BadInputException(file + " line " + line + ": the @attribute has no name or an unclosed quote;"
                    + " write it as @attribute NAME TYPE.");
        }
        String name = ArffAttribute.unquote(t.substring(0, end));
        String type = t.substring(end).trim();
        return new ArffAttribute(name, kind(type, name, file, line), nominalValues(type));
    }

    /** Where the attribute's name ends: after its closing quote, or at a space or '{'. */
    private static int nameEnd(String t) {
        char first = t.isEmpty() ? ' ' : t.charAt(0);
        if (first == '\'' || first == '"') {
            int close = t.indexOf(first, 1);
            return close < 0 ? -1 : close + 1;
        }
        int i = 0;
        while (i < t.length() && !Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '{') {
            i++;
        }
        return i;
    }

    private static ArffAttribute.Kind kind(String type, String name, String file, long line) {
        String lower = type.toLowerCase(Locale.ROOT);
        if (type.startsWith("{") && type.endsWith("}")) {
            return ArffAttribute.Kind.NOMINAL;
        }
        if (lower.equals("numeric") || lower.equals("real") || lower.equals("integer")) {
            return ArffAttribute.Kind.NUMERIC;
        }
        if (lower.equals("string")) {
            return ArffAttribute.Kind.STRING;
        }
        throw new BadInputException(file + " line " + line + ": attribute '" + name + "' has type '" + type
                + "', which is not read; use numeric, real, integer, string or a {nominal,list}.");
    }

    private static List<String> nominalValues(String type) {
        if (!type.startsWith("{")) {
            return List.of();
        }
        String inner = type.substring(1, type.length() - 1);
        List<String> values = new ArrayList<>();
        for (String v : CsvReader.builder().quoteCharacter('\'').ofSingleCsvRecord(inner).getFields()) {
            values.add(ArffAttribute.unquote(v));
        }
        return values;
    }
}
