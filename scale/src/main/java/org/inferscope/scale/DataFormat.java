package org.inferscope.scale;

import java.util.Locale;

/** The table formats Spark reads for an evaluation. */
enum DataFormat {
    CSV, TSV, PARQUET;

    /** The format a file or folder name suggests, or null when it says nothing. */
    static DataFormat fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz") || n.endsWith(".bz2")) {
            n = n.substring(0, n.lastIndexOf('.'));
        }
        if (n.endsWith(".parquet")) {
            return PARQUET;
        }
        if (n.endsWith(".tsv") || n.endsWith(".tab")) {
            return TSV;
        }
        return n.endsWith(".csv") ? CSV : null;
    }

    static DataFormat parse(String text) {
        for (DataFormat f : values()) {
            if (f.name().equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new org.inferscope.engine.api.BadInputException("Unknown data format '" + text
                + "': use csv, tsv or parquet.");
    }
}
