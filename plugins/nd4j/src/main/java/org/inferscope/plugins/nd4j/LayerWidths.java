package org.inferscope.plugins.nd4j;

import java.util.OptionalLong;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;

/**
 * How many features a row carries into a layer, and how many values a layer gives per row, from the
 * configuration alone. Only layers that read a flat row can say: a dense-like layer (its nIn), or any
 * layer behind a {@link FeedForwardToCnnPreProcessor} (height x width x channels). A convolution or a
 * recurrent layer fed directly takes a shape the saved file does not record.
 */
final class LayerWidths {

    private LayerWidths() {
    }

    /** The row width {@code layer} (with its input preprocessor, or null) reads; empty when not a flat row. */
    static OptionalLong rowInput(Layer layer, InputPreProcessor preProcessor) {
        if (preProcessor instanceof FeedForwardToCnnPreProcessor cnn) {
            return OptionalLong.of(cnn.getInputHeight() * cnn.getInputWidth() * cnn.getNumChannels());
        }
        if (preProcessor == null && readsRows(layer)) {
            long nIn = ((FeedForwardLayer) layer).getNIn();
            return nIn > 0 ? OptionalLong.of(nIn) : OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** Values per row the layer outputs, or -1 when its configuration does not say. */
    static long rowOutput(Layer layer) {
        if (layer instanceof FeedForwardLayer ff && readsRows(layer) && ff.getNOut() > 0) {
            return ff.getNOut();
        }
        return -1;
    }

    private static boolean readsRows(Layer layer) {
        return layer instanceof FeedForwardLayer && !(layer instanceof ConvolutionLayer)
                && !(layer instanceof BaseRecurrentLayer);
    }

    /** "ConvolutionLayer \"conv1\"": the layer as a user finds it in their code. */
    static String describe(Layer layer) {
        String name = layer.getLayerName();
        String type = layer.getClass().getSimpleName();
        return name == null || name.isBlank() || name.matches("(layer)?\\d+") ? type : type + " \"" + name + "\"";
    }
}
