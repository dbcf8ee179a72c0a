package org.inferscope.engine.spi;

/**
 * Rows to calibrate INT8 static quantization on, already mapped, scaled and laid out for the model's
 * input, exactly as inference would feed them.
 *
 * @param inputName the model input the rows feed
 * @param values row-major values, {@code rows * elementsPerRow} of them
 * @param rowShape the input shape of one row, batch dimension excluded (e.g. [1, 28, 28])
 * @param rows the number of rows
 */
public record CalibrationData(String inputName, float[] values, long[] rowShape, int rows) {
}
