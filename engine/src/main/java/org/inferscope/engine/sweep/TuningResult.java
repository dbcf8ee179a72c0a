package org.inferscope.engine.sweep;

import java.util.List;
import org.inferscope.engine.stats.LatencyComparison;
import org.inferscope.engine.stats.McNemarTest;
import org.inferscope.engine.stats.ThroughputComparison;

/**
 * What the tuner found.
 *
 * @param schemaVersion version of this shape
 * @param objective what "fastest" meant
 * @param withinPoints the allowed accuracy loss, in percentage points of FP32's accuracy
 * @param baseline FP32, the original: the faster of its two measurements
 * @param winner the fastest configuration within the allowed loss that is significantly faster than the
 *               baseline, or null when none is
 * @param best the fastest within the allowed loss by point estimate, even if not significantly faster
 *             (null when none but the baseline qualified)
 * @param verdict one or two sentences: the answer, or why there is none
 * @param speed the winner's (else best's) speed against the baseline, with intervals; one of the two is set
 * @param latency see {@code speed}
 * @param accuracy McNemar's test of the winner (else best) against the baseline on the same rows
 * @param evaluated every configuration measured, baseline first, with frontier marks
 * @param untried candidates skipped, each with why (budget spent, a less pruned one already failed)
 * @param notes how steady the machine was: FP32 is measured at the start and again at the end
 * @param seconds wall time spent
 */
public record TuningResult(int schemaVersion, TuningObjective objective, double withinPoints, PointSummary baseline,
                           PointSummary winner, PointSummary best, String verdict, ThroughputComparison speed,
                           LatencyComparison latency, McNemarTest accuracy, List<PointSummary> evaluated,
                           List<String> untried, List<String> notes, double seconds) {

    public static final int SCHEMA_VERSION = 1;
}
