package org.inferscope.engine.api;

/** A node a transform left as it was, and why ("Conv: only MatMul and Gemm are quantized here"). */
public record SkippedLayer(String node, String op, String reason) {
}
