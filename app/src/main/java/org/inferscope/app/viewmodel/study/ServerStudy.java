package org.inferscope.app.viewmodel.study;

import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.scenario.PoissonServer;
import org.inferscope.engine.scenario.ScenarioCharts;
import org.inferscope.engine.scenario.ScenarioClock;
import org.inferscope.engine.scenario.ServerSearch;
import org.inferscope.engine.scenario.ServingSession;

/**
 * Server, as MLPerf LoadGen defines it: single-row queries arrive as a Poisson process and one server
 * answers them in order, latency counted from arrival, queueing included; the search finds the highest
 * rate whose p99 latency meets the bound.
 */
public final class ServerStudy {
    static final String NAME = "Server";
    private final StudyContext context;
    private final StudyTask task;
    private final StringProperty boundMillis = new SimpleStringProperty(this, "boundMillis", "10");
    private final StringProperty queries = new SimpleStringProperty(this, "queries", "2000");
    private final StringProperty steps = new SimpleStringProperty(this, "steps", "6");
    private final StringBinding problem;
    private final ScenarioResult<ServerOutcome> result;

    /** What a search runs with, read from the fields once at Run. */
    private record Settings(double boundMillis, int queries, int steps) {
    }

    ServerStudy(StudyContext context, StudyTask task) {
        this.context = context;
        this.task = task;
        this.problem = Bindings.createStringBinding(() -> ScenarioSettings.problem(this::settings), boundMillis,
                queries, steps);
        this.result = new ScenarioResult<>("server", "Run to find the highest query rate whose p99 latency meets the"
                + " bound.", ScenarioCharts.emptyServer(), context.errors());
    }

    /** Searches on the configuration open now; refused in one sentence when a setting is wrong. */
    public void run() {
        if (!problem.get().isEmpty()) {
            context.errors().accept(new ErrorReport(problem.get(), ""));
            return;
        }
        Settings settings = settings();
        task.start(NAME, (subject, progress) -> search(subject, progress, settings), result::show);
    }

    private ServerOutcome search(StudySubject subject, StudyTask.Progress progress, Settings s) {
        RunSpec spec = subject.spec();
        progress.update(-1, NAME + ": opening a session of the model…");
        try (ServingSession serving = ServingSession.open(context.registry(), spec, subject.dataset())) {
            PoissonServer server = new PoissonServer(ScenarioClock.SYSTEM, counted(serving::serve, progress),
                    serving.rows(), progress.cancellation());
            server.serviceNanos(Math.max(1, spec.warmup())); // warm-up, untimed, as the command line does
            ServerSearch search = ServerSearch.run(server, new ServerSearch.Settings((long) (s.boundMillis() * 1e6),
                    s.queries(), s.steps(), spec.seed()));
            return new ServerOutcome(ScenarioSettings.configuration(subject), s.boundMillis(), s.queries(), s.steps(),
                    search);
        }
    }

    /** Reports every 500th query: the search does not know in advance how many trials it will run. */
    private static IntConsumer counted(IntConsumer serve, StudyTask.Progress progress) {
        long[] answered = {0};
        return row -> {
            serve.accept(row);
            if (++answered[0] % 500 == 0) {
                progress.update(-1, String.format(Locale.ROOT, "%s: searching the highest rate that meets the bound"
                        + " (%,d queries answered)…", NAME, answered[0]));
            }
        };
    }

    private Settings settings() {
        double bound = ScenarioSettings.number(boundMillis.get(), 0, false,
                "The p99 bound must be a number of milliseconds above 0.");
        return new Settings(bound, ScenarioSettings.whole(queries.get(), "Queries per trial", 10, 10_000_000),
                ScenarioSettings.whole(steps.get(), "Bisection steps", 0, 30));
    }

    /** The p99 latency bound in milliseconds, as typed. */
    public StringProperty boundMillisProperty() {
        return boundMillis;
    }

    public StringProperty queriesProperty() {
        return queries;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    /** What is wrong with the settings, or "" when Run can go ahead. */
    public StringBinding problemProperty() {
        return problem;
    }

    public ScenarioResult<ServerOutcome> result() {
        return result;
    }
}
