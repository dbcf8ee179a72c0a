package org.inferscope.engine.data;

import org.inferscope.engine.api.DatasetFormat;

/** The field separators a delimited text file may use. */
enum Delimiter {
    COMMA(',', "comma"),
    TAB('\t', "tab"),
    SEMICOLON(';', "semicolon"),
    PIPE('|', "pipe"),
    /** One or more spaces between fields; empty fields cannot occur. */
    WHITESPACE(' ', "spaces");

    private final char character;
    private final String description;

    Delimiter(char character, String description) {
        this.character = character;
        this.description = description;
    }

    char character() {
        return character;
    }

    String description() {
        return description;
    }

    DatasetFormat format() {
        return this == TAB ? DatasetFormat.TSV : DatasetFormat.CSV;
    }
}
