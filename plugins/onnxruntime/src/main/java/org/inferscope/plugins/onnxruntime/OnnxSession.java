package org.inferscope.plugins.onnxruntime;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.Set;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.spi.OutputValue;
import org.inferscope.engine.spi.Session;

/**
 * A session that feeds one input and reads back only the chosen output. {@link #predict} copies
 * the batch into a cached input tensor, runs, and converts; everything else is prepared at open.
 */
final class OnnxSession implements Session {

    private final OrtSession session;
    private final boolean ownsSession;
    private final InputTensors inputs;
    private final Set<String> requested;
    private final OutputReader reader;
    private final String modelName;

    /**
     * @param ownsSession true when this session created {@code session} (own thread pool or device)
     *                    and closes it; false when it shares the loaded model's session
     */
    OnnxSession(OrtSession session, boolean ownsSession, InputTensors inputs, String outputName,
                OutputReader reader, String modelName) {
        this.session = session;
        this.ownsSession = ownsSession;
        this.inputs = inputs;
        this.requested = Set.of(outputName);
        this.reader = reader;
        this.modelName = modelName;
    }

    @Override
    public OutputValue predict(InputBatch batch) {
        try (OrtSession.Result result = session.run(inputs.feed(batch), requested)) {
            return reader.read(result.get(0));
        } catch (OrtException e) {
            throw new BadInputException(modelName + " could not run this batch of " + batch.rows()
                    + " rows (" + OrtMessages.shorten(e) + ")", e);
        }
    }

    @Override
    public void close() {
        inputs.close();
        if (ownsSession) {
            OnnxModelReader.closeQuietly(session);
        }
    }
}
