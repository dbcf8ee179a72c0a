package org.inferscope.plugins.tribuo;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** What a test reads from a Tribuo model to compare with what the plugin reports. */
final class TribuoModelTestSupport {

    private TribuoModelTestSupport() {
    }

    static List<String> labelsInIdOrder(Model<Label> model) {
        List<String> labels = new ArrayList<>();
        for (int id = 0; id < model.getOutputIDInfo().size(); id++) {
            labels.add(model.getOutputIDInfo().getOutput(id).getLabel());
        }
        return labels;
    }
}
