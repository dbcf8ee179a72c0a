package org.inferscope.engine.data;

import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.DatasetOptions;

/** Checks each data row of a delimited file and sends its cells to the feature table and the target. */
final class RowSink {

    private static final int CELL_SHOWN = 40;

    private final String file;
    private final TableLayout layout;
    private final FeatureTable table;
    private final TargetCollector target;
    private final float[] row;

    RowSink(String file, TableLayout layout, DatasetOptions options) {
        this.file = file;
        this.layout = layout;
        this.table = new FeatureTable(file, layout.featureNames(), options.missing());
        this.target = TargetCollector.inferred(file, layout.targetName());
        this.row = new float[layout.columns().size() - 1];
    }

    void accept(Row r) {
        if (r.size() != layout.columns().size()) {
            throw new BadInputException(file + " line " + r.line() + " has " + r.size() + (r.size() == 1 ? " field, " : " fields, ")
                    + layout.widthPhrase() + ": fix that row or check the delimiter and quotes.");
        }
        int f = 0;
        for (int c = 0; c < r.size(); c++) {
            if (c == layout.targetIndex()) {
                target.add(r.cell(c), r.line());
            } else {
                row[f++] = feature(r, c);
            }
        }
        table.addRow(row, r.line());
    }

    private float feature(Row r, int column) {
        String cell = r.cell(column);
        if (Cells.isMissing(cell)) {
            return Float.NaN;
        }
        double v = Cells.parse(cell);
        if (Double.isNaN(v)) {
            throw new BadInputException(file + " line " + r.line() + ", column '" + layout.columns().get(column)
                    + "': '" + shorten(cell) + "' is not a number; features must be numbers, so fix the cell,"
                    + " leave it empty to mark it missing, or make this column the target.");
        }
        return (float) v;
    }

    private static String shorten(String cell) {
        String t = cell.trim();
        return t.length() <= CELL_SHOWN ? t : t.substring(0, CELL_SHOWN) + "...";
    }

    int rows() {
        return table.rows();
    }

    FeatureTable table() {
        return table;
    }

    TargetCollector target() {
        return target;
    }
}
