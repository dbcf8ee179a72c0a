package org.inferscope.plugins.tribuo;

import java.util.List;
import org.inferscope.engine.spi.OutputValue;
import org.tribuo.Output;
import org.tribuo.Prediction;

/** Turns one batch of Tribuo predictions into the engine's row-major output. */
interface PredictionWriter<T extends Output<T>> {
    OutputValue write(List<Prediction<T>> predictions);
}
