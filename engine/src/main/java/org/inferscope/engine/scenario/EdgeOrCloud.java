package org.inferscope.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.ThroughputPoint;

/**
 * Edge versus cloud: is a remote, faster device worth the network? The remote's measured time per
 * batch gets the round trip and the transfer of the request and the response added; the local
 * device's measured time stands as it is. Both come from saved results of {@code eval}.
 */
public final class EdgeOrCloud {

    private EdgeOrCloud() {
    }

    /** The network between the caller and the remote device. */
    public record Link(double roundTripMillis, double megabitsPerSecond) {
        public Link {
            if (roundTripMillis < 0 || !(megabitsPerSecond > 0)) {
                throw new BadInputException("The round trip must be >= 0 ms and the bandwidth > 0 Mbit/s.");
            }
        }

        double transferMillis(long bytes) {
            return bytes * 8 / (megabitsPerSecond * 1e6) * 1e3;
        }
    }

    /**
     * One batch size, end to end.
     *
     * @param breakEvenRoundTripMillis the round trip below which the remote wins; negative when it never does
     */
    public record Comparison(int batchSize, double localMillis, double remoteComputeMillis, double transferMillis,
                             double roundTripMillis, double remoteTotalMillis, String faster,
                             double breakEvenRoundTripMillis) {
    }

    /**
     * Every batch size both results measured (batch 1 from the single-row median when there is no
     * batch-1 throughput).
     */
    public static List<Comparison> compare(RunResult local, RunResult remote, Link link, long requestBytesPerRow,
                                           long responseBytesPerRow) {
        List<Comparison> out = new ArrayList<>();
        for (int batch : batchSizes(local, remote)) {
            double l = millisPerBatch(local, batch);
            double r = millisPerBatch(remote, batch);
            if (Double.isNaN(l) || Double.isNaN(r)) {
                continue;
            }
            double transfer = link.transferMillis((requestBytesPerRow + responseBytesPerRow) * batch);
            double total = r + transfer + link.roundTripMillis();
            out.add(new Comparison(batch, l, r, transfer, link.roundTripMillis(), total, total < l ? "remote" : "local",
                    l - r - transfer));
        }
        if (out.isEmpty()) {
            throw new BadInputException("The two results share no batch size and no single-row latency: run eval with"
                    + " the same --batch sizes on both devices.");
        }
        return out;
    }

    private static List<Integer> batchSizes(RunResult a, RunResult b) {
        java.util.TreeSet<Integer> sizes = new java.util.TreeSet<>();
        a.throughput().forEach(p -> sizes.add(p.batchSize()));
        b.throughput().forEach(p -> sizes.add(p.batchSize()));
        if (a.latency() != null && b.latency() != null) {
            sizes.add(1);
        }
        return List.copyOf(sizes);
    }

    static double millisPerBatch(RunResult r, int batch) {
        for (ThroughputPoint p : r.throughput()) {
            if (p.batchSize() == batch && p.rowsPerSecond() > 0) {
                return batch / p.rowsPerSecond() * 1e3;
            }
        }
        return batch == 1 && r.latency() != null ? r.latency().p50Micros() / 1e3 : Double.NaN;
    }
}
