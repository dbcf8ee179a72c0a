package org.inferscope.app.viewmodel.study;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.engine.report.chart.Palette;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.sweep.AccuracyTuner;
import org.inferscope.engine.sweep.PointSummary;
import org.inferscope.engine.sweep.SweepConfiguration;
import org.inferscope.engine.sweep.SweepListener;
import org.inferscope.engine.sweep.TuningResult;

/**
 * The accuracy-aware tuner: the fastest configuration whose accuracy stays within X points of FP32,
 * trying INT8, FP16 and pruning until the time budget is spent, as {@code inferscope tune} does. Shows
 * the answer, or why there is none, the evidence (speed and McNemar against FP32) and every
 * configuration it measured with the frontier.
 */
public final class TunerStudy {
    private final StudyContext context;
    private final SweepListener observer;
    private final StudyTask task;
    private final TunerForm form = new TunerForm();
    private final ObservableList<SweepRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> evidence = FXCollections.observableArrayList();
    private final ObservableList<String> untried = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TuningResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyObjectWrapper<PointsChart> chart = new ReadOnlyObjectWrapper<>(this, "chart",
            PointsChart.of(SweepCharts.TUNER_ID, "Tuner: accuracy vs throughput", SweepAxis.THROUGHPUT.title(),
                    "accuracy (%)", List.of(), List.of(), "",
                    SweepCharts.frontierName(SweepAxis.THROUGHPUT, "accuracy")));

    public TunerStudy(StudyContext context) {
        this(context, SweepListener.NONE);
    }

    /** @param observer also hears every measurement, on the engine thread (tests) */
    TunerStudy(StudyContext context, SweepListener observer) {
        this.context = context;
        this.observer = observer;
        this.task = new StudyTask(context);
    }

    /** Takes the batch size from the workbench's configuration, when there is one. */
    public void prefill() {
        try {
            form.prefill(context.subject().get());
        } catch (RuntimeException e) {
            // nothing open yet: the form keeps its defaults, and Start says what is missing
        }
    }

    /** Starts tuning the current configuration's model and dataset; refused, with a sentence, when it cannot run. */
    public void start() {
        AccuracyTuner.Settings settings;
        RunSpec base;
        try {
            StudySubject subject = context.subject().get();
            if (subject.dataset().target().task() != Task.CLASSIFICATION) {
                throw new BadInputException("The tuner holds configurations to an accuracy: it needs a classification"
                        + " dataset.");
            }
            base = calibrationOnly(subject.spec());
            settings = form.settings(base.device(), base.seed());
        } catch (RuntimeException e) {
            context.errors().accept(ErrorReport.of(e));
            return;
        }
        verdict.set("");
        task.start("Tuning", (subject, progress) -> new AccuracyTuner(context.evaluation()).tune(base,
                subject.dataset(), settings, new TunerEvents(settings, progress, observer), progress.cancellation()),
                this::show);
    }

    public void cancel() {
        task.cancel();
    }

    /** The engine's {@code TuningResult} as JSON, as {@code inferscope tune --out} writes it. */
    public void exportJson(Path file) {
        export(() -> SweepExport.writeJson(result.get(), file));
    }

    /** A row per configuration measured, with its role and every interval's bounds, then the untried ones. */
    public void exportCsv(Path file) {
        export(() -> SweepExport.writeTunerCsv(result.get(), rows, file));
    }

    private void export(Runnable write) {
        if (result.get() == null) {
            context.errors().accept(new ErrorReport("Run the tuner first: there is nothing to export yet.", ""));
            return;
        }
        try {
            write.run();
        } catch (RuntimeException e) {
            context.errors().accept(ErrorReport.of(e));
        }
    }

    /** The configuration with its transform's calibration settings only: the tuner starts from FP32. */
    private static RunSpec calibrationOnly(RunSpec spec) {
        TransformSpec t = spec.transform();
        return spec.withTransform(new TransformSpec(Precision.FP32, t.perChannel(), t.calibration(), t.percentile(),
                t.calibrationRows(), 0, false, t.scope()));
    }

    // ---- publishing (UI thread) ----

