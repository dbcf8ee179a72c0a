package org.inferscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.testing.RealCases;
import org.inferscope.engine.testing.SvgDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tune, scenario, robustness, drift and compare on the bundled digits MLP and data. */
class AnalysisCommandsTest {

    private static final Path SAMPLES = RealCases.repoRoot().resolve("samples");
    private static final String MODEL = SAMPLES.resolve("models/digits-mlp.onnx").toString();
    private static final String TEST = SAMPLES.resolve("datasets/digits-test.csv").toString();
    private static final String TRAIN = SAMPLES.resolve("datasets/digits-train.csv").toString();
    private static final List<String> LIGHT = List.of("--warmup", "2", "--iterations", "10", "--round-ms", "2");

    @TempDir
    Path dir;

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static String[] with(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all.toArray(String[]::new);
    }

    @Test
    void theTunerAnswersWithinOnePointOrSaysWhyNotAndShowsTheFrontier() {
        JsonNode r = ok(with(List.of("tune", "-q", "--json", "--model", MODEL, "--data", TEST, "--within", "1",
                "--budget", "40s", "--batch", "64"), LIGHT)).json();
        double fp32 = r.get("baseline").get("statistics").get("accuracy").get("estimate").asDouble();
        assertEquals(0.9777, fp32, 1e-4);
        assertTrue(r.get("evaluated").size() >= 2, r.toString());
        String verdict = r.get("verdict").asText();
        if (r.hasNonNull("winner")) {
            double acc = r.get("winner").get("statistics").get("accuracy").get("estimate").asDouble();
            assertTrue(acc >= fp32 - 0.01, verdict);
            assertEquals("B_BETTER", r.get("speed").get("verdict").asText(), verdict);
        } else {
            assertTrue(verdict.startsWith("No configuration"), verdict);
        }
        boolean anyFrontier = false;
        for (JsonNode p : r.get("evaluated")) {
            anyFrontier |= p.get("onFrontier").asBoolean();
        }
        assertTrue(anyFrontier);
    }

    @Test
    void robustnessCurvesStartAtTheCleanAccuracyAndFall() {
        Path chart = dir.resolve("curves.svg");
        JsonNode r = ok(with(List.of("robustness", "--json", "--model", MODEL, "--data", TEST, "--noise", "0,2",
                "--dropout", "0,0.6", "--chart", chart.toString()), LIGHT)).json();
        JsonNode dropout = r.get("featureDropout");
        assertEquals(0.9777, dropout.get(0).get("accuracy").get("estimate").asDouble(), 1e-4);
        assertTrue(dropout.get(1).get("accuracy").get("upper").asDouble() < dropout.get(0).get("accuracy").get("lower").asDouble(),
                "dropping 60% of pixels costs significantly: " + dropout);
        assertTrue(r.get("gaussianNoise").get(1).get("accuracy").get("estimate").asDouble() < 0.9777);
        assertEquals(2, points(chart), "a point per noise level");
        assertEquals(2, points(dir.resolve("curves-dropout.svg")), "and per dropout level, beside it");
    }

    /** The points a written chart draws; a file that is not well-formed SVG fails the test. */
    private static int points(Path svg) {
        try {
            return SvgDocuments.withClass(SvgDocuments.parse(svg), "circle", "point").size();
        } catch (Exception e) {
            throw new AssertionError(svg + " is not a readable SVG chart", e);
        }
    }

    @Test
    void testAndTrainSplitsOfDigitsShowNoMajorDrift() {
        Path chart = dir.resolve("drift.svg");
        JsonNode r = ok("drift", "--json", "--data", TEST, "--against", TRAIN, "--chart", chart.toString()).json();
        assertEquals(64, r.get("features").size());
        try {
            org.w3c.dom.Document svg = SvgDocuments.parse(chart);
            assertEquals(15, SvgDocuments.withClass(svg, "rect", "bar").size());
            assertEquals(2, SvgDocuments.withClass(svg, "polyline", "guide").size(), "the moderate and major thresholds");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals(359, r.get("currentRows").asInt());
        assertTrue(r.get("features").get(0).get("psi").asDouble() < 0.25, r.get("features").get(0).toString());
    }

    @Test
    void compareOfTwoSweepPointsGivesMcNemarAndIntervalsAndOfEvalResultsSaysWhatIsMissing() {
        Path out = dir.resolve("sweep");
        ok(with(List.of("sweep", "-q", "--model", MODEL, "--data", TEST, "--precision", "fp32,int8-dynamic",
                "--sparsity", "0.5", "--structured", "--batch", "32", "--out", out.toString()), LIGHT));
        JsonNode c = ok("compare", "--json", out.resolve("points/0000.json").toString(),
                out.resolve("points/0001.json").toString()).json();
        assertEquals(359, c.get("accuracy").get("rows").asInt());
        assertNotNull(c.get("p50").get("difference"));
        assertEquals(32, c.get("throughput").get(0).get("batchSize").asInt());

        ok(with(List.of("eval", "-q", "--mode", "ONLINE", "--model", MODEL, "--data", TEST, "--out",
                dir.resolve("a.json").toString()), LIGHT.subList(0, 4)));
        JsonNode plain = ok("compare", "--json", dir.resolve("a.json").toString(), dir.resolve("a.json").toString()).json();
        assertTrue(plain.get("notes").toString().contains("no McNemar test"), plain.toString());
    }

    @Test
    void singleStreamOfflineServerAndEdgeRun() {
        JsonNode single = ok(with(List.of("scenario", "single-stream", "--json", "--model", MODEL, "--data", TEST,
                "--chart", dir.resolve("single.svg").toString()), LIGHT)).json();
        assertTrue(points(dir.resolve("single.svg")) >= 20, "the latency at each percentile, and the p90");
        assertEquals(10, single.get("queries").asInt());
        JsonNode offline = ok(with(List.of("scenario", "offline", "--json", "--model", MODEL, "--data", TEST, "--batch", "1,64",
                "--chart", dir.resolve("offline.svg").toString()), LIGHT)).json();
        assertEquals(2, points(dir.resolve("offline.svg")));
        assertEquals(2, offline.get("rates").size());
        JsonNode trial = ok(with(List.of("scenario", "server", "--json", "--model", MODEL, "--data", TEST, "--rate", "50",
                "--queries", "20", "--p99-bound-ms", "100000"), LIGHT)).json();
        assertTrue(trial.get("meetsBound").asBoolean(), trial.toString());
        String a = dir.resolve("local.json").toString();
        ok(with(List.of("eval", "-q", "--model", MODEL, "--data", TEST, "--batch", "64", "--out", a), LIGHT.subList(0, 4)));
        CliRun edge = ok("scenario", "edge", "--local", a, "--remote", a, "--rtt-ms", "5", "--chart",
                dir.resolve("edge.svg").toString());
        assertTrue(points(dir.resolve("edge.svg")) >= 3, "local, remote and its compute at each batch size");
        assertTrue(edge.out().contains("local"), edge.out());
        assertTrue(edge.out().contains("256 bytes up and 40 down per row"), edge.out());
    }
}
