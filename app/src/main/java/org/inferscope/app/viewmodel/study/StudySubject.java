package org.inferscope.app.viewmodel.study;

import java.util.List;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.RunSpec;

/**
 * What a study measures: the workbench's current configuration (model, dataset, device, transform,
 * batch sizes, warm-up and counts) and the dataset already read.
 *
 * @param spec the configuration the Run button would run now; null for a study of data alone
 * @param dataset that configuration's dataset
 * @param modelName the model's name, for labels; null for a study of data alone
 * @param devices the available devices that can run the model, the chosen one first
 */
public record StudySubject(RunSpec spec, Dataset dataset, String modelName, List<Device> devices) {

    public StudySubject {
        devices = List.copyOf(devices);
    }
}
