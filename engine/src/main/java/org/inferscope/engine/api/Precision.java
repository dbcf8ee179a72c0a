package org.inferscope.engine.api;

/** The numeric precision a model variant computes in. */
public enum Precision {
    /** The original weights and arithmetic. */
    FP32("fp32"),
    /** Weights stored as FP16 and cast back to FP32 at load: a smaller file, the same speed on CPU. */
    FP16("fp16"),
    /** Weights INT8 ahead of time, activations quantized per call from their own range. */
    INT8_DYNAMIC("int8-dynamic"),
    /** Weights and activations INT8, activation ranges calibrated on a sample of the data (QDQ). */
    INT8_STATIC("int8-static"),
    /** Weights stored INT8 and dequantized on every call: a smaller file, not a faster one. */
    INT8_WEIGHTS("int8-weights");

    private final String cliName;

    Precision(String cliName) {
        this.cliName = cliName;
    }

    /** The name the command line uses ("int8-dynamic"). */
    public String cliName() {
        return cliName;
    }

    public static Precision fromCliName(String name) {
        for (Precision p : values()) {
            if (p.cliName.equalsIgnoreCase(name) || p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new BadInputException("Unknown precision '" + name + "': use fp32, fp16, int8-dynamic, int8-static or int8-weights.");
    }
}
