package org.inferscope.engine.bench;

import java.util.Optional;
import org.inferscope.engine.api.Precision;

/** The answer to "why isn't INT8 faster?" that the processor's features give. */
public final class Int8Explanation {

    private Int8Explanation() {
    }

    public static Optional<String> forPrecision(Precision precision, CpuFeatures cpu) {
        if (!VariantEvaluation.isInt8(precision)) {
            return Optional.empty();
        }
        if (cpu.hasInt8DotProduct()) {
            return Optional.of("this CPU (" + cpu.model() + ") has int8 dot-product instructions ("
                    + String.join(", ", cpu.flags()) + "): ONNX Runtime's integer kernels can use them");
        }
        return Optional.of("this CPU (" + cpu.model() + ") has no int8 dot-product instructions (no AVX-512 VNNI, "
                + "AVX-VNNI or AMX on x86; no dotprod on ARM): integer kernels widen int8 to 16 bits, so INT8 "
                + "gains come from less memory traffic, not faster arithmetic — expect well under 4x");
    }
}
