package org.inferscope.plugins.nd4j;

import java.util.Optional;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/**
 * The ONNX operator that computes a Deeplearning4j activation, element by element or (softmax) along the
 * last axis of a [batch, units] tensor.
 *
 * @param operator the ONNX op type, or empty for the identity (no node is written)
 * @param alpha the LeakyRelu slope; NaN for every other operator
 */
record OnnxActivation(Optional<String> operator, float alpha) {

    static final OnnxActivation IDENTITY = new OnnxActivation(Optional.empty(), Float.NaN);

    /** The operator for {@code activation}, or empty when ONNX has no equivalent we write. */
    static Optional<OnnxActivation> of(IActivation activation) {
        // exact classes: a subclass may compute something else
        Class<?> type = activation.getClass();
        if (type == ActivationIdentity.class) {
            return Optional.of(IDENTITY);
        }
        if (type == ActivationReLU.class) {
            return isPlainRelu((ActivationReLU) activation) ? Optional.of(op("Relu")) : Optional.empty();
        }
        if (type == ActivationLReLU.class) {
            return Optional.of(new OnnxActivation(Optional.of("LeakyRelu"), (float) ((ActivationLReLU) activation).getAlpha()));
        }
        if (type == ActivationTanH.class) {
            return Optional.of(op("Tanh"));
        }
        if (type == ActivationSigmoid.class) {
            return Optional.of(op("Sigmoid"));
        }
        if (type == ActivationSoftmax.class) {
            return Optional.of(op("Softmax"));
        }
        return Optional.empty();
    }

    /** ReLU with a cap, a threshold or a negative slope is a different function. */
    private static boolean isPlainRelu(ActivationReLU relu) {
        return relu.getMax() == null && isZeroOrUnset(relu.getThreshold()) && isZeroOrUnset(relu.getNegativeSlope());
    }

    private static boolean isZeroOrUnset(Double value) {
        return value == null || value == 0.0;
    }

    private static OnnxActivation op(String operator) {
        return new OnnxActivation(Optional.of(operator), Float.NaN);
    }
}
