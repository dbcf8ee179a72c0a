package org.inferscope.engine.stats;

/** What a comparison of A and B may claim. */
public enum Verdict {
    /** B is better than A (faster, or more accurate), and the statistics say so. */
    B_BETTER("B is better than A"),
    /** A is better than B, and the statistics say so. */
    A_BETTER("A is better than B"),
    /** The data do not show a difference at the 95 % level. */
    NO_SIGNIFICANT_DIFFERENCE("no significant difference");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
