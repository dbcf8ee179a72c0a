package org.inferscope.plugins.tribuo;

import java.util.List;
import org.inferscope.engine.spi.OutputValue;
import org.tribuo.Prediction;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/** The single predicted value of a one-dimension regression model, one per row. */
final class RegressionValues implements PredictionWriter<Regressor> {
    static final Regressor UNKNOWN = RegressionFactory.UNKNOWN_REGRESSOR;

    /** The one predicted value of a regression output; NaN for any other output. */
    static double valueOf(Object output) {
        return output instanceof Regressor r ? r.getValues()[0] : Double.NaN;
    }

    @Override
    public OutputValue write(List<Prediction<Regressor>> predictions) {
        double[] values = new double[predictions.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = predictions.get(r).getOutput().getValues()[0];
        }
        return OutputValue.scores(values.length, 1, values);
    }
}
