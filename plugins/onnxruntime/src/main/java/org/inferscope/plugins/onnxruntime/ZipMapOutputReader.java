package org.inferscope.plugins.onnxruntime;

import ai.onnxruntime.OnnxMap;
import ai.onnxruntime.OnnxSequence;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads scikit-learn's ZipMap output, a sequence with one {key: probability} map per row, as keyed
 * scores. The column order is fixed at the first batch and kept for every row after: the order the
 * model file states (ZipMap's class labels) when it matches the keys, else numeric order for
 * integer keys and text order for string keys.
 */
final class ZipMapOutputReader implements OutputReader {

    private final String outputName;
    private final List<String> statedLabels;
    private List<Object> keys;
    private List<String> keyNames;

    ZipMapOutputReader(String outputName, List<String> statedLabels) {
        this.outputName = outputName;
        this.statedLabels = List.copyOf(statedLabels);
    }

    @Override
    public org.inferscope.engine.spi.OutputValue read(OnnxValue value) throws OrtException {
        List<? extends OnnxValue> maps = ((OnnxSequence) value).getValue();
        try {
            int rows = maps.size();
            double[] scores = null;
            for (int r = 0; r < rows; r++) {
                Map<?, ?> row = ((OnnxMap) maps.get(r)).getValue();
                if (keys == null) {
                    fixKeyOrder(row);
                }
                if (scores == null) {
                    scores = new double[rows * keys.size()];
                }
                copyRow(row, scores, r * keys.size());
            }
            List<String> names = keyNames == null ? List.of() : keyNames;
            return org.inferscope.engine.spi.OutputValue.keyedScores(rows, names,
                    scores == null ? new double[0] : scores);
        } finally {
            maps.forEach(OnnxValue::close);
        }
    }

    private void copyRow(Map<?, ?> row, double[] scores, int offset) throws OrtException {
        if (row.size() != keys.size()) {
            throw new OrtException("output " + outputName + " has rows with different keys");
        }
        for (int k = 0; k < keys.size(); k++) {
            Object score = row.get(keys.get(k));
            if (!(score instanceof Number n)) {
                throw new OrtException("output " + outputName + " lacks key " + keyNames.get(k) + " in a row");
            }
            scores[offset + k] = n.doubleValue();
        }
    }

    private void fixKeyOrder(Map<?, ?> row) {
        List<Object> found = new ArrayList<>(row.keySet());
        List<String> foundNames = found.stream().map(String::valueOf).toList();
        if (statedLabels.size() == found.size() && foundNames.containsAll(statedLabels)) {
            List<Object> ordered = new ArrayList<>();
            for (String label : statedLabels) {
                ordered.add(found.get(foundNames.indexOf(label)));
            }
            found = ordered;
        } else {
            found.sort(KEY_ORDER);
        }
        keys = List.copyOf(found);
        keyNames = keys.stream().map(String::valueOf).toList();
    }

    private static final Comparator<Object> KEY_ORDER = (a, b) -> {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    };
}
