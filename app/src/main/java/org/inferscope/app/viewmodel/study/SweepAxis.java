package org.inferscope.app.viewmodel.study;

/** What the sweep's chart puts across: single-row latency, or throughput at each point's batch size. */
public enum SweepAxis {
    P50_LATENCY("single-row p50 latency (µs)", "p50 latency"),
    THROUGHPUT("rows per second at the point's batch size", "throughput");

    private final String title;
    private final String words;

    SweepAxis(String title, String words) {
        this.title = title;
        this.words = words;
    }

    /** The axis' title, with its unit. */
    public String title() {
        return title;
    }

    /** "p50 latency", for the choice box and the chart's title. */
    public String words() {
        return words;
    }

    @Override
    public String toString() {
        return words;
    }
}
