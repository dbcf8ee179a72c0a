package org.inferscope.engine.api;

/**
 * What a transform did to one layer (an operator with weights).
 *
 * @param node the node's name (or "op#index" when unnamed)
 * @param op the operator type ("MatMul", "Gemm", "Conv")
 * @param change what was done ("INT8 per-channel weights", "pruned 50% of weights", "kept 256 of 512 units")
 * @param weightsBefore weight count before
 * @param weightsAfter weight count after (structured pruning removes weights)
 * @param sparsity fraction of this layer's remaining weights that are zero
 */
public record LayerChange(String node, String op, String change, long weightsBefore, long weightsAfter,
                          double sparsity) {
}
