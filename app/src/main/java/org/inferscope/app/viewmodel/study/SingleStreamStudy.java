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
 * SingleStream, as MLPerf LoadGen defines it: one query of one row at a time, the next as soon as the
 * previous completes; the metric is the 90th percentile latency, with a bootstrap 95% interval.
 */
public final class SingleStreamStudy {
    static final String NAME = "SingleStream";
    private final StudyContext context;
    private final StudyTask task;
    private final LoadGenScenarios scenarios;
    private final StringProperty queries = new SimpleStringProperty(this, "queries", "300");
    private final StringBinding problem;
    private final ScenarioResult<SingleStreamOutcome> result;

    SingleStreamStudy(StudyContext context, StudyTask task) {
        this.context = context;
        this.task = task;
        this.scenarios = new LoadGenScenarios(context.evaluation());
        this.problem = Bindings.createStringBinding(() -> ScenarioSettings.problem(this::queryCount), queries);
        this.result = new ScenarioResult<>("singlestream", "Run to measure the 90th percentile latency of one query"
                + " at a time, with its 95% interval.", ScenarioCharts.emptySingleStream(),
                context.errors());
    }

    /** Measures the configuration open now with the typed number of queries; refused in one sentence otherwise. */
    public void run() {
        if (!problem.get().isEmpty()) {
            context.errors().accept(new ErrorReport(problem.get(), ""));
            return;
        }
        int count = queryCount();
        task.start(NAME, (subject, progress) -> measure(subject, progress, count), result::show);
    }

    private SingleStreamOutcome measure(StudySubject subject, StudyTask.Progress progress, int count) {
        RunSpec spec = ScenarioSettings.withCounts(subject.spec(), count, List.of(1));
        ScenarioProgress listener = new ScenarioProgress(progress, NAME);
        LoadGenScenarios.SingleStream measured = scenarios.singleStream(spec, subject.dataset(), listener,
                progress.cancellation());
        return new SingleStreamOutcome(ScenarioSettings.configuration(subject), spec.warmup(), measured,
                listener.latencyMicros());
    }

    private int queryCount() {
        return ScenarioSettings.whole(queries.get(), "Queries", 10, 10_000_000);
    }

    /** Timed queries, as typed. */
    public StringProperty queriesProperty() {
        return queries;
    }

    /** What is wrong with the settings, or "" when Run can go ahead. */
    public StringBinding problemProperty() {
        return problem;
    }

    public ScenarioResult<SingleStreamOutcome> result() {
        return result;
    }
}
