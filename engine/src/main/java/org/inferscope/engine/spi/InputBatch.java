package org.inferscope.engine.spi;

/**
 * A batch of rows already mapped, scaled and laid out for the model's input.
 *
 * @param values row-major features; the batch is {@code values[offset .. offset + elementCount())}
 * @param offset index of the batch's first value in {@code values}
 * @param shape the full input shape for this batch, first dimension = rows
 * @param rows number of rows in the batch
 */
public record InputBatch(float[] values, int offset, long[] shape, int rows) {

    public int elementCount() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return Math.toIntExact(n);
    }
}
