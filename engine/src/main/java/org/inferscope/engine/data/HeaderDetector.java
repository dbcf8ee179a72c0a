package org.inferscope.engine.data;

import java.util.List;

/**
 * Decides whether the first row of a delimited file names its columns: it does when it holds text
 * in a column whose cells below are numbers. A file of one row has a header only if no cell is a number.
 */
final class HeaderDetector {

    private HeaderDetector() {
    }

    static boolean hasHeader(List<Row> sample) {
        Row first = sample.get(0);
        if (sample.size() == 1) {
            return first.cells().stream().noneMatch(Cells::isNumber);
        }
        for (int c = 0; c < first.size(); c++) {
            String cell = first.cell(c);
            if (!Cells.isNumber(cell) && !Cells.isMissing(cell) && numericBelow(sample, c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean numericBelow(List<Row> sample, int column) {
        boolean anyNumber = false;
        for (Row row : sample.subList(1, sample.size())) {
            if (column >= row.size()) {
                continue;
            }
            String cell = row.cell(column);
            if (Cells.isNumber(cell)) {
                anyNumber = true;
            } else if (!Cells.isMissing(cell)) {
                return false;
            }
        }
        return anyNumber;
    }
}
