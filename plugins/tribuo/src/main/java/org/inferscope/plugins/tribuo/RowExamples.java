package org.inferscope.plugins.tribuo;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.spi.InputBatch;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * Builds one Tribuo Example per input row, every feature present, zeros included: a tree can treat
 * a zero and an absent feature differently. A NaN is a feature the dataset lacks, left out of its row. Rows arrive in the model's feature-id order, which is
 * sorted by name as an ArrayExample keeps its features, so each Example shares the one names array
 * and takes its row's values as they are, with no per-row sort.
 */
final class RowExamples {
    private final String[] names;
    private final boolean sorted;
    private final String fileName;

    RowExamples(String[] featureNames, String fileName) {
        this.names = featureNames.clone();
        this.sorted = isStrictlySorted(names);
        this.fileName = fileName;
    }

    private static boolean isStrictlySorted(String[] names) {
        for (int i = 1; i < names.length; i++) {
            if (names[i - 1].compareTo(names[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    <T extends Output<T>> ForOutput<T> forOutput(T unknown) {
        return new ForOutput<>(unknown);
    }

    /** Examples whose output is the factory's "unknown" placeholder, as for unlabelled data. */
    final class ForOutput<T extends Output<T>> {
        private final T unknown;

        private ForOutput(T unknown) {
            this.unknown = unknown;
        }

        List<Example<T>> of(InputBatch batch) {
            int width = names.length;
            if ((long) batch.rows() * width != batch.elementCount()) {
                throw new BadInputException(fileName + " takes " + width + " features per row but was given a"
                        + " batch shaped " + java.util.Arrays.toString(batch.shape()) + ".");
            }
            float[] source = batch.values();
            List<Example<T>> examples = new ArrayList<>(batch.rows());
            for (int r = 0, at = batch.offset(); r < batch.rows(); r++, at += width) {
                double[] values = new double[width];
                boolean absent = false;
                for (int c = 0; c < width; c++) {
                    values[c] = source[at + c];
                    absent |= Float.isNaN(source[at + c]);
                }
                if (absent) {
                    examples.add(withoutAbsent(values));
                } else {
                    examples.add(sorted ? new SortedRow<>(unknown, names, values)
                            : new ArrayExample<>(unknown, names, values));
                }
            }
            return examples;
        }

        /** A row with features the data lacks (NaN): they are left out, as Tribuo reads a missing feature. */
        private Example<T> withoutAbsent(double[] values) {
            ArrayExample<T> example = new ArrayExample<>(unknown);
            for (int c = 0; c < values.length; c++) {
                if (!Double.isNaN(values[c])) {
                    example.add(names[c], values[c]);
                }
            }
            return example;
        }
    }

    /** An ArrayExample over already sorted names, shared rather than copied and sorted again. */
    private static final class SortedRow<T extends Output<T>> extends ArrayExample<T> {
        private static final long serialVersionUID = 1L;

        SortedRow(T output, String[] sortedNames, double[] values) {
            super(output, Example.DEFAULT_WEIGHT, 0);
            this.featureNames = sortedNames;
            this.featureValues = values;
            this.size = values.length;
        }
    }
}
