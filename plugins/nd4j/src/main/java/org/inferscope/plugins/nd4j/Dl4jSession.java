package org.inferscope.plugins.nd4j;

import java.util.Arrays;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.spi.OutputValue;
import org.inferscope.engine.spi.Session;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs batches through its own copy of the network. {@link #predict} wraps the rows in an ND4J array,
 * runs inference and copies the chosen output back; both native arrays are freed at once rather than
 * left to the garbage collector, which would let off-heap memory pile up during a benchmark.
 */
final class Dl4jSession implements Session {

    private final Dl4jNetwork network;
    private final int outputIndex;
    private final DataType weights;
    private final String modelName;

    Dl4jSession(Dl4jNetwork network, int outputIndex, String modelName) {
        this.network = network;
        this.outputIndex = outputIndex;
        this.weights = network.dataType();
        this.modelName = modelName;
    }

    @Override
    public OutputValue predict(InputBatch batch) {
        int count = batch.elementCount();
        float[] values = batch.offset() == 0 && batch.values().length == count ? batch.values()
                : Arrays.copyOfRange(batch.values(), batch.offset(), batch.offset() + count);
        INDArray input = Nd4j.create(values, batch.shape(), 'c');
        INDArray typed = input.dataType() == weights ? input : input.castTo(weights);
        INDArray output = null;
        try {
            output = network.output(typed, outputIndex);
            return read(output, batch.rows());
        } catch (RuntimeException e) {
            throw new BadInputException(modelName + " could not run this batch of " + batch.rows() + " rows ("
                    + Messages.rootCause(e) + ")", e);
        } finally {
            close(output);
            close(typed);
            close(input);
        }
    }

    private static OutputValue read(INDArray output, int rows) {
        long length = output.length();
        double[] scores = length == 0 ? new double[0] : Nd4j.toFlattened('c', output).toDoubleVector();
        return OutputValue.scores(rows, (int) (length / Math.max(1, rows)), scores);
    }

    private static void close(INDArray array) {
        if (array != null && array.closeable() && !array.wasClosed()) {
            array.close();
        }
    }

    @Override
    public void close() {
        // the network copy is garbage once the session is dropped; ND4J frees its arrays then
    }
}
