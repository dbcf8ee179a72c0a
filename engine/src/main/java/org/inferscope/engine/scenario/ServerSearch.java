package org.inferscope.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The highest Poisson arrival rate whose p99 latency meets a bound, found by trials: from half the
 * measured capacity, up until a rate fails, down until one passes, then by bisection.
 *
 * @param boundMicros the p99 latency bound
 * @param serviceMicros mean time of one query back to back (1 / capacity)
 * @param trials every trial, in the order run
 * @param maxRatePerSecond the highest rate that met the bound, or null when none did
 * @param verdict one sentence
 */
public record ServerSearch(double boundMicros, double serviceMicros, List<ServerTrial> trials, Double maxRatePerSecond,
                           String verdict) {

    /** Settings: queries per trial, bisection steps, seed for the arrivals. */
    public record Settings(long boundNanos, int queries, int steps, long seed) {
    }

    /** A trial at a lower rate would take longer than this, or the rate would be below 1/64 of the capacity. */
    static final double LONGEST_TRIAL_SECONDS = 30;

    public static ServerSearch run(PoissonServer server, Settings s) {
        double service = server.serviceNanos(Math.min(50, Math.max(5, s.queries() / 20)));
        double capacity = 1e9 / service;
        double lowest = Math.max(capacity / 64, s.queries() / LONGEST_TRIAL_SECONDS);
        List<ServerTrial> trials = new ArrayList<>();
        Double lo = null;
        Double hi = null;
        double rate = capacity / 2;
        for (int i = 0; i < 12 && (lo == null || hi == null) && (i == 0 || rate >= lowest); i++) {
            ServerTrial t = server.trial(rate, s.queries(), s.boundNanos(), s.seed());
            trials.add(t);
            if (t.meetsBound()) {
                lo = rate;
                rate = hi == null ? rate * 2 : rate;
            } else {
                hi = rate;
                rate = lo == null ? rate / 4 : rate;
            }
        }
        for (int i = 0; lo != null && hi != null && i < s.steps(); i++) {
            double mid = (lo + hi) / 2;
            ServerTrial t = server.trial(mid, s.queries(), s.boundNanos(), s.seed());
            trials.add(t);
            if (t.meetsBound()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new ServerSearch(s.boundNanos() / 1e3, service / 1e3, trials, lo, verdict(lo, hi, s, capacity));
    }

    private static String verdict(Double lo, Double hi, Settings s, double capacity) {
        double bound = s.boundNanos() / 1e3;
        if (lo == null) {
            return String.format(Locale.ROOT, "No rate tried meets p99 <= %.0f µs, down to %.1f queries/s: one query"
                    + " alone takes about %.0f µs.", bound, hi, 1e6 / capacity);
        }
        if (hi == null) {
            return String.format(Locale.ROOT, "Every rate tried meets p99 <= %.0f µs, up to %.0f queries/s.", bound, lo);
        }
        return String.format(Locale.ROOT, "Up to %.0f queries/s (%.0f%% of the %.0f queries/s one server can answer"
                + " back to back) meet p99 <= %.0f µs; %.0f queries/s does not.", lo, 100 * lo / capacity, capacity,
                bound, hi);
    }
}
