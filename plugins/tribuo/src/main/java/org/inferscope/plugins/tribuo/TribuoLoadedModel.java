package org.inferscope.plugins.tribuo;

import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/** A validated Tribuo model. Tribuo models are immutable, so every session shares the one model. */
final class TribuoLoadedModel implements LoadedModel {
    private final TribuoProvider provider;
    private final TribuoModel tribuo;
    private final ModelInfo info;

    TribuoLoadedModel(TribuoProvider provider, TribuoModel tribuo, ModelInfo info) {
        this.provider = provider;
        this.tribuo = tribuo;
        this.info = info;
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public BackendProvider provider() {
        return provider;
    }

    /** A session on the CPU; the thread count is ignored, as Tribuo predicts on the calling thread. */
    @Override
    public Session open(Device device, SessionSettings settings) {
        if (!TribuoProvider.ID.equals(device.backendId()) || !"cpu".equals(device.deviceId())) {
            throw new BadInputException("Tribuo runs on the CPU only, not on " + device.qualifiedId()
                    + ": choose the device tribuo:cpu.");
        }
        checkName("input", settings.inputName(), ModelDescription.INPUT_NAME);
        checkName("output", settings.outputName(), tribuo.task().outputName());
        Model<?> model = tribuo.model();
        RowExamples rows = new RowExamples(tribuo.featureNames(), tribuo.fileName());
        if (tribuo.task() == OutputTask.CLASSIFICATION) {
            return new TribuoSession<>(model.castModel(Label.class), rows.forOutput(LabelScores.UNKNOWN),
                    new LabelScores(info.classLabels()));
        }
        return new TribuoSession<>(model.castModel(Regressor.class), rows.forOutput(RegressionValues.UNKNOWN),
                new RegressionValues());
    }

    private void checkName(String what, String asked, String actual) {
        if (!asked.equals(actual)) {
            throw new BadInputException(tribuo.fileName() + " has no " + what + " named " + asked + "; its "
                    + what + " is " + actual + ".");
        }
    }

    @Override
    public void close() {
        // nothing to release: the model is plain Java objects
    }
}
