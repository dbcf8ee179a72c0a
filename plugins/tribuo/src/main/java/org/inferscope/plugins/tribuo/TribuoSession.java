package org.inferscope.plugins.tribuo;

import java.util.List;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.spi.OutputValue;
import org.inferscope.engine.spi.Session;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.Prediction;

/**
 * Predicts a batch with Tribuo: rows become Examples, the model predicts them as one list, and the
 * predictions become scores. All three steps are the cost of inference and are timed as such.
 */
final class TribuoSession<T extends Output<T>> implements Session {
    private final Model<T> model;
    private final RowExamples.ForOutput<T> examples;
    private final PredictionWriter<T> writer;

    TribuoSession(Model<T> model, RowExamples.ForOutput<T> examples, PredictionWriter<T> writer) {
        this.model = model;
        this.examples = examples;
        this.writer = writer;
    }

    @Override
    public OutputValue predict(InputBatch batch) {
        List<Example<T>> rows = examples.of(batch);
        List<Prediction<T>> predictions = model.predict(rows);
        return writer.write(predictions);
    }

    @Override
    public void close() {
        // the model is shared by the loaded model's sessions; nothing of this session's to release
    }
}
