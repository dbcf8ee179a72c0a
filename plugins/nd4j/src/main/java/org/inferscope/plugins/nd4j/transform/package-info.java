/**
 * Variants of Deeplearning4j networks: structured pruning that rebuilds smaller dense layers, magnitude
 * pruning, FP16/INT8 weight rounding (a simulation of the accuracy effect, not a faster model), and
 * conversion of dense networks to ONNX.
 */
package org.inferscope.plugins.nd4j.transform;
