package org.inferscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.report.ResultJson;
import org.inferscope.engine.stats.LatencyComparison;
import org.inferscope.engine.stats.ThroughputComparison;
import org.inferscope.engine.sweep.RunComparison;
import org.inferscope.engine.sweep.SampledRun;
import org.inferscope.engine.sweep.SweepPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inferscope compare A B}: is B really faster or more accurate than A? */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare two saved runs with 95%% bootstrap intervals and McNemar's test: 'B is faster' only when"
                + " the interval of the difference says so. Sweep points (OUT/points/NNNN.json) carry the raw samples;"
                + " eval results give point estimates only.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "The baseline: a sweep point or an eval result (JSON).")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The candidate.")
    Path b;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print the comparison as JSON.")
    boolean json;

    private final CliContext context;

    CompareCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RunComparison c = RunComparison.of(read(a), read(b), seed);
        if (json) {
            context.out().println(context.json().toJson(c));
            return InferScopeCli.OK;
        }
        var out = context.out();
        out.println("A           " + a + "\nB           " + b);
        out.println("Accuracy    A " + Intervals.percent(c.a().accuracy()) + "   B " + Intervals.percent(c.b().accuracy()));
        if (c.accuracy() != null) {
            out.printf(Locale.ROOT, "            McNemar: %d rows right only in A, %d only in B, p = %.4f: %s%n",
                    c.accuracy().onlyARight(), c.accuracy().onlyBRight(), c.accuracy().pValue(), c.accuracy().verdict().words());
        }
        latency(c.p50(), "p50");
        latency(c.p99(), "p99");
        for (ThroughputComparison t : c.throughput()) {
            out.printf(Locale.ROOT, "Batch %-5d A %s   B %s rows/s; B - A %s: %s%n", t.batchSize(), Intervals.rate(t.a()),
                    Intervals.rate(t.b()), Intervals.rate(t.difference()), t.verdict() == org.inferscope.engine.stats.Verdict.B_BETTER
                            ? "B is faster" : t.verdict() == org.inferscope.engine.stats.Verdict.A_BETTER ? "A is faster"
                            : t.verdict().words());
        }
        c.notes().forEach(n -> out.println("Note        " + n));
        return InferScopeCli.OK;
    }

    private void latency(LatencyComparison l, String name) {
        if (l == null) {
            return;
        }
        context.out().printf(Locale.ROOT, "Latency %s A %s   B %s; B - A %s: %s%n", name, Intervals.micros(l.a()),
                Intervals.micros(l.b()), Intervals.micros(l.difference()),
                l.verdict() == org.inferscope.engine.stats.Verdict.B_BETTER ? "B is faster"
                        : l.verdict() == org.inferscope.engine.stats.Verdict.A_BETTER ? "A is faster" : l.verdict().words());
    }

    /** A sweep point with its samples, or an eval result without any. */
    private SampledRun read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new BadInputException("Could not read " + file + " (" + e.getMessage() + "): check the path.", e);
        }
        ObjectMapper mapper = ResultJson.newMapper();
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree != null && tree.has("configuration") && tree.has("run")) {
                SweepPoint p = mapper.treeToValue(tree, SweepPoint.class);
                if (p.run() == null) {
                    throw new BadInputException(file + " is a sweep point that failed (" + p.error() + "): nothing to compare.");
                }
                return p.run();
            }
        } catch (IOException e) {
            throw new BadInputException(file + " is not JSON: " + e.getMessage(), e);
        }
        return new SampledRun(context.json().fromJson(text, file.toString()), null, null, null, null);
    }
}
