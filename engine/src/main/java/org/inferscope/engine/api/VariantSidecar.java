package org.inferscope.engine.api;

/**
 * The JSON written beside a saved variant ({@code variant.onnx.json}): what it was made from, how,
 * and by what.
 *
 * @param schemaVersion version of this shape
 * @param source the original model file
 * @param sourceSha256 the original's SHA-256
 * @param variant the variant file
 * @param variantSha256 the variant's SHA-256
 * @param transform the transform and what it changed
 * @param calibrationData the dataset calibrated on, or null
 * @param seed the seed of the calibration sample
 * @param inferscopeVersion the engine's version
 * @param backend the backend and its version that made and verified the variant
 * @param createdAt ISO-8601 instant
 */
public record VariantSidecar(int schemaVersion, String source, String sourceSha256, String variant,
                             String variantSha256, TransformReport transform, String calibrationData, long seed,
                             String inferscopeVersion, String backend, String createdAt) {
    public static final int SCHEMA_VERSION = 1;
}
