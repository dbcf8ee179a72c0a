package org.inferscope.samples.dl4j;

import java.nio.file.Path;
import org.inferscope.samples.ModelCard;

/**
 * A sample model as written: its card, its two files, and how the ONNX copy agreed with the DL4J one on
 * the test split.
 */
public record MadeModel(ModelCard card, Path dl4jZip, Path onnx, Agreement agreement) {
}
