package org.inferscope.plugins.tribuo;

import org.inferscope.engine.api.BadInputException;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * Which Tribuo output types InferScope evaluates: {@link Label} classification and single-dimension
 * {@link Regressor} regression. Others are refused with a sentence naming their type.
 */
final class OutputTypes {

    private OutputTypes() {
    }

    /**
     * Refuses the output families InferScope does not evaluate by the model class's package, before
     * deserializing: their Tribuo modules are not installed, so Tribuo could not read them anyway.
     */
    static void refuseKnownFamily(String className, String fileName) {
        String family = familyOf(className);
        if (family != null) {
            throw unsupported(fileName, family);
        }
    }

    static OutputTask taskOf(Model<?> model, String fileName) {
        if (model.validate(Label.class)) {
            return OutputTask.CLASSIFICATION;
        }
        if (model.validate(Regressor.class)) {
            int dimensions = model.getOutputIDInfo().size();
            if (dimensions != 1) {
                throw new BadInputException(fileName + " is a Tribuo regression model with " + dimensions
                        + " output dimensions; InferScope evaluates one predicted value per row: train one"
                        + " model per dimension.");
            }
            return OutputTask.REGRESSION;
        }
        String family = familyOf(model.getOutputIDInfo().getClass().getName());
        throw unsupported(fileName, family != null ? family : outputName(model));
    }

    private static String familyOf(String className) {
        if (className.startsWith("org.tribuo.multilabel.")) {
            return "multi-label classification";
        }
        if (className.startsWith("org.tribuo.clustering.")) {
            return "clustering";
        }
        if (className.startsWith("org.tribuo.anomaly.")) {
            return "anomaly detection";
        }
        return null;
    }

    private static String outputName(Model<?> model) {
        var domain = model.getOutputIDInfo().getDomain();
        return domain.isEmpty() ? "unknown output type" : domain.iterator().next().getClass().getSimpleName();
    }

    private static BadInputException unsupported(String fileName, String family) {
        return new BadInputException(fileName + " is a Tribuo " + family
                + " model; InferScope evaluates classification and regression models.");
    }
}
