package org.inferscope.engine.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.report.AtomicFiles;
import org.inferscope.engine.report.ResultJson;

/**
 * A sweep's folder: {@code sweep.json} (the plan) and {@code points/NNNN.json}, one file per finished
 * point, each written through a temporary file and a rename. A crash or kill therefore loses at most
 * the point in flight; a half-written temporary file is never read back.
 */
public final class SweepStore {
    static final String PLAN = "sweep.json";
    static final String POINTS = "points";

    private final Path folder;
    private final ObjectMapper mapper = ResultJson.newMapper();

    private SweepStore(Path folder) {
        this.folder = folder;
    }

    /**
     * Opens {@code folder} for {@code plan}. A new sweep needs an empty or absent folder; with
     * {@code resume}, the folder must hold the same plan.
     */
    public static SweepStore open(Path folder, SweepPlan plan, boolean resume) {
        SweepStore store = new SweepStore(folder);
        Path planFile = folder.resolve(PLAN);
        try {
            Files.createDirectories(folder.resolve(POINTS));
            if (Files.exists(planFile)) {
                if (!resume) {
                    throw new BadInputException(folder + " already holds a sweep: add --resume to continue it, or choose"
                            + " another --out folder.");
                }
                store.checkSamePlan(planFile, plan);
            } else {
                byte[] json = store.mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(plan);
                AtomicFiles.write(planFile, out -> out.write(json));
            }
        } catch (IOException e) {
            throw new BadInputException("Could not use " + folder + " for the sweep (" + e.getMessage()
                    + "): choose a folder you can write to.", e);
        }
        return store;
    }

    private void checkSamePlan(Path planFile, SweepPlan plan) throws IOException {
        JsonNode saved = comparable(mapper.readTree(Files.readString(planFile)));
        JsonNode wanted = comparable(mapper.readTree(mapper.writeValueAsString(plan)));
        if (!saved.equals(wanted)) {
            List<String> differing = new ArrayList<>();
            for (Iterator<String> it = wanted.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!wanted.get(name).equals(saved.get(name))) {
                    differing.add(name);
                }
            }
            throw new BadInputException(folder + " holds a sweep with other settings (" + String.join(", ", differing)
                    + " differ): resume with the same options, or choose another --out folder.");
        }
    }

    /**
     * The plan as parsed JSON, less the base spec's modes (a set, whose order differs between JVMs, and
     * unused), with the model and data paths made absolute: "samples/m.onnx" and "/home/me/samples/m.onnx"
     * name the same file from the same folder.
     */
    private static JsonNode comparable(JsonNode plan) {
        JsonNode base = plan.get("base");
        if (base instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.remove("modes");
            for (String field : List.of("model", "data")) {
                JsonNode path = o.get(field);
                if (path != null && path.isTextual()) {
                    o.put(field, Path.of(path.asText()).toAbsolutePath().normalize().toString());
                }
            }
        }
        return plan;
    }

    public Path folder() {
        return folder;
    }

    /** Saves a finished point atomically. */
    public void save(SweepPoint point) {
        byte[] json;
        try {
            json = mapper.writeValueAsString(point).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a sweep point as JSON", e);
        }
        AtomicFiles.write(fileOf(point.index()), out -> out.write(json));
    }

    Path fileOf(int index) {
        return folder.resolve(POINTS).resolve(String.format("%04d.json", index));
    }

    /** Every saved point by configuration key, in index order. Unreadable files are skipped (re-measured). */
    public Map<String, SweepPoint> points() {
        Map<String, SweepPoint> byKey = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder.resolve(POINTS))) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d{4}\\.json")).sorted().toList();
        } catch (IOException e) {
            return byKey;
        }
        for (Path f : files) {
            try {
                SweepPoint p = mapper.readValue(Files.readString(f), SweepPoint.class);
                byKey.put(p.configuration().key(), p);
            } catch (IOException | RuntimeException e) {
                // a file that is not a whole point is as good as absent: the point runs again
            }
        }
        return byKey;
    }
}
