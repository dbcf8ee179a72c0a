package org.inferscope.engine.data;

import java.util.List;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.FeatureMatrix;
import org.inferscope.engine.api.MissingValues;

/** What a format reader hands back to {@link DatasetLoader}. */
record LoadedData(DatasetFormat format, List<String> featureNames, FeatureMatrix features,
                  TaskDecision decision, MissingValues missing) {

    static LoadedData of(DatasetFormat format, FeatureTable table, TaskDecision decision) {
        return new LoadedData(format, table.names(), table.matrix(), decision, table.missing());
    }
}
