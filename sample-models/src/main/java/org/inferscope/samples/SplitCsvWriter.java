package org.inferscope.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes rows of a {@link LabelledTable} as CSV: a header row of the feature names and the target,
 * then one row per example with class names (not indices) as the target. Lines end in {@code \n}.
 */
final class SplitCsvWriter {

    void write(LabelledTable table, int[] rows, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(String.join(",", table.featureNames()) + "," + table.target() + "\n");
                for (int r : rows) {
                    out.write(line(table, r));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static String line(LabelledTable table, int row) {
        StringBuilder line = new StringBuilder();
        for (double v : table.features().get(row)) {
            line.append(number(v)).append(',');
        }
        double target = table.targets()[row];
        line.append(table.classNames().isEmpty() ? number(target) : table.classNames().get((int) target));
        return line.append('\n').toString();
    }

    /**
     * The shortest decimal that reads back as the same double, in plain notation without trailing
     * zeros ("151", "0.006399"): the same bytes on every run and every locale.
     */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        return v == 0 ? "0" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
