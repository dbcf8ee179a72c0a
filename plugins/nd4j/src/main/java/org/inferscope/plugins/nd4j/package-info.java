/**
 * Deeplearning4j models in InferScope: for now, the project's own export of dense Deeplearning4j networks
 * to ONNX, so that a model trained with DL4J can be run and compared by any ONNX backend.
 */
package org.inferscope.plugins.nd4j;
