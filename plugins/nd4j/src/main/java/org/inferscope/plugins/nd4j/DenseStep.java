package org.inferscope.plugins.nd4j;

/**
 * One dense layer as ONNX will compute it: {@code activation(x · weights + bias)}.
 *
 * @param index the layer's index in the network
 * @param inputs nIn
 * @param outputs nOut
 * @param weights [nIn, nOut] row-major (C order), whatever order Deeplearning4j held it in
 * @param bias nOut values, or null when the layer has none
 * @param activation the activation's operator
 */
record DenseStep(int index, int inputs, int outputs, float[] weights, float[] bias, OnnxActivation activation) {
}
