/**
 * Runs ONNX models with ONNX Runtime's Java API: reads a model's graph and signature, and predicts
 * batches on the CPU through one shared intra-op thread pool.
 */
package org.inferscope.plugins.onnxruntime;
