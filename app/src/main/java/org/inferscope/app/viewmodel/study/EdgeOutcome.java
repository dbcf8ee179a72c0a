package org.inferscope.app.viewmodel.study;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.engine.scenario.EdgeOrCloud;
import org.inferscope.engine.scenario.ScenarioCharts;

/**
 * Edge versus cloud's answer: per batch size, the local device's measured time against the remote's
 * plus the network, and from which batch size (if any) the remote wins.
 *
 * @param local the local run's label
 * @param remote the remote run's label
 * @param localColour the local run's colour in the comparison
 * @param remoteColour the remote run's colour in the comparison
 * @param requestBytesPerRow bytes sent per row
 * @param responseBytesPerRow bytes returned per row
 * @param comparisons one per batch size both runs measured, smallest first
 */
public record EdgeOutcome(String local, String remote, String localColour, String remoteColour,
                          EdgeOrCloud.Link link, long requestBytesPerRow, long responseBytesPerRow,
                          List<EdgeOrCloud.Comparison> comparisons) implements ScenarioOutcome {

    public EdgeOutcome {
        comparisons = List.copyOf(comparisons);
    }

    /** The batch sizes at which the remote device, network included, finishes first. */
    public List<Integer> remoteWins() {
        return comparisons.stream().filter(c -> "remote".equals(c.faster())).map(EdgeOrCloud.Comparison::batchSize)
                .toList();
    }

    @Override
    public String headline() {
        List<Integer> wins = remoteWins();
        int first = comparisons.get(0).batchSize();
        int last = comparisons.get(comparisons.size() - 1).batchSize();
        if (wins.isEmpty()) {
            return "The local device is faster at every batch size measured (" + span(first, last) + "): the network"
                    + " costs more than the remote device saves.";
        }
        if (wins.size() == comparisons.size()) {
            return "The remote device is faster at every batch size measured (" + span(first, last) + "), network"
                    + " included.";
        }
        int from = wins.get(0);
        boolean fromThenOn = comparisons.stream().filter(c -> c.batchSize() >= from).allMatch(c -> "remote"
                .equals(c.faster()));
        return fromThenOn ? "The remote device wins from batch size " + from + " up, network included; below it the"
                + " local device is faster." : "The remote device wins, network included, at batch sizes " + wins.stream()
                .map(String::valueOf).collect(Collectors.joining(", ")) + " only.";
    }

    private static String span(int first, int last) {
        return first == last ? "batch size " + first : "batch sizes " + first + " to " + last;
    }

    @Override
    public String setting() {
        return String.format(Locale.ROOT, "Local: %s · remote: %s · %s round trip, %s Mbit/s, %,d bytes up and %,d"
                + " down per row", local, remote, ScenarioWords.millis(link.roundTripMillis()),
                LineChartModel.shortNumber(link.megabitsPerSecond()), requestBytesPerRow, responseBytesPerRow);
    }

    /** The remote's compute alone first, so that the local curve, often close to it, is drawn over it. */
    @Override
    public LineChartModel chart() {
        return ScenarioCharts.edge(comparisons, local, localColour, remote, remoteColour);
    }

    @Override
    public ScenarioTable table() {
        return new ScenarioTable(List.of("Batch", "Local", "Remote compute", "Transfer", "Round trip", "Remote total",
                "Faster", "Remote wins below RTT"), comparisons.stream().map(c -> List.of(Integer.toString(c.batchSize()),
                ms(c.localMillis()), ms(c.remoteComputeMillis()), ms(c.transferMillis()), ms(c.roundTripMillis()),
                ms(c.remoteTotalMillis()), c.faster(), c.breakEvenRoundTripMillis() > 0
                        ? ms(c.breakEvenRoundTripMillis()) : "never")).toList());
    }

    /** As the command line prints them: "0.125 ms". */
    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.3f ms", millis);
    }

    @Override
    public List<String> csvHeader() {
        return List.of("batch_size", "local_ms", "remote_compute_ms", "transfer_ms", "round_trip_ms", "remote_total_ms",
                "faster", "remote_wins_below_rtt_ms");
    }

    @Override
    public List<List<String>> csvRows() {
        return comparisons.stream().map(c -> List.of(Integer.toString(c.batchSize()),
                ScenarioExport.number(c.localMillis()), ScenarioExport.number(c.remoteComputeMillis()),
                ScenarioExport.number(c.transferMillis()), ScenarioExport.number(c.roundTripMillis()),
                ScenarioExport.number(c.remoteTotalMillis()), c.faster(), c.breakEvenRoundTripMillis() > 0
                        ? ScenarioExport.number(c.breakEvenRoundTripMillis()) : "")).toList();
    }
}
