package org.inferscope.scale;

import java.io.Serializable;
import java.util.List;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.binding.BindingOptions;
import org.inferscope.engine.spi.SessionSettings;

/**
 * What every partition needs to score its rows the way a single machine would, decided once on the
 * driver and shipped with each task: the columns, the target's class order, the model files, and the
 * binding (input and output chosen on the driver, scaling, the user's class order).
 *
 * @param table the dataset's name for messages
 * @param format the engine's format for CSV and TSV; null for Parquet
 * @param columns feature and target columns
 * @param target task and class order
 * @param original the original model
 * @param variant the variant measured instead, or null
 * @param scaling divisor, mean and standard deviation of the input scaling
 * @param classOrder the user's class order for the model's score columns, or empty
 * @param inputName the model input fed
 * @param outputName the model output read
 * @param threads intra-op threads per session
 * @param batchRows rows per call
 */
record ScoringPlan(String table, DatasetFormat format, TableColumns columns, TargetPlan target, ShippedModel original,
                   ShippedModel variant, double[] scaling, List<String> classOrder, String inputName,
                   String outputName, int threads, int batchRows) implements Serializable {

    ScoringPlan {
        classOrder = List.copyOf(classOrder);
    }

    static double[] scalingOf(Scaling s) {
        return new double[] {s.divisor(), s.mean(), s.std()};
    }

    BindingOptions bindingOptions() {
        return new BindingOptions(new Scaling(scaling[0], scaling[1], scaling[2]), classOrder, inputName, outputName);
    }

    SessionSettings sessionSettings() {
        return new SessionSettings(threads, inputName, outputName);
    }

    /** The model whose calls are timed: the variant when there is one. */
    ShippedModel measured() {
        return variant != null ? variant : original;
    }
}
