package org.inferscope.plugins.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.OutputValue;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.classification.Label;

class JavaSerializedModelTest {

    @TempDir
    Path dir;

    private final TribuoProvider provider = new TribuoProvider();

    private Path serialize(Object object, String name) throws Exception {
        Path file = dir.resolve(name);
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeObject(object);
        }
        return file;
    }

    private String refusal(Path file) {
        return assertThrows(BadInputException.class, () -> provider.load(file).close()).getMessage();
    }

    @Test
    void aRealTribuoModelPassesTheAllowListAndPredictsLikeItsProtobufTwin() throws Exception {
        Model<Label> model = TinyTribuoModels.cart();
        Path ser = serialize(model, "cart.ser");
        Path proto = TinyTribuoModels.save(model, dir, "cart.tribuo");
        float[] row = {1.5f, 7.25f, 0.125f, 6f, 2f, 2.5f};
        InputBatch batch = new InputBatch(row, 0, new long[] {2, 3}, 2);
        assertArrayEquals(predict(proto, batch).scores(), predict(ser, batch).scores(), 0.0);
    }

    @Test
    void aLinearModelAlsoPassesTheAllowList() throws Exception {
        try (LoadedModel loaded = provider.load(serialize(TinyTribuoModels.logisticRegression(), "lr.ser"))) {
            assertEquals("petal,sepal,width", loaded.info().metadata().get("feature_names"));
            assertEquals("org.tribuo.classification.sgd.linear.LogisticRegressionTrainer",
                    loaded.info().metadata().get("trainer"));
        }
    }

    private OutputValue predict(Path file, InputBatch batch) {
        try (LoadedModel loaded = provider.load(file);
             Session session = loaded.open(provider.devices().get(0), new SessionSettings(0, "features", "scores"))) {
            return session.predict(batch);
        }
    }

    @Test
    void aFileObjectIsRefusedAsUntrusted() throws Exception {
        String message = refusal(serialize(new File("/etc/passwd"), "evil.ser"));
        assertTrue(message.startsWith("untrusted class java.io.File in model file evil.ser;"), message);
    }

    @Test
    void aForeignClassInsideAllowedCollectionsIsRefusedByName() throws Exception {
        Map<String, Object> map = new HashMap<>();
        map.put("payload", new Payload());
        String message = refusal(serialize(map, "map.ser"));
        assertTrue(message.startsWith("untrusted class " + Payload.class.getName() + " in model file map.ser;"),
                message);
        assertEquals(0, Payload.readCount);
    }

    @Test
    void allowedClassesThatAreNotAModelAreRefusedAsNotTribuo() throws Exception {
        String message = refusal(serialize(new HashMap<>(Map.of("a", 1)), "map.ser"));
        assertEquals("map.ser is not a Tribuo model (it holds a Java-serialized java.util.HashMap): choose a model"
                + " saved with Tribuo's Model.serializeToFile.", message);
    }

    @Test
    void aTruncatedSerializedModelIsRefusedAsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(serialize(TinyTribuoModels.cart(), "whole.ser"));
        Path cut = Files.write(dir.resolve("cut.ser"), java.util.Arrays.copyOf(whole, whole.length / 2));
        String message = refusal(cut);
        assertTrue(message.startsWith("cut.ser could not be read as a Java-serialized Tribuo model ("), message);
    }

    /** A serializable class of the caller's that a hostile stream might carry. */
    static final class Payload implements Serializable {
        private static final long serialVersionUID = 1L;
        static int readCount;

        private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
            readCount++;
            in.defaultReadObject();
        }
    }
}
