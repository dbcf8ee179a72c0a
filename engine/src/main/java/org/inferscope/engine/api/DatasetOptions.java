package org.inferscope.engine.api;

/**
 * How to read a dataset file.
 *
 * @param targetColumn the target column's name or 0-based index as text; null for the last column
 * @param task the task to force, or null to infer it
 * @param missing what to do with missing feature values
 * @param width for LibSVM: the number of feature columns to densify to, or 0 for the largest index seen
 * @param format the format to force, or null to infer it from the extension and content
 * @param indexBase for LibSVM: whether indices start at 0 or 1, or AUTO to detect it
 */
public record DatasetOptions(String targetColumn, Task task, MissingValuePolicy missing, int width,
                             DatasetFormat format, IndexBase indexBase) {

    public DatasetOptions {
        missing = missing == null ? MissingValuePolicy.REJECT : missing;
        indexBase = indexBase == null ? IndexBase.AUTO : indexBase;
    }

    /** The options without an index base, which is then detected. */
    public DatasetOptions(String targetColumn, Task task, MissingValuePolicy missing, int width,
                          DatasetFormat format) {
        this(targetColumn, task, missing, width, format, IndexBase.AUTO);
    }

    public static DatasetOptions defaults() {
        return new DatasetOptions(null, null, MissingValuePolicy.REJECT, 0, null, IndexBase.AUTO);
    }

    public DatasetOptions withTargetColumn(String column) {
        return new DatasetOptions(column, task, missing, width, format, indexBase);
    }

    public DatasetOptions withTask(Task t) {
        return new DatasetOptions(targetColumn, t, missing, width, format, indexBase);
    }

    public DatasetOptions withMissing(MissingValuePolicy policy) {
        return new DatasetOptions(targetColumn, task, policy, width, format, indexBase);
    }

    public DatasetOptions withWidth(int w) {
        return new DatasetOptions(targetColumn, task, missing, w, format, indexBase);
    }

    public DatasetOptions withFormat(DatasetFormat f) {
        return new DatasetOptions(targetColumn, task, missing, width, f, indexBase);
    }

    public DatasetOptions withIndexBase(IndexBase base) {
        return new DatasetOptions(targetColumn, task, missing, width, format, base);
    }
}
