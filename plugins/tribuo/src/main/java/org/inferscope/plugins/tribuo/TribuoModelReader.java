package org.inferscope.plugins.tribuo;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inferscope.engine.api.BadInputException;
import org.tribuo.Model;
import org.tribuo.protos.core.ModelProto;

/**
 * Reads a Tribuo model file: a protobuf {@code ModelProto} as {@code Model.serializeToFile} writes
 * it, or a legacy Java-serialized model through {@link SerializedModelReader}'s allow-list. Every
 * failure is a {@link BadInputException} naming the file.
 *
 * <p>Before Tribuo deserializes a protobuf model, the model class it names is checked without
 * initialising it: Tribuo itself would initialise any class the file names.
 */
final class TribuoModelReader {
    private final XGBoostLibrary xgboost;

    TribuoModelReader(XGBoostLibrary xgboost) {
        this.xgboost = xgboost;
    }

    TribuoModel read(Path file) {
        String name = Messages.fileName(file);
        byte[] bytes = readAll(file, name);
        Model<?> model = TribuoFileSniffer.isJavaSerialized(bytes)
                ? new SerializedModelReader(name).read(bytes)
                : readProto(bytes, name, xgboost);
        return new TribuoModel(model, OutputTypes.taskOf(model, name), name);
    }

    private static byte[] readAll(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("The model file " + file + " does not exist or is not a file: check the path.");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new BadInputException(name + " is empty: save the model again with Model.serializeToFile.");
            }
            return bytes;
        } catch (IOException e) {
            throw new BadInputException(name + " could not be read (" + Messages.shorten(e) + "): check the file.", e);
        }
    }

    private static Model<?> readProto(byte[] bytes, String name, XGBoostLibrary xgboost) {
        ModelProto proto;
        try {
            proto = ModelProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw Messages.notTribuo(name, "it could not be read as a Tribuo protobuf model; it looks truncated or damaged", e);
        }
        String className = proto.getClassName();
        if (!ModelClasses.isJavaClassName(className) || !proto.hasSerializedData()) {
            throw Messages.notTribuo(name, "it does not hold a Tribuo model", null);
        }
        OutputTypes.refuseKnownFamily(className, name);
        ModelClasses.requireModelClass(className, name);
        if (XGBoostLibrary.isXGBoostClass(className)) {
            xgboost.unavailableReason().ifPresent(why -> {
                throw new BadInputException(name + " is a Tribuo XGBoost model, which cannot run here: " + why + ".");
            });
        }
        try {
            return Model.deserialize(proto);
        } catch (RuntimeException | LinkageError e) {
            throw new BadInputException(name + " could not be read as a Tribuo " + className + " ("
                    + Messages.shorten(e) + "); the file looks truncated or damaged, or was written by a Tribuo"
                    + " other than " + TribuoProvider.TRIBUO_VERSION + ": save it again with Model.serializeToFile.", e);
        }
    }
}
