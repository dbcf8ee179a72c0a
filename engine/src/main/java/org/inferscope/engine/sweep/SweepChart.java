package org.inferscope.engine.sweep;

import java.util.List;
import java.util.Locale;
import org.inferscope.engine.stats.ConfidenceInterval;

/**
 * A self-contained HTML page with an SVG scatter of accuracy against throughput (log scale), each
 * point with its 95 % interval whiskers, the frontier points filled. The frontier also weighs model size, so it
 * is not a line in this plane and none is drawn. Hover shows the label.
 */
public final class SweepChart {
    private static final int W = 760;
    private static final int H = 460;
    private static final int PAD = 60;

    private SweepChart() {
    }

    public static String html(SweepReport report, String title) {
        List<PointSummary> points = report.points().stream()
                .filter(p -> p.statistics().accuracy() != null && p.statistics().rowsPerSecond() != null).toList();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n", W, H));
        if (!points.isEmpty()) {
            Axes axes = Axes.of(points);
            axes.draw(svg);
            for (PointSummary p : points) {
                point(svg, p, axes);
            }
        }
        svg.append("</svg>\n");
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head><body>\n<h1>"
                + escape(title) + "</h1>\n<p>Accuracy against throughput at each point's batch size; whiskers are 95%"
                + " bootstrap intervals; filled points are on the accuracy-throughput-size frontier.</p>\n" + svg
                + "</body></html>\n";
    }

    private static void point(StringBuilder svg, PointSummary p, Axes a) {
        ConfidenceInterval acc = p.statistics().accuracy();
        ConfidenceInterval rate = p.statistics().rowsPerSecond();
        double x = a.x(rate.estimate());
        double y = a.y(acc.estimate());
        svg.append(String.format(Locale.ROOT, "<g><title>%s: %.2f%%, %,.0f rows/s</title>"
                        + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>"
                        + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>"
                        + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"#c0392b\"/></g>%n",
                escape(p.label()), acc.estimate() * 100, rate.estimate(),
                a.x(rate.lower()), y, a.x(rate.upper()), y, x, a.y(acc.lower()), x, a.y(acc.upper()),
                x, y, p.onFrontier() ? "#c0392b" : "white"));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Log-scaled throughput across, accuracy up, both padded so no point sits on an edge. */
    private record Axes(double minLog, double maxLog, double minAcc, double maxAcc) {
        static Axes of(List<PointSummary> points) {
            double lo = points.stream().mapToDouble(p -> p.statistics().rowsPerSecond().lower()).min().orElse(1);
            double hi = points.stream().mapToDouble(p -> p.statistics().rowsPerSecond().upper()).max().orElse(10);
            double aLo = points.stream().mapToDouble(p -> p.statistics().accuracy().lower()).min().orElse(0);
            double aHi = points.stream().mapToDouble(p -> p.statistics().accuracy().upper()).max().orElse(1);
            double padAcc = Math.max(0.005, (aHi - aLo) * 0.1);
            return new Axes(Math.log10(Math.max(1e-9, lo)) - 0.1, Math.log10(Math.max(1e-9, hi)) + 0.1,
                    Math.max(0, aLo - padAcc), Math.min(1, aHi + padAcc));
        }

        double x(double rate) {
            return PAD + (Math.log10(Math.max(1e-9, rate)) - minLog) / (maxLog - minLog) * (W - 2 * PAD);
        }

        double y(double accuracy) {
            return H - PAD - (accuracy - minAcc) / Math.max(1e-9, maxAcc - minAcc) * (H - 2 * PAD);
        }

        void draw(StringBuilder svg) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                    + " stroke=\"#333\"/>%n", PAD, PAD, W - 2 * PAD, H - 2 * PAD));
            for (int i = 0; i <= 4; i++) {
                double acc = minAcc + (maxAcc - minAcc) * i / 4;
                double rate = Math.pow(10, minLog + (maxLog - minLog) * i / 4);
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f%%</text>%n",
                        PAD - 6, y(acc) + 4, acc * 100));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,.0f</text>%n",
                        x(rate), H - PAD + 18, rate));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">rows per second"
                    + " (log scale)</text>%n<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\""
                    + " text-anchor=\"middle\">accuracy</text>%n", W / 2, H - 14, H / 2, H / 2));
        }
    }
}
