package org.inferscope.engine.data;

import java.util.List;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.MissingValues;
import org.inferscope.engine.api.Task;

/**
 * What a user sees about a loaded dataset before running anything.
 *
 * @param file the file it was read from (for IDX: the images file)
 * @param format the format it was read as
 * @param rows data rows
 * @param columns feature columns (the target not counted)
 * @param columnNames the feature columns' names
 * @param target the target's name
 * @param task classification or regression
 * @param taskReason why that task, in a short phrase ("10 distinct integer values", "nominal attribute")
 * @param classes for classification, each class with its row count in class-id order; else empty
 * @param missing what was missing and how it was handled
 * @param fileSizeBytes the file's size on disk, or -1 when it cannot be read
 */
public record DatasetInfo(String file, DatasetFormat format, int rows, int columns, List<String> columnNames,
                          String target, Task task, String taskReason, List<ClassCount> classes,
                          MissingValues missing, long fileSizeBytes) {

    public DatasetInfo {
        columnNames = List.copyOf(columnNames);
        classes = List.copyOf(classes);
    }

    /** One class of a classification target and how many rows have it. */
    public record ClassCount(String name, long count) {
    }
}
