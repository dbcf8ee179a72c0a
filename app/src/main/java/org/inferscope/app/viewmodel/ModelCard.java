package org.inferscope.app.viewmodel;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.TensorSpec;

/**
 * What the model card shows about an opened model.
 *
 * @param file the model file
 * @param name the file name without its extension ("digits-mlp")
 * @param backendId the provider that opens it ("onnxruntime")
 * @param info everything the plugin read from the file
 */
public record ModelCard(Path file, String name, String backendId, ModelInfo info) {

    public static ModelCard of(Path file, String backendId, ModelInfo info) {
        return new ModelCard(file, nameOf(String.valueOf(file.getFileName())), backendId, info);
    }

    /** A model's name in labels: its file name without the extension ("digits-mlp"). */
    static String nameOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** "ONNX (opset 13)". */
    public String format() {
        return info.opset() > 0 ? info.format() + " (opset " + info.opset() + ")" : info.format();
    }

    /** "input FLOAT[?,64] → output FLOAT[?,10]". */
    public String signature() {
        return describe(info.inputs()) + " → " + describe(info.outputs());
    }

    private static String describe(java.util.List<TensorSpec> tensors) {
        return tensors.stream().map(t -> t.name() + " " + t.describe()).collect(Collectors.joining(", "));
    }

    /** "4,810" or "unknown". */
    public String parameters() {
        return info.parameterCount() < 0 ? "unknown" : String.format("%,d", info.parameterCount());
    }

    public String size() {
        return Sizes.bytes(info.fileSizeBytes());
    }
}
