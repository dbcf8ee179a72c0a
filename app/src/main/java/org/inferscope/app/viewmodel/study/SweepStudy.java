package org.inferscope.app.viewmodel.study;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inferscope.app.history.RunHistory;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.bench.RoundTiming;
import org.inferscope.engine.sweep.PointStatus;
import org.inferscope.engine.sweep.Sweep;
import org.inferscope.engine.sweep.SweepListener;
import org.inferscope.engine.sweep.SweepPlan;
import org.inferscope.engine.sweep.SweepPoint;
import org.inferscope.engine.sweep.SweepReport;
import org.inferscope.engine.sweep.SweepStore;

/**
 * The sweep: a grid of configurations measured as one job on the engine thread, each point saved in
 * its own file under {@code <home>/sweeps/<model>-<yyyyMMdd-HHmmss>/} the moment it finishes and shown
 * at once in the table and on the chart; a cancelled or killed sweep resumes from its folder, losing at
 * most the point in flight. When it ends, {@code report.json}, {@code report.csv} and
 * {@code report.html} are written beside the points, as {@code inferscope sweep} does.
 */
public final class SweepStudy {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final StudyContext context;
    private final Path sweepsFolder;
    private final SweepListener observer;
    private final StudyTask task;
    private final SweepGrid grid;
    private final ObservableList<SweepRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SweepAxis> axis = new SimpleObjectProperty<>(this, "axis", SweepAxis.P50_LATENCY);
    private final ReadOnlyObjectWrapper<PointsChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyObjectWrapper<SweepState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final BooleanProperty addToComparison = new SimpleBooleanProperty(this, "addToComparison", true);

    /** A sweep study saving under {@code <home>/sweeps}, home as {@link RunHistory#defaultHome()} says. */
    public SweepStudy(StudyContext context) {
        this(context, RunHistory.defaultHome().resolve("sweeps"), RoundTiming.DEFAULT.target().toMillis(),
                SweepListener.NONE);
    }

    /**
     * @param sweepsFolder where new sweeps get their folders
     * @param roundMillis the length of a throughput round, for the estimate
     * @param observer also hears every sweep event, on the engine thread (tests count points with it)
     */
    SweepStudy(StudyContext context, Path sweepsFolder, long roundMillis, SweepListener observer) {
        this.context = context;
        this.sweepsFolder = sweepsFolder;
        this.observer = observer;
        this.task = new StudyTask(context);
        this.grid = new SweepGrid(roundMillis);
        axis.addListener((obs, was, now) -> redraw());
        redraw();
    }

    // ---- commands (UI thread) ----

    /** Fills the grid from the workbench's current configuration, or says why there is none. */
    public void prefill() {
        try {
            grid.prefill(context.subject().get());
        } catch (RuntimeException e) {
            grid.unavailable(ErrorReport.of(e).sentence());
        }
    }

    /** Starts the grid as a new sweep in a folder of its own; refused, with the grid's sentence, when it is not valid. */
    public void start() {
        SweepPlan plan;
        String model;
        try {
            StudySubject subject = context.subject().get();
            if (!grid.offersDevicesOf(subject)) {
                grid.prefill(subject);
                throw new org.inferscope.engine.api.BadInputException("The open model runs on other devices than the"
                        + " grid offered: the grid was filled again from the configuration; check it and start again.");
            }
            plan = grid.plan(subject.spec());
            model = subject.modelName();
        } catch (RuntimeException e) {
            context.errors().accept(ErrorReport.of(e));
            return;
        }
        Path folder = newFolder(model);
        task.start("Sweep", (subject, progress) -> run(plan, folder, false, subject.dataset(), progress),
                this::show);
    }

    /**
     * Continues the sweep saved in {@code folder} with its own settings: only the points not saved yet
     * run (failed ones are tried again).
     */
    public void resume(Path folder) {
        task.startOnItsOwn("Sweep", (subject, progress) -> {
            SweepPlan plan = SweepFolder.readPlan(folder);
            Dataset data = SweepFolder.dataset(plan, subject);
            return run(plan, folder, true, data, progress);
        }, this::show);
    }

    /** Stops after the point in flight is abandoned; every point saved so far stays saved and shown. */
    public void cancel() {
        task.cancel();
    }

