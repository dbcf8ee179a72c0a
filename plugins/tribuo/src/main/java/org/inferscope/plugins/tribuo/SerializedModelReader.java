package org.inferscope.plugins.tribuo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import org.inferscope.engine.api.BadInputException;
import org.tribuo.Model;

/**
 * Reads a legacy Java-serialized Tribuo model. Java deserialization of a file from elsewhere can run
 * code hidden in it, so every class in the stream must pass {@link TribuoClassAllowList}; the first
 * that does not stops the read and is named to the user.
 */
final class SerializedModelReader {
    private final String fileName;

    SerializedModelReader(String fileName) {
        this.fileName = fileName;
    }

    Model<?> read(byte[] bytes) {
        TribuoClassAllowList allowList = new TribuoClassAllowList();
        Object read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(allowList);
            read = in.readObject();
        } catch (InvalidClassException e) {
            throw allowList.firstRefused().map(this::untrusted).orElseGet(() -> damaged(e));
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            throw damaged(e);
        }
        if (read instanceof Model<?> model) {
            return model;
        }
        throw Messages.notTribuo(fileName, "it holds a Java-serialized " + read.getClass().getName(), null);
    }

    private BadInputException untrusted(String className) {
        return new BadInputException("untrusted class " + className + " in model file " + fileName
                + "; InferScope reads only Tribuo's own classes from Java-serialized models: re-save the model"
                + " with Model.serializeToFile, or open it only if you trust its source.");
    }

    private BadInputException damaged(Throwable e) {
        return new BadInputException(fileName + " could not be read as a Java-serialized Tribuo model ("
                + Messages.shorten(e) + "); it looks truncated or damaged: save it again with Model.serializeToFile.", e);
    }
}
