package org.inferscope.engine.spi;

/**
 * An open inference session. Not thread-safe: one caller at a time. The engine times
 * {@link #predict(InputBatch)} as the cost of inference, so implementations do their conversions
 * there and nothing else.
 */
public interface Session extends AutoCloseable {

    OutputValue predict(InputBatch batch);

    @Override
    void close();
}
