package org.inferscope.plugins.onnxruntime;

import ai.onnx.proto.OnnxMl;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.TensorSpec;

/**
 * Reads an ONNX file into a validated ONNX Runtime session and a {@link ModelInfo}, turning every
 * way a file can be wrong into one {@link BadInputException} sentence that names it.
 */
final class OnnxModelReader {

    private static final String EXPORTERS =
            "choose a .onnx file exported by PyTorch, scikit-learn (skl2onnx), tf2onnx or Tribuo";

    private final SharedOrtEnvironment shared;

    OnnxModelReader(SharedOrtEnvironment shared) {
        this.shared = shared;
    }

    /** What {@link #read(Path)} produces: the validated session and what was learned. */
    record ReadModel(OrtSession session, ModelInfo info, TensorSpec input) {
    }

    ReadModel read(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes = readBytes(file, name);
        OnnxMl.ModelProto proto = parse(bytes, name);
        OnnxGraphFacts facts = OnnxGraphFacts.of(proto);
        OrtEnvironment env = shared.get().orElseThrow(() -> new BadInputException(
                name + " was not opened: " + shared.failure().orElse("ONNX Runtime did not start")));
        OrtSession session = createSession(env, bytes, name);
        try {
            List<TensorSpec> inputs = ValueSpecs.of(session.getInputInfo());
            List<TensorSpec> outputs = ValueSpecs.of(session.getOutputInfo());
            TensorSpec input = FeedableInput.require(name, inputs, facts.initializerNames());
            ModelInfo info = new ModelInfo(file, "ONNX", bytes.length, inputs, outputs, facts.opset(),
                    facts.opCounts(), facts.parameterCount(), facts.classLabels(), facts.metadata());
            return new ReadModel(session, info, input);
        } catch (OrtException | RuntimeException e) {
            closeQuietly(session);
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw new BadInputException(name + "'s inputs and outputs could not be read ("
                    + OrtMessages.shorten(e) + ")", e);
        }
    }

    private static byte[] readBytes(Path file, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + " does not exist: choose an existing .onnx file", e);
        } catch (IOException | OutOfMemoryError e) {
            throw new BadInputException(name + " could not be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length == 0) {
            throw new BadInputException(name + " is empty (0 bytes): " + EXPORTERS);
        }
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 4096));
        OnnxFileSniffer.knownOtherFormat(head).ifPresent(kind -> {
            throw new BadInputException(name + " is not an ONNX model (it looks like " + kind + "): "
                    + EXPORTERS);
        });
        return bytes;
    }

    private static OnnxMl.ModelProto parse(byte[] bytes, String name) {
        OnnxMl.ModelProto proto;
        try {
            proto = OnnxMl.ModelProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            if (!OnnxFileSniffer.looksLikeOnnx(bytes)) {
                throw new BadInputException(name + " is not an ONNX model (its bytes are not an ONNX"
                        + " ModelProto): " + EXPORTERS, e);
            }
            throw damaged(name, e);
        }
        if (!proto.hasGraph() || proto.getGraph().getNodeCount() == 0 && proto.getGraph().getOutputCount() == 0) {
            throw new BadInputException(name + " is not an ONNX model (it holds no graph): " + EXPORTERS);
        }
        return proto;
    }

    private OrtSession createSession(OrtEnvironment env, byte[] bytes, String name) {
        try (OrtSession.SessionOptions options = shared.sessionOptions(0)) {
            return env.createSession(bytes, options);
        } catch (OrtException | RuntimeException e) {
            throw explainLoadFailure(name, e);
        }
    }

    /** ORT's own words for what it does not support; "damaged" for everything else. */
    private static BadInputException explainLoadFailure(String name, Exception e) {
        String reason = OrtMessages.shorten(e);
        String lower = reason.toLowerCase(Locale.ROOT);
        boolean unsupported = lower.contains("opset") || lower.contains("not implemented")
                || lower.contains("could not find an implementation") || lower.contains("unsupported")
                || lower.contains("no op registered") || lower.contains("is not a registered");
        if (unsupported) {
            return new BadInputException(name + " uses something ONNX Runtime 1.29 does not support ("
                    + reason + "); re-export it with a supported opset or operators", e);
        }
        return damaged(name, e);
    }

    private static BadInputException damaged(String name, Exception e) {
        return new BadInputException(name + " could not be read as ONNX (the file looks truncated or"
                + " damaged: " + OrtMessages.shorten(e) + "); re-export or re-download it", e);
    }

    static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException | RuntimeException ignored) {
            // closing after a failure: the first error is the one worth reporting
        }
    }
}
