package org.inferscope.plugins.tribuo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.spi.OutputValue;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

/**
 * Classification scores, one column per label in the model's output-id order. A prediction without
 * scores puts 1 in its predicted label's column.
 */
final class LabelScores implements PredictionWriter<Label> {
    static final Label UNKNOWN = LabelFactory.UNKNOWN_LABEL;

    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;

    LabelScores(List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            columns.put(labels.get(i), i);
        }
        this.width = labels.size();
    }

    @Override
    public OutputValue write(List<Prediction<Label>> predictions) {
        int rows = predictions.size();
        double[] scores = new double[rows * width];
        for (int r = 0; r < rows; r++) {
            Prediction<Label> prediction = predictions.get(r);
            Map<String, Label> all = prediction.getOutputScores();
            int base = r * width;
            if (all.isEmpty()) {
                Integer column = columns.get(prediction.getOutput().getLabel());
                if (column != null) {
                    scores[base + column] = 1.0;
                }
                continue;
            }
            for (Label label : all.values()) {
                Integer column = columns.get(label.getLabel());
                if (column != null) {
                    scores[base + column] = label.getScore();
                }
            }
        }
        return OutputValue.scores(rows, width, scores);
    }
}
