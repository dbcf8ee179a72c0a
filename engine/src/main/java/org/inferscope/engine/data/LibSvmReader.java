package org.inferscope.engine.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.FeatureMatrix;
import org.inferscope.engine.api.MissingValues;

/**
 * Reads LibSVM / SVMlight: "label index:value ...", '#' comments, qid ignored. Rows are kept sparse
 * while reading and densified once the width and index base are known; absent indices are 0.
 */
final class LibSvmReader {

    static final String TARGET_NAME = "label";

    private final DataFile file;
    private final DatasetOptions options;

    LibSvmReader(DataFile file, DatasetOptions options) {
        this.file = file;
        this.options = options;
    }

    LoadedData read() {
        rejectTargetColumn(options, file.name());
        SparseRows rows = new SparseRows(file.name());
        TargetCollector target = TargetCollector.inferred(file.name(), TARGET_NAME);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8))) {
            LibSvmLine parser = new LibSvmLine(file.name(), rows, target);
            long lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                parser.parse(line, ++lineNo);
            }
        } catch (IOException | RuntimeException e) {
            throw e instanceof BadInputException b ? b : file.unreadable(e);
        }
        if (rows.rows() == 0) {
            throw new BadInputException(file.name() + " is empty: give a file with at least one 'label index:value' line.");
        }
        return densify(rows, target);
    }

    static void rejectTargetColumn(DatasetOptions options, String file) {
        String t = options.targetColumn();
        if (t != null && !t.isBlank() && !t.trim().equalsIgnoreCase(TARGET_NAME)) {
            throw new BadInputException(file + " has a single target, '" + TARGET_NAME + "': leave the target column unset.");
        }
    }

    private LoadedData densify(SparseRows rows, TargetCollector target) {
        int base = IndexBaseChoice.resolve(options.indexBase(), rows, file.name());
        int width = width(rows, base);
        if ((long) rows.rows() * width > GrowingFloats.MAX_VALUES) {
            throw GrowingFloats.tooMany(file.name());
        }
        FeatureMatrix m = new FeatureMatrix(rows.rows(), width, rows.densify(width, base));
        return new LoadedData(DatasetFormat.LIBSVM, names(width), m,
                target.build(options.task(), "set by options"), MissingValues.none(options.missing()));
    }

    private int width(SparseRows rows, int base) {
        int needed = rows.maxIndex() + 1 - base;
        if (options.width() <= 0) {
            return Math.max(needed, 1);
        }
        if (needed > options.width()) {
            throw new BadInputException(file.name() + " line " + rows.maxIndexLine() + " uses index " + rows.maxIndex()
                    + ", beyond the width of " + options.width() + " columns (" + base + "-based): raise the width"
                    + " or check the index base.");
        }
        return options.width();
    }

    private static List<String> names(int width) {
        List<String> names = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            names.add("f" + i);
        }
        return names;
    }
}
