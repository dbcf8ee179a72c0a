package org.inferscope.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<Example<T>> examples = new ArrayList<>();
        for (Example<T> e : data) {
            List<String> names = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (Feature f : e) {
                names.add(f.getName());
                values.add(round(f.getValue(), decimals));
            }
            examples.add(new ArrayExample<>(e.getOutput(), names.toArray(String[]::new),
                    values.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        var provenance = new SimpleDataSourceProvenance(data.getSourceDescription() + ", features rounded to "
                + decimals + " decimals", factory);
        return new MutableDataset<>(new ListDataSource<>(examples, factory, provenance));
    }

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
