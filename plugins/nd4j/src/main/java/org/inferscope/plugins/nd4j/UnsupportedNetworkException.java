package org.inferscope.plugins.nd4j;

import org.inferscope.engine.api.BadInputException;

/**
 * A Deeplearning4j network that {@link Dl4jOnnxExporter} cannot write as ONNX: the message names the
 * layer and what about it is not supported.
 */
public class UnsupportedNetworkException extends BadInputException {

    public UnsupportedNetworkException(String userMessage) {
        super(userMessage);
    }
}
