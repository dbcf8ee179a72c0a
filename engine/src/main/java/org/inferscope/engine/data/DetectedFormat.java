package org.inferscope.engine.data;

import org.inferscope.engine.api.DatasetFormat;

/** The format a file will be read as, with the delimiter for delimited text (else null). */
record DetectedFormat(DatasetFormat format, Delimiter delimiter) {

    static DetectedFormat of(DatasetFormat format) {
        return new DetectedFormat(format, null);
    }

    static DetectedFormat delimited(Delimiter delimiter) {
        return new DetectedFormat(delimiter.format(), delimiter);
    }
}
