package org.inferscope.engine.api;

import java.util.List;

/**
 * What a transform made and what it changed.
 *
 * @param spec what was asked
 * @param summary one line for people ("INT8 dynamic, per-channel: 3 of 3 MatMul layers quantized")
 * @param changed the layers changed
 * @param skipped the layers left in FP32, each with its reason
 * @param originalBytes the source file's size
 * @param variantBytes the variant file's size
 * @param variantCompressedBytes the variant's size gzip-compressed (zeros from pruning only pay off here)
 * @param weightSparsity fraction of all weights in the variant that are zero
 * @param notes what the user should know ("FP16 weights are cast back to FP32 at load: smaller file, same speed")
 */
public record TransformReport(TransformSpec spec, String summary, List<LayerChange> changed, List<SkippedLayer> skipped,
                              long originalBytes, long variantBytes, long variantCompressedBytes,
                              double weightSparsity, List<String> notes) {
    public TransformReport {
        changed = List.copyOf(changed);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }
}
