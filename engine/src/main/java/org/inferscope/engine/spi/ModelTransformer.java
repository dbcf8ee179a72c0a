package org.inferscope.engine.spi;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.TransformSpec;

/**
 * Makes quantized and pruned variants of a backend's model files. A backend offers one through
 * {@link BackendProvider#transformer()}.
 */
public interface ModelTransformer {

    /**
     * Writes the variant {@code spec} describes of {@code source} to {@code target}. The variant is
     * proven to load in the backend before this returns; on any failure nothing is left at
     * {@code target} and a {@link org.inferscope.engine.api.BadInputException} says why in one sentence.
     *
     * @param calibration rows for INT8 static calibration; may be null for other precisions
     */
    TransformReport transform(Path source, TransformSpec spec, CalibrationData calibration, Path target);

    /**
     * Writes the graph the backend actually executes for {@code model} once its own optimisations have
     * run (fused and integer kernels), so a user can see why a variant is or is not faster.
     */
    default void writeExecutedGraph(Path model, Path out) {
        throw new org.inferscope.engine.api.BadInputException("This backend cannot show the graph it executes.");
    }

    /**
     * The file formats, as extensions without the dot ("onnx"), this transformer converts its models
     * into so that another backend can run them; empty when it converts nothing.
     */
    default List<String> conversionFormats() {
        return List.of();
    }

    /**
     * Writes {@code source} converted to {@code format} (one of {@link #conversionFormats()}) to
     * {@code target}. On any failure nothing is left at {@code target} and a
     * {@link org.inferscope.engine.api.BadInputException} says why in one sentence.
     */
    default TransformReport convert(Path source, String format, Path target) {
        throw new org.inferscope.engine.api.BadInputException("This backend cannot convert "
                + source.getFileName() + " to ." + format + ".");
    }
}
