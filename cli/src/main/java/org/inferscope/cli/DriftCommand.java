package org.inferscope.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.robustness.DriftReport;
import org.inferscope.engine.robustness.FeatureDrift;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inferscope drift}: how far a dataset moved from a reference, feature by feature. */
@Command(name = "drift", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare two datasets feature by feature: population stability index (PSI) over the reference's"
                + " deciles and the two-sample Kolmogorov-Smirnov test. Largest PSI first.")
final class DriftCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "The current dataset.")
    Path data;

    @Option(names = "--against", paramLabel = "FILE", required = true, description = "The reference (e.g. the training set).")
    Path against;

    @Mixin
    DataOptionsMixin dataOptions;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Features shown (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    ChartOption chart;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    /** Bars in the chart: the window's drift chart shows as many. */
    private static final int CHART_FEATURES = 15;

    private final CliContext context;

    DriftCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Dataset reference = context.datasets().load(against, dataOptions.toOptions());
        Dataset current = context.datasets().load(data, dataOptions.toOptions());
        DriftReport report = DriftReport.of(reference, current);
        chart.writeIfAsked(report.chart(data.getFileName().toString(), against.getFileName().toString(), CHART_FEATURES));
        if (json) {
            context.out().println(context.json().toJson(report));
            return InferScopeCli.OK;
        }
        context.out().printf(Locale.ROOT, "Drift       %s (%,d rows) against %s (%,d rows): %d of %d features drifted%n",
                data.getFileName(), report.currentRows(), against.getFileName(), report.referenceRows(),
                report.drifted().size(), report.features().size());
        TextTable t = new TextTable("  FEATURE", "PSI", "LEVEL", "KS D", "KS P-VALUE");
        report.features().stream().limit(top).forEach((FeatureDrift f) -> t.row("  " + f.feature(), Format.number(f.psi(), 4),
                f.level(), Format.number(f.ksStatistic(), 4), String.format(Locale.ROOT, "%.3g", f.ksPValue())));
        t.print(context.out());
        context.out().println("Note        PSI < 0.1 none, 0.1-0.25 moderate, > 0.25 major; drifted = PSI > 0.25 or KS p below"
                + " 0.05 / features (Bonferroni)");
        return InferScopeCli.OK;
    }
}
