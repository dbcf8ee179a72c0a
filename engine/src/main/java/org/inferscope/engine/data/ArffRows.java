package org.inferscope.engine.data;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.DatasetOptions;

/** Turns ARFF data rows into features and target; nominal features become their value's index. */
final class ArffRows {

    private final String file;
    private final List<ArffAttribute> attributes;
    private final int targetIndex;
    private final FeatureTable table;
    private final TargetCollector target;
    private final float[] row;

    ArffRows(String file, ArffHeader header, int targetIndex, DatasetOptions options) {
        this.file = file;
        this.attributes = header.attributes();
        this.targetIndex = targetIndex;
        this.table = new FeatureTable(file, featureNames(), options.missing());
        this.target = targetCollector();
        this.row = new float[attributes.size() - 1];
    }

    private List<String> featureNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            ArffAttribute a = attributes.get(i);
            if (i != targetIndex && a.kind() == ArffAttribute.Kind.STRING) {
                throw new BadInputException(file + ": string attribute '" + a.name() + "' can only be the target;"
                        + " declare it nominal with its values, or choose it as the target.");
            }
            if (i != targetIndex) {
                names.add(a.name());
            }
        }
        return names;
    }

    private TargetCollector targetCollector() {
        ArffAttribute t = attributes.get(targetIndex);
        return t.kind() == ArffAttribute.Kind.NOMINAL
                ? TargetCollector.nominal(file, t.name(), t.values())
                : TargetCollector.inferred(file, t.name());
    }

    void accept(Row r) {
        if (r.size() > 0 && r.cell(0).trim().startsWith("{")) {
            throw new BadInputException(file + " line " + r.line() + " is a sparse ARFF row, which is not read:"
                    + " write the file in dense form.");
        }
        if (r.size() != attributes.size()) {
            throw new BadInputException(file + " line " + r.line() + " has " + r.size() + " values but "
                    + attributes.size() + " attributes are declared: fix that row.");
        }
        int f = 0;
        for (int c = 0; c < r.size(); c++) {
            if (c == targetIndex) {
                target.add(ArffAttribute.unquote(r.cell(c)), r.line());
            } else {
                row[f++] = feature(attributes.get(c), ArffAttribute.unquote(r.cell(c)), r.line());
            }
        }
        table.addRow(row, r.line());
    }

    private float feature(ArffAttribute a, String cell, long line) {
        if (a.kind() == ArffAttribute.Kind.NOMINAL && a.values().contains(cell)) {
            return a.values().indexOf(cell);
        }
        if (Cells.isMissing(cell)) {
            return Float.NaN;
        }
        double v = a.kind() == ArffAttribute.Kind.NUMERIC ? Cells.parse(cell) : Double.NaN;
        if (Double.isNaN(v)) {
            String expected = a.kind() == ArffAttribute.Kind.NOMINAL ? "one of " + a.values() : "a number";
            throw new BadInputException(file + " line " + line + ", attribute '" + a.name() + "': '" + cell
                    + "' is not " + expected + "; fix the value or write ? for missing.");
        }
        return (float) v;
    }

    long count() {
        return table.rows();
    }

    FeatureTable table() {
        return table;
    }

    TargetCollector target() {
        return target;
    }
}
