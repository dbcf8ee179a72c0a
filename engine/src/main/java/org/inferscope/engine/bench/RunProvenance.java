package org.inferscope.engine.bench;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.Provenance;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.BackendProvider;

/** Builds a run's {@link Provenance}: what ran, where, with which settings. */
public final class RunProvenance {

    private RunProvenance() {
    }

    public static Provenance of(RunSpec spec, String modelSha256, String datasetSha256, BackendProvider provider, Device device,
                         CpuFeatures cpu, Instant startedAt) {
        return new Provenance(engineVersion(), modelSha256, datasetSha256, provider.displayName(), provider.version(), device.qualifiedId(),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.vm.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                cpu.model(), cpu.flags(), Runtime.getRuntime().availableProcessors(), settings(spec),
                spec.seed(), startedAt.toString());
    }

    /** The engine jar's Implementation-Version, or "dev" when run from classes. */
    public static String engineVersion() {
        String version = RunProvenance.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** Every setting of the spec as text, sorted by name. */
    static Map<String, String> settings(RunSpec spec) {
        Map<String, String> s = new TreeMap<>();
        s.put("model", spec.model().toString());
        s.put("data", spec.data().toString());
        s.put("targetColumn", orElse(spec.dataOptions().targetColumn(), "last"));
        s.put("task", orElse(spec.dataOptions().task(), "inferred"));
        s.put("missing", String.valueOf(spec.dataOptions().missing()));
        s.put("libsvmWidth", Integer.toString(spec.dataOptions().width()));
        s.put("format", orElse(spec.dataOptions().format(), "inferred"));
        s.put("device", orElse(spec.device(), "first available CPU"));
        s.put("scaling", "divisor=" + spec.scaling().divisor() + " mean=" + spec.scaling().mean()
                + " std=" + spec.scaling().std());
        s.put("modes", spec.modes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        s.put("batchSizes", spec.batchSizes().stream().map(String::valueOf).collect(Collectors.joining(",")));
        s.put("warmup", Integer.toString(spec.warmup()));
        s.put("iterations", Integer.toString(spec.iterations()));
        s.put("threads", Integer.toString(spec.threads()));
        s.put("seed", Long.toString(spec.seed()));
        s.put("classOrder", String.join(",", spec.classOrder()));
        TransformSpec t = spec.transform();
        s.put("precision", t.precision().cliName());
        s.put("perChannel", Boolean.toString(t.perChannel()));
        s.put("calibration", t.calibration() + (t.calibration() == CalibrationMethod.PERCENTILE ? " " + t.percentile() : "")
                + ", " + t.calibrationRows() + " rows");
        s.put("sparsity", Double.toString(t.sparsity()));
        s.put("pruning", t.structured() ? "structured" : "unstructured " + t.scope());
        return s;
    }

    private static String orElse(Object value, String unset) {
        return value == null ? unset : value.toString();
    }
}
