package org.inferscope.engine.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Target;
import org.inferscope.engine.api.Task;

/**
 * Reads a dataset file of any supported format into a {@link Dataset}, and describes a loaded one.
 * Every failure caused by the file is a {@link BadInputException} of one sentence.
 */
public final class DatasetLoader {

    // why each target got its task, for describe(); weak so that datasets can be collected
    private final Map<Target, String> taskReasons = Collections.synchronizedMap(new WeakHashMap<>());

    public DatasetLoader() {
    }

    /** Reads {@code file}; for IDX, {@code file} is the images (or labels) file and its pair is found beside it. */
    public Dataset load(Path file, DatasetOptions options) {
        Objects.requireNonNull(file, "file");
        DatasetOptions opts = options == null ? DatasetOptions.defaults() : options;
        DataFile data = DataFile.of(file);
        DetectedFormat format = FormatDetector.detect(data, opts);
        Path source = format.format() == DatasetFormat.IDX ? idxPair(data).images() : file;
        LoadedData loaded = read(data, format, opts);
        Dataset dataset = new Dataset(String.valueOf(source.getFileName()), source, loaded.format(),
                loaded.featureNames(), loaded.features(), loaded.decision().target(), loaded.missing());
        taskReasons.put(dataset.target(), loaded.decision().reason());
        return dataset;
    }

    /** The format {@code file} would be read as, from the options, its name and its first bytes. */
    public DatasetFormat detectFormat(Path file, DatasetOptions options) {
        Objects.requireNonNull(file, "file");
        return FormatDetector.detect(DataFile.of(file), options == null ? DatasetOptions.defaults() : options).format();
    }

    private static LoadedData read(DataFile data, DetectedFormat format, DatasetOptions opts) {
        return switch (format.format()) {
            case CSV, TSV -> new DelimitedTextReader(data, opts, format.delimiter()).read();
            case ARFF -> new ArffReader(data, opts).read();
            case LIBSVM -> new LibSvmReader(data, opts).read();
            case IDX -> new IdxReader(idxPair(data), opts).read();
        };
    }

    private static IdxPair idxPair(DataFile data) {
        return IdxPair.around(data.path(), IdxReader.magic(data.head()));
    }

    /** Sizes, names, task with its reason, class counts and missing values of a loaded dataset. */
    public DatasetInfo describe(Dataset dataset) {
        Target target = dataset.target();
        String reason = taskReasons.getOrDefault(target, derivedReason(target));
        return new DatasetInfo(String.valueOf(dataset.source()), dataset.format(), dataset.rows(),
                dataset.columns(), dataset.featureNames(), target.name(), target.task(), reason,
                classCounts(target), dataset.missing(), sizeOf(dataset.source()));
    }

    private static List<DatasetInfo.ClassCount> classCounts(Target target) {
        if (target.task() != Task.CLASSIFICATION) {
            return List.of();
        }
        long[] counts = new long[target.classNames().size()];
        for (int id : target.classIds()) {
            counts[id]++;
        }
        List<DatasetInfo.ClassCount> classes = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            classes.add(new DatasetInfo.ClassCount(target.classNames().get(i), counts[i]));
        }
        return classes;
    }

    /** For datasets this loader did not read: the reason as far as the target itself shows it. */
    private static String derivedReason(Target target) {
        if (target.task() == Task.REGRESSION) {
            return "continuous values";
        }
        int n = target.classNames().size();
        return ClassOrder.allIntegers(target.classNames()) ? n + " distinct integer values" : n + " classes";
    }

    private static long sizeOf(Path file) {
        try {
            return file == null ? -1 : Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
