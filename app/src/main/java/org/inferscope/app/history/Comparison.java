package org.inferscope.app.history;

import java.time.Instant;

/**
 * A named set of runs compared together.
 *
 * @param id the store's id
 * @param name the user's name for it
 * @param createdAt when it was started
 * @param runCount how many runs it holds
 */
public record Comparison(long id, String name, Instant createdAt, int runCount) {
}
