package org.inferscope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminal output. A column whose first row is a number (with an optional
 * unit) is right-aligned, header included; other columns are left-aligned.
 */
final class TextTable {
    private static final String NUMBER = "[-+]?[0-9][0-9,.]*\\s*[a-zA-Z%/µ]*";
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c == null ? "" : c.toString());
        }
        rows.add(r);
        return this;
    }

    void print(PrintWriter out) {
        int columns = header.size();
        boolean[] rightAligned = new boolean[columns];
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            rightAligned[i] = !rows.isEmpty() && cell(rows.get(0), i).strip().matches(NUMBER);
            widths[i] = header.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], cell(r, i).length());
            }
        }
        printRow(out, header, widths, rightAligned);
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append("-".repeat(w)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        for (List<String> r : rows) {
            printRow(out, r, widths, rightAligned);
        }
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths, boolean[] rightAligned) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String c = cell(cells, i);
            String pad = " ".repeat(widths[i] - c.length());
            line.append(rightAligned[i] ? pad + c : c + pad).append("  ");
        }
        out.println(line.toString().stripTrailing());
    }
}
