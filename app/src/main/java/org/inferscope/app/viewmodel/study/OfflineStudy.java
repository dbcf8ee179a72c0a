package org.inferscope.app.viewmodel.study;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.scenario.LoadGenScenarios;
import org.inferscope.engine.scenario.ScenarioCharts;

/**
 * Offline, as MLPerf LoadGen defines it: every row is available at once; the metric is the most rows
 * per second over the batch sizes tried.
 */
public final class OfflineStudy {
    static final String NAME = "Offline";
    /** The engine runs 5 to 30 timed rounds per batch size. */
    static final int FEWEST_ROUNDS = 5;
    static final int MOST_ROUNDS = 30;
    private final StudyContext context;
    private final StudyTask task;
    private final LoadGenScenarios scenarios;
    private final StringProperty batchSizes = new SimpleStringProperty(this, "batchSizes", "1, 32, 256, 1024");
    private final StringProperty rounds = new SimpleStringProperty(this, "rounds", Integer.toString(MOST_ROUNDS));
    private final StringBinding problem;
    private final ScenarioResult<OfflineOutcome> result;

    OfflineStudy(StudyContext context, StudyTask task) {
        this.context = context;
        this.task = task;
        this.scenarios = new LoadGenScenarios(context.evaluation());
        this.problem = Bindings.createStringBinding(() -> ScenarioSettings.problem(() -> {
            ScenarioSettings.batchSizes(batchSizes.get());
            roundCount();
        }), batchSizes, rounds);
        this.result = new ScenarioResult<>("offline", "Run to measure rows per second at each batch size, with 95%"
                + " intervals, and find the best.", ScenarioCharts.emptyOffline(), context.errors());
    }

    /** Measures the configuration open now at the typed batch sizes; refused in one sentence otherwise. */
    public void run() {
        if (!problem.get().isEmpty()) {
            context.errors().accept(new ErrorReport(problem.get(), ""));
            return;
        }
        List<Integer> sizes = ScenarioSettings.batchSizes(batchSizes.get());
        int count = roundCount();
        task.start(NAME, (subject, progress) -> measure(subject, progress, sizes, count), result::show);
    }

    private OfflineOutcome measure(StudySubject subject, StudyTask.Progress progress, List<Integer> sizes, int count) {
        RunSpec spec = ScenarioSettings.withCounts(subject.spec(), count, sizes);
        LoadGenScenarios.Offline measured = scenarios.offline(spec, subject.dataset(), new ScenarioProgress(progress,
                NAME), progress.cancellation());
        return new OfflineOutcome(ScenarioSettings.configuration(subject), count, measured);
    }

    private int roundCount() {
        return ScenarioSettings.whole(rounds.get(), "Rounds per batch size", FEWEST_ROUNDS, MOST_ROUNDS);
    }

    /** Comma-separated batch sizes, as typed. */
    public StringProperty batchSizesProperty() {
        return batchSizes;
    }

    /** Timed rounds per batch size, as typed. */
    public StringProperty roundsProperty() {
        return rounds;
    }

    /** What is wrong with the settings, or "" when Run can go ahead. */
    public StringBinding problemProperty() {
        return problem;
    }

    public ScenarioResult<OfflineOutcome> result() {
        return result;
    }
}
