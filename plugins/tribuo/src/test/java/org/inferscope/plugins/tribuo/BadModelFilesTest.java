package org.inferscope.plugins.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.protos.core.ModelProto;

class BadModelFilesTest {

    @TempDir
    Path dir;

    private final TribuoProvider provider = new TribuoProvider();

    private String refusal(Path file) {
        BadInputException e = assertThrows(BadInputException.class, () -> provider.load(file).close());
        String message = e.getMessage();
        assertTrue(message.contains(file.getFileName().toString()), "names the file: " + message);
        assertTrue(!message.contains("\n") && !message.contains("Exception"), "one plain sentence: " + message);
        return message;
    }

    private Path protoNaming(String className, String fileName) throws Exception {
        ModelProto proto = ModelProto.newBuilder().setClassName(className)
                .setSerializedData(Any.getDefaultInstance()).build();
        return Files.write(dir.resolve(fileName), proto.toByteArray());
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        String message = refusal(Files.write(dir.resolve("empty.tribuo"), new byte[0]));
        assertEquals("empty.tribuo is empty: save the model again with Model.serializeToFile.", message);
    }

    @Test
    void missingFileIsRefused() {
        assertTrue(refusal(dir.resolve("absent.tribuo")).contains("does not exist"));
    }

    @Test
    void randomBytesAreRefused() throws Exception {
        byte[] noise = new byte[5000];
        for (int seed = 0; seed < 20; seed++) {
            new Random(seed).nextBytes(noise);
            if (seed % 2 == 0) {
                noise[0] = 0x12;
            }
            refusal(Files.write(dir.resolve("noise" + seed + ".tribuo"), noise));
        }
    }

    @Test
    void textFileIsRefusedAsNotTribuo() throws Exception {
        String message = refusal(Files.writeString(dir.resolve("notes.tribuo"), "just some notes\n"));
        assertTrue(message.startsWith("notes.tribuo is not a Tribuo model ("), message);
    }

    @Test
    void onnxModelIsRefusedAsNotTribuo() throws Exception {
        Path onnx = Files.copy(RealCases.file("models/tribuo_iris_lr.onnx"), dir.resolve("iris.tribuo"));
        assertTrue(refusal(onnx).startsWith("iris.tribuo is not a Tribuo model ("));
    }

    @Test
    void truncatedModelIsRefusedAsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(TinyTribuoModels.save(TinyTribuoModels.cart(), dir, "whole.tribuo"));
        for (int cut : new int[] {whole.length / 2, whole.length - 3, 40}) {
            Path file = Files.write(dir.resolve("cut.tribuo"), Arrays.copyOf(whole, cut));
            String message = refusal(file);
            assertTrue(message.contains("truncated or damaged"), message);
        }
    }

    @Test
    void clusteringModelIsRefusedByType() throws Exception {
        String message = refusal(protoNaming("org.tribuo.clustering.kmeans.KMeansModel", "kmeans.tribuo"));
        assertEquals("kmeans.tribuo is a Tribuo clustering model; InferScope evaluates classification and"
                + " regression models.", message);
        assertTrue(refusal(protoNaming("org.tribuo.multilabel.sgd.linear.LinearSGDModel", "ml.tribuo"))
                .startsWith("ml.tribuo is a Tribuo multi-label classification model;"));
    }

    @Test
    void modelFamilyNotInstalledIsNamed() throws Exception {
        String message = refusal(protoNaming("org.tribuo.classification.xgboost.XGBoostClassificationModel", "x.tribuo"));
        assertTrue(message.startsWith("x.tribuo is a Tribuo XGBoostClassificationModel"), message);
    }

    @Test
    void aClassThatIsNotAModelIsNeitherInitialisedNorAccepted() throws Exception {
        String message = refusal(protoNaming(NeverInitialise.class.getName(), "odd.tribuo"));
        assertTrue(message.contains("which is not a Tribuo model class"), message);
        assertEquals(0, neverInitialiseRuns);
    }

    /** Counted here, not in the class: reading its own field would initialise it. */
    static int neverInitialiseRuns;

    /** A class whose static initialiser would show that reading a file ran it. */
    static final class NeverInitialise {
        static {
            neverInitialiseRuns++;
        }
    }
}