    private void show(TuningResult r) {
        result.set(r);
        verdict.set(r.verdict());
        List<SweepRow> measured = rows(r);
        rows.setAll(measured);
        evidence.setAll(TunerEvidence.lines(r));
        untried.setAll(r.untried());
        chart.set(SweepCharts.tuner(r, measured));
    }

    /** Rows in the order measured; the two FP32 measurements told apart, the baseline, the answer and the best named. */
    static List<SweepRow> rows(TuningResult r) {
        int fp32Runs = (int) r.evaluated().stream().filter(TunerStudy::isFp32).count();
        Map<String, String> colours = new LinkedHashMap<>();
        List<SweepRow> out = new ArrayList<>();
        boolean firstFp32 = true;
        for (PointSummary p : r.evaluated()) {
            String label = SweepWords.label(p.configuration(), false);
            if (isFp32(p) && fp32Runs > 1) {
                label += firstFp32 ? " (start)" : " (end)";
                firstFp32 = false;
            }
            String colour = colours.computeIfAbsent(SweepWords.variant(p.configuration()),
                    k -> Palette.colour(colours.size()));
            out.add(SweepRow.measured(p, role(r, p), label, colour, null));
        }
        return out;
    }

    private static String role(TuningResult r, PointSummary p) {
        if (same(p, r.winner())) {
            return "answer";
        }
        if (same(p, r.baseline())) {
            return "baseline";
        }
        if (same(p, r.best())) {
            return "fastest, not significant";
        }
        return "";
    }

    private static boolean same(PointSummary p, PointSummary q) {
        return q != null && p.index() == q.index();
    }

    private static boolean isFp32(PointSummary p) {
        SweepConfiguration c = p.configuration();
        return c.precision() == Precision.FP32 && c.sparsity() == 0;
    }

    // ---- properties ----

    public TunerForm form() {
        return form;
    }

    /** Running, progress and the status line ("candidate 3 of 10: INT8 static · batch 256, 40 s of 2 min spent"). */
    public StudyTask task() {
        return task;
    }

    /** The answer in one or two sentences, "" before the first result. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The speed and accuracy tests behind the answer, notes on the machine's steadiness, the time spent. */
    public ObservableList<String> evidence() {
        return evidence;
    }

    /** The candidates not tried, each with why ("...: not tried: the time budget (120s) would be exceeded"). */
    public ObservableList<String> untried() {
        return untried;
    }

    /** Every configuration measured, baseline first, with frontier marks and roles. */
    public ObservableList<SweepRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<PointsChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TuningResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The tuner's progress line. Engine thread. */
    private static final class TunerEvents implements SweepListener {
        private final AccuracyTuner.Settings settings;
        private final StudyTask.Progress progress;
        private final SweepListener observer;
        private final long start = System.nanoTime();

        TunerEvents(AccuracyTuner.Settings settings, StudyTask.Progress progress, SweepListener observer) {
            this.settings = settings;
            this.progress = progress;
            this.observer = observer;
        }

        @Override
        public void onStart(int total, int alreadyDone, Duration estimate) {
            observer.onStart(total, alreadyDone, estimate);
        }

        @Override
        public void onPointStarted(SweepConfiguration c, int index, int total) {
            int candidates = settings.candidates().size();
            String what = index == 0 ? "FP32, the baseline"
                    : index > candidates ? "FP32 again, to check that the machine's speed held"
                    : "candidate " + index + " of " + candidates + ": " + SweepWords.label(c, false);
            Duration spent = Duration.ofNanos(System.nanoTime() - start);
            double budget = Math.max(1, settings.budget().toMillis());
            progress.update(Math.min(0.98, spent.toMillis() / budget), String.format(Locale.ROOT,
                    "%s, %s of the %s budget spent", what, SweepWords.duration(spent),
                    SweepWords.duration(settings.budget())));
            observer.onPointStarted(c, index, total);
        }

        @Override
        public void onPointSaved(org.inferscope.engine.sweep.SweepPoint point, int done, int total, Duration remaining) {
            observer.onPointSaved(point, done, total, remaining);
        }

        @Override
        public org.inferscope.engine.bench.RunListener runListener() {
            return observer.runListener();
        }
    }
}
