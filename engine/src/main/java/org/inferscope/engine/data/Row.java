package org.inferscope.engine.data;

import java.util.List;

/** One record of a delimited text file with the 1-based line it starts on. */
record Row(List<String> cells, long line) {

    int size() {
        return cells.size();
    }

    String cell(int i) {
        return cells.get(i);
    }
}