    /** The report as JSON (the engine's {@code SweepReport}), as {@code report.json}. */
    public void exportJson(Path file) {
        export(s -> SweepExport.writeJson(s.report(), file));
    }

    /** A row per point of the plan with its 95% interval bounds; failed and not-run points say so. */
    public void exportCsv(Path file) {
        export(s -> SweepExport.writeCsv(s, file));
    }

    /** The engine's chart page: accuracy against throughput with interval whiskers, the frontier filled. */
    public void exportHtml(Path file) {
        export(s -> SweepExport.writeHtml(s, file));
    }

    private void export(java.util.function.Consumer<SweepState> write) {
        SweepState s = state.get();
        if (s == null) {
            context.errors().accept(new ErrorReport("Run or resume a sweep first: there is nothing to export yet.", ""));
            return;
        }
        try {
            write.accept(s);
        } catch (RuntimeException e) {
            context.errors().accept(ErrorReport.of(e));
        }
    }

    // ---- work (engine thread) ----

    private SweepState run(SweepPlan plan, Path folder, boolean resume, Dataset data, StudyTask.Progress progress) {
        SweepStore store = SweepStore.open(folder, plan, resume);
        SweepEvents events = new SweepEvents(plan, folder, store.points(), progress, observer, this::published);
        events.publishSaved();
        List<SweepPoint> points = new Sweep(context.evaluation()).run(plan, data, store, events,
                progress.cancellation());
        SweepState done = events.finished(points);
        SweepExport.writeReportFiles(done);
        return done;
    }

    /** A point was saved (or a resumed sweep's saved points were read): show it; {@code fresh} joins the comparison. */
    private void published(SweepState s, SweepPoint fresh) {
        context.ui().execute(() -> {
            show(s);
            if (fresh != null && fresh.status() == PointStatus.DONE && addToComparison.get()) {
                context.comparison().accept(fresh.run());
            }
        });
    }

    // ---- publishing (UI thread) ----

    private void show(SweepState s) {
        state.set(s);
        rows.setAll(s.rows());
        SweepReport r = s.report();
        StringBuilder words = new StringBuilder(String.format(java.util.Locale.ROOT, "%d of %d points saved",
                r.points().size() + r.failed().size(), r.total()));
        if (!r.failed().isEmpty()) {
            words.append(", ").append(r.failed().size()).append(" failed");
        }
        if (r.missing() > 0) {
            words.append(", ").append(r.missing()).append(" not run yet (Resume… continues it)");
        }
        summary.set(words.append('.').toString());
        redraw();
    }

    private void redraw() {
        SweepState s = state.get();
        chart.set(s == null ? SweepCharts.empty(axis.get()) : SweepCharts.sweep(s, axis.get()));
    }

    private Path newFolder(String model) {
        String name = (model == null || model.isBlank() ? "model" : model).replaceAll("[^A-Za-z0-9._-]+", "-")
                + "-" + LocalDateTime.now().format(STAMP);
        Path folder = sweepsFolder.resolve(name);
        for (int n = 2; java.nio.file.Files.exists(folder); n++) {
            folder = sweepsFolder.resolve(name + "-" + n);
        }
        return folder;
    }

    // ---- properties ----

    public SweepGrid grid() {
        return grid;
    }

    /** Running, progress and the status line ("point 5 of 18: INT8 dynamic · 50% structured · batch 64, about 40 s left"). */
    public StudyTask task() {
        return task;
    }

    /** A row per saved point in grid order, the failed ones with their sentence. */
    public ObservableList<SweepRow> rows() {
        return rows;
    }

    /** What the chart puts across. */
    public ObjectProperty<SweepAxis> axisProperty() {
        return axis;
    }

    public ReadOnlyObjectProperty<PointsChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The sweep shown (its plan, folder, points and report), null before the first. */
    public ReadOnlyObjectProperty<SweepState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "12 of 18 points saved, 1 failed, 5 not run yet (Resume… continues it)." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether each finished point's result also joins the comparison (and the history). */
    public BooleanProperty addToComparisonProperty() {
        return addToComparison;
    }

    /** Where new sweeps get their folders: the place to start looking for one to resume. */
    public Path sweepsFolder() {
        return sweepsFolder;
    }
}
