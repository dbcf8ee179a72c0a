package org.inferscope.engine.data;

import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.IndexBase;

/** Settles whether a LibSVM file's indices start at 0 or 1. */
final class IndexBaseChoice {

    private IndexBaseChoice() {
    }

    static int resolve(IndexBase requested, SparseRows rows, String file) {
        boolean zeroSeen = rows.zeroIndexLine() > 0;
        if (requested == IndexBase.ONE && zeroSeen) {
            throw new BadInputException(file + " line " + rows.zeroIndexLine() + " uses index 0, but the file was"
                    + " declared 1-based: declare it 0-based or fix the index.");
        }
        if (requested == IndexBase.ZERO) {
            return 0;
        }
        return requested == IndexBase.ONE || !zeroSeen ? 1 : 0;
    }
}
