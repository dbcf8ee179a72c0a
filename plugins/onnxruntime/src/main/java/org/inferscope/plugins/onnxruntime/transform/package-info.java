/**
 * Quantized and pruned variants of ONNX models, made by editing the graph with the ONNX protobuf
 * classes: pruning first, then the precision change; every variant is proven to load in ONNX Runtime
 * before it is kept.
 */
package org.inferscope.plugins.onnxruntime.transform;
