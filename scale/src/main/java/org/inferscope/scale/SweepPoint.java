package org.inferscope.scale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.Function;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Provenance;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.report.ResultJson;

/**
 * One configuration of a sweep, run as one Spark task: the engine's own {@link Evaluation} on the
 * executor's copies of the model and dataset. Specs travel as JSON and results come back as JSON, the
 * engine's schema-versioned form, never Java-serialised records.
 */
final class SweepPoint implements Function<String, String> {
    private static final long serialVersionUID = 1L;

    private final String modelFile;
    private final String dataFile;
    private final String master;

    SweepPoint(String modelFile, String dataFile, String master) {
        this.modelFile = modelFile;
        this.dataFile = dataFile;
        this.master = master;
    }

    @Override
    public String call(String specJson) {
        Path model = Path.of(SparkFiles.get(modelFile));
        Path data = Path.of(SparkFiles.get(dataFile));
        RunSpec shipped = SavedSpecs.fromJson(specJson);
        RunSpec spec = new RunSpec(model, data, shipped.dataOptions(), shipped.device(), shipped.scaling(),
                shipped.modes(), shipped.batchSizes(), shipped.warmup(), shipped.iterations(), shipped.threads(),
                shipped.seed(), shipped.classOrder(), shipped.transform());
        Dataset dataset = new DatasetLoader().load(data, spec.dataOptions());
        ProviderRegistry registry = ProviderRegistry.discover(getClass().getClassLoader());
        RunResult result = new Evaluation(registry).run(spec, dataset, null, null);
        return new ResultJson(false).toJson(marked(result, shipped));
    }

    /** The result with the user's paths back in place of the executor's copies, and the cluster noted. */
    private RunResult marked(RunResult r, RunSpec shipped) {
        List<String> notes = new ArrayList<>(r.notes());
        String host = org.apache.spark.SparkEnv.get().executorId();
        notes.add("ran as one task of a Spark sweep (master " + master + ", executor " + host + "); other"
                + " configurations ran at the same time on the cluster, so latency may include their load");
        Provenance p = r.provenance();
        Map<String, String> settings = new TreeMap<>(p.settings());
        settings.put("model", shipped.model().toString());
        settings.put("data", shipped.data().toString());
        settings.put("sparkMaster", master);
        settings.put("sparkExecutor", host);
        Provenance marked = new Provenance(p.inferscopeVersion(), p.modelSha256(), p.datasetSha256(), p.backend(),
                p.backendVersion(), p.device(), p.jvm(), p.os(), p.cpuModel(), p.cpuFlags(), p.logicalCpus(), settings,
                p.seed(), p.startedAt());
        var model = r.model();
        var modelSummary = new org.inferscope.engine.api.ModelSummary(shipped.model().toString(), model.format(),
                model.sizeBytes(), model.sha256(), model.inputs(), model.outputs(), model.inputUsed(),
                model.outputUsed(), model.parameterCount());
        var d = r.dataset();
        var dataSummary = new org.inferscope.engine.api.DatasetSummary(shipped.data().toString(), d.format(),
                d.sha256(), d.rows(), d.columns(), d.target(), d.task(), d.classNames(), d.missing());
        return new RunResult(r.schemaVersion(), modelSummary, dataSummary, r.quality(), r.latency(), r.throughput(),
                r.memory(), notes, marked, r.transform(), r.fidelity());
    }
}
