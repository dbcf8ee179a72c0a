package org.inferscope.engine.bench;

import org.inferscope.engine.binding.Binding;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.spi.OutputValue;
import org.inferscope.engine.spi.Session;

/** What every measurement of a run shares: the open session, the binding and its prepared rows. */
record SessionContext(Session session, Binding binding, float[] prepared, RunListener listener,
                      CancellationToken cancel) {

    int rows() {
        return binding.data().rows();
    }

    InputBatch batch(int firstRow, int rows) {
        return binding.batch(prepared, firstRow, rows);
    }

    /** An untimed call, checking for cancellation first. */
    OutputValue call(int firstRow, int rows) {
        cancel.throwIfCancelled();
        return session.predict(batch(firstRow, rows));
    }

    /** The {@code index}-th single row, cycling through the dataset. */
    int cycledRow(long index) {
        return (int) (index % rows());
    }
}
