package org.inferscope.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.data.csv.CSVLoader;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Reads a sample split into a Tribuo dataset with Tribuo's own CSV loader, so that features are named
 * by the CSV header, as they are when a user loads the same file into Tribuo.
 */
final class TribuoSplits {

    private TribuoSplits() {
    }

    static <T extends Output<T>> MutableDataset<T> load(Path csv, String target, OutputFactory<T> factory) {
        try {
            return new CSVLoader<>(factory).load(csv, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Tribuo could not read " + csv, e);
        }
    }

    /**
     * A copy with every feature value rounded half-up to {@code decimals} decimals, so that a tree
     * trainer sees few distinct values per feature and trains in a fraction of the time.
     */
    static <T extends Output<T>> MutableDataset<T> rounded(Dataset<T> data, int decimals, OutputFactory<T> factory) {
        return mapped(data, v -> round(v, decimals), ", features rounded to " + decimals + " decimals", factory);
    }

    /**
     * A copy with every feature value as InferScope reads it: a 32-bit float. Test metrics are taken
     * on this copy, so that {@code inferscope eval} reproduces them exactly (a tree threshold can fall
     * between a value and its float).
     */
    static <T extends Output<T>> MutableDataset<T> asFloat32(Dataset<T> data) {
        return mapped(data, v -> (double) (float) v, ", features as 32-bit floats", data.getOutputFactory());
    }

    private static <T extends Output<T>> MutableDataset<T> mapped(Dataset<T> data, DoubleUnaryOperator f,
                                                                  String change, OutputFactory<T> factory) {
        List<Example<T>> examples = new ArrayList<>();
        for (Example<T> e : data) {
            List<String> names = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (Feature feature : e) {
                names.add(feature.getName());
                values.add(f.applyAsDouble(feature.getValue()));
            }
            examples.add(new ArrayExample<>(e.getOutput(), names.toArray(String[]::new),
                    values.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        var provenance = new SimpleDataSourceProvenance(data.getSourceDescription() + change, factory);
        return new MutableDataset<>(new ListDataSource<>(examples, factory, provenance));
    }

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
