/**
 * The Deeplearning4j sample models: small multilayer perceptrons trained with fixed seeds, with their
 * input and output scaling folded into the weights, saved as DL4J zips and as ONNX that agrees with them.
 */
package org.inferscope.samples.dl4j;
