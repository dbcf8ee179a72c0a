/**
 * Deeplearning4j models in InferScope: the ND4J backend that opens MultiLayerNetwork and ComputationGraph
 * zips and runs them on ND4J's CPU (or, in the GPU edition, CUDA) backend, and the export of dense
 * networks to ONNX so that ONNX Runtime can run the same network.
 */
package org.inferscope.plugins.nd4j;
