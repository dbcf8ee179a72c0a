package org.inferscope.app.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.data.DatasetInfo;

/**
 * What the dataset card shows about an opened dataset, with its first rows for the preview table.
 *
 * @param file the dataset file
 * @param info sizes, target, task and classes
 * @param previewColumns the target first, then the feature columns
 * @param previewRows the first rows, as text, in the order of {@code previewColumns}
 */
public record DatasetCard(Path file, DatasetInfo info, List<String> previewColumns, List<List<String>> previewRows) {

    static final int PREVIEW_ROWS = 20;

    public DatasetCard {
        previewColumns = List.copyOf(previewColumns);
        previewRows = List.copyOf(previewRows);
    }

    public static DatasetCard of(Path file, Dataset data, DatasetInfo info) {
        List<String> columns = new ArrayList<>();
        columns.add(data.target().name());
        columns.addAll(data.featureNames());
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < Math.min(PREVIEW_ROWS, data.rows()); r++) {
            rows.add(rowOf(data, r));
        }
        return new DatasetCard(file, info, columns, rows);
    }

    private static List<String> rowOf(Dataset data, int r) {
        List<String> row = new ArrayList<>();
        row.add(data.target().task() == Task.CLASSIFICATION
                ? data.target().classNames().get(data.target().classIds()[r])
                : Double.toString(data.target().values()[r]));
        for (int c = 0; c < data.columns(); c++) {
            float v = data.features().get(r, c);
            row.add(v == Math.rint(v) ? Long.toString((long) v) : Float.toString(v));
        }
        return row;
    }

    public String name() {
        return String.valueOf(file.getFileName());
    }

    /** "10 classes: 0 (178), 1 (182), …" or the regression reason. */
    public String classes() {
        if (info.task() != Task.CLASSIFICATION) {
            return "regression (" + info.taskReason() + ")";
        }
        return info.classes().size() + " classes: " + info.classes().stream().limit(12)
                .map(c -> c.name() + " (" + c.count() + ")").collect(Collectors.joining(", "))
                + (info.classes().size() > 12 ? ", …" : "");
    }

    public String task() {
        return info.task() == Task.CLASSIFICATION ? "classification" : "regression";
    }
}
