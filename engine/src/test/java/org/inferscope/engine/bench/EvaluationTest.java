package org.inferscope.engine.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.ThroughputPoint;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.report.ResultJson;
import org.inferscope.engine.testing.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    @TempDir
    Path dir;

    private static final float[][] IDENTITY = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    /** Five rows whose largest feature is the predicted class; rows 3 and 4 are labelled otherwise. */
    private static Dataset threeClasses() {
        float[] x = {
            5, 1, 0,
            0, 4, 1,
            1, 0, 3,
            2, 1, 0,
            0, 0, 9};
        return TestDatasets.classification("three.csv", 3, x, new int[] {0, 1, 2, 1, 0}, List.of("a", "b", "c"));
    }

    private RunSpec spec(Set<RunMode> modes, List<Integer> batches, int warmup, int iterations) throws IOException {
        Path model = Files.writeString(dir.resolve("m.lin"), "linear");
        return new RunSpec(model, Path.of("three.csv"), DatasetOptions.defaults(), null, Scaling.NONE, modes,
                batches, warmup, iterations, 0, 7L, List.of());
    }

    private static RunResult run(LinearProvider provider, RunSpec spec, Dataset data, RunListener listener,
                                 CancellationToken cancel) {
        Evaluation evaluation = new Evaluation(new ProviderRegistry(List.of(provider)),
                new RoundTiming(Duration.ZERO, 3));
        return evaluation.run(spec, data, listener, cancel);
    }

    @Test
    void qualityCountsEveryRowExactly() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, -1, "scores");
        RunResult r = run(p, spec(Set.of(), List.of(), 0, 1), threeClasses(), null, null);
        Quality q = r.quality();
        assertEquals(5, q.rows());
        assertEquals(0.6, q.accuracy(), 1e-12);
        assertArrayEquals(new long[] {1, 0, 1}, q.confusionMatrix()[0]);
        assertArrayEquals(new long[] {1, 1, 0}, q.confusionMatrix()[1]);
        assertEquals(0.5, q.perClass().get(0).precision(), 1e-12);
        assertNull(r.latency());
        assertTrue(r.throughput().isEmpty());
        assertEquals(List.of(5), p.callRows);
    }

    @Test
    void latencyHasOneSamplePerIterationAndWarmUpIsNotCounted() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, -1, "scores");
        List<Long> samples = new ArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void onLatencySample(long nanos) {
                samples.add(nanos);
            }
        };
        RunResult r = run(p, spec(Set.of(RunMode.ONLINE), List.of(), 7, 20), threeClasses(), listener, null);
        assertEquals(20, r.latency().samples());
        assertEquals(20, samples.size());
        // 3 quality warm-up calls and 1 quality call of 5 rows; 7 + 20 single rows
        assertEquals(3 + 1 + 7 + 20, p.callRows.size());
        assertEquals(27, p.callRows.stream().filter(rows -> rows == 1).count());
        assertTrue(r.latency().p50Micros() <= r.latency().p99Micros());
    }

    @Test
    void throughputHasOnePointPerBatchSizeAndCapsAtTheDataset() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, -1, "scores");
        List<ThroughputPoint> heard = new ArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void onThroughput(ThroughputPoint point) {
                heard.add(point);
            }
        };
        RunResult r = run(p, spec(Set.of(RunMode.BATCH), List.of(1, 2, 8), 4, 6), threeClasses(), listener, null);
        assertEquals(List.of(1, 2, 8), r.throughput().stream().map(ThroughputPoint::batchSize).toList());
        assertEquals(r.throughput(), heard);
        ThroughputPoint two = r.throughput().get(1);
        assertEquals(6, two.rounds());
        assertEquals(6, two.rowsPerRound());
        assertTrue(two.minRowsPerSecond() <= two.rowsPerSecond() && two.rowsPerSecond() <= two.maxRowsPerSecond());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("batch size 8 ran as batches of 5")), r.notes()::toString);
        // batch 2 warms up with max(2, ceil(4/2)) = 2 calls, then 6 rounds of 3 batches
        assertEquals(2 + 6 * 3, p.callRows.stream().filter(rows -> rows == 2).count());
    }

    @Test
    void aModelFixedAtBatchOneRunsEveryBatchAsSingleRowsAndSaysSo() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, 1, "scores");
        RunResult r = run(p, spec(Set.of(RunMode.BATCH), List.of(4), 1, 5), threeClasses(), null, null);
        assertTrue(r.notes().contains("model input is fixed at batch 1: every batch is run as single rows"));
        assertTrue(p.callRows.stream().allMatch(rows -> rows == 1));
        assertEquals(0.6, r.quality().accuracy(), 1e-12);
        assertEquals(4, r.throughput().get(0).batchSize());
    }

    @Test
    void aCancelledRunStopsWithRunCancelledException() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, -1, "scores");
        CancellationToken token = new CancellationToken();
        RunListener cancelOnFirstSample = new RunListener() {
            @Override
            public void onLatencySample(long nanos) {
                token.cancel();
            }
        };
        RunSpec spec = spec(Set.of(RunMode.ONLINE), List.of(), 0, 1000);
        assertThrows(RunCancelledException.class, () -> run(p, spec, threeClasses(), cancelOnFirstSample, token));
        assertEquals(1 + 1, p.callRows.size());
    }

    @Test
    void listenerHearsThePhasesInOrder() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, -1, "scores");
        List<Phase> phases = new ArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void onPhase(Phase phase, long total) {
                phases.add(phase);
            }
        };
        run(p, spec(Set.of(RunMode.ONLINE, RunMode.BATCH), List.of(1, 2), 2, 5), threeClasses(), listener, null);
        assertEquals(List.of(Phase.LOADING, Phase.QUALITY, Phase.LATENCY, Phase.THROUGHPUT, Phase.DONE), phases);
    }

    @Test
    void regressionReportsErrorsExactly() throws IOException {
        LinearProvider p = new LinearProvider(new float[][] {{2}, {1}}, -1, "variable");
        Dataset data = TestDatasets.regression("r.csv", 2, new float[] {1, 0, 0, 1, 1, 1}, new double[] {2, 2, 3});
        RunResult r = run(p, spec(Set.of(), List.of(), 0, 1), data, null, null);
        // predictions 2, 1, 3: errors 0, -1, 0
        assertEquals(1.0 / 3, r.quality().mse(), 1e-12);
        assertEquals(1.0 / 3, r.quality().mae(), 1e-12);
        // mean 7/3, total sum of squares 2/3, residual sum 1
        assertEquals(1 - 1.0 / (2.0 / 3), r.quality().r2(), 1e-12);
    }

    @Test
    void provenanceRecordsTheModelHashBackendAndSettings() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, -1, "scores");
        RunSpec spec = spec(Set.of(), List.of(), 0, 1);
        RunResult r = run(p, spec, threeClasses(), null, null);
        assertEquals(FileDigest.sha256(spec.model()), r.model().sha256());
        assertEquals("ba91f6ded0b9b5c5fdc2dae6bc1ae6f43ea5ad22cb3fb3a39c2b7efc4937ad9b".length(),
                r.model().sha256().length());
        assertEquals("Linear", r.provenance().backend());
        assertEquals("linear:cpu", r.provenance().device());
        assertEquals("7", r.provenance().settings().get("seed"));
        assertEquals(7L, r.provenance().seed());
        assertEquals("x", r.model().inputUsed());
        assertEquals("scores", r.model().outputUsed());
        assertEquals(List.of("a", "b", "c"), r.dataset().classNames());
        assertNull(r.dataset().sha256());
    }

    @Test
    void theLastQualitySoFarIsTheFinalAccuracy() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, -1, "scores");
        List<Double> soFar = new ArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void onQualitySoFar(long rows, double accuracyOrMse) {
                soFar.add(accuracyOrMse);
            }
        };
        RunResult r = run(p, spec(Set.of(), List.of(), 0, 1), threeClasses(), listener, null);
        assertEquals(r.quality().accuracy(), soFar.get(soFar.size() - 1), 1e-12);
    }

    @Test
    void aRunResultSurvivesTheJsonRoundTrip() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, -1, "scores");
        RunResult r = run(p, spec(Set.of(RunMode.ONLINE, RunMode.BATCH), List.of(1, 4), 2, 5), threeClasses(),
                null, null);
        ResultJson json = new ResultJson();
        Path file = dir.resolve("run.json");
        json.write(r, file);
        assertEquals(json.toJson(r), json.toJson(json.read(file)));
    }
}
