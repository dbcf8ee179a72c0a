package org.inferscope.plugins.nd4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.testing.RealCases;

/** The bundled sample models and datasets, and a quick evaluation of a model with the engine. */
final class Samples {

    static final Path ROOT = RealCases.repoRoot().resolve("samples");
    static final Path DIGITS_MLP = ROOT.resolve("models/digits-mlp.dl4j.zip");
    static final Path DIGITS_TEST = ROOT.resolve("datasets/digits-test.csv");
    /** One provider for the whole test JVM: ND4J starts once per JVM anyway. */
    static final Nd4jProvider PROVIDER = new Nd4jProvider();

    private Samples() {
    }

    static JsonNode card(String name) {
        try {
            return new ObjectMapper().readTree(ROOT.resolve("models/" + name + ".card.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dataset dataset(JsonNode card) {
        return new DatasetLoader().load(ROOT.resolve(card.get("testFile").asText()), DatasetOptions.defaults()
                .withTargetColumn(card.get("target").asText()).withTask(Task.valueOf(card.get("task").asText())));
    }

    /** Quality over every row, with as little timing as the engine allows. */
    static RunResult evaluate(Path model, Dataset data, String device, TransformSpec transform) {
        RunSpec spec = new RunSpec(model, data.source(), DatasetOptions.defaults(), device, Scaling.NONE,
                Set.of(RunMode.BATCH), List.of(64), 1, 2, 1, 42L, List.of(), transform);
        return new Evaluation(new ProviderRegistry(List.of(PROVIDER))).run(spec, data, null, null);
    }
}
