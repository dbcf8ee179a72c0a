package org.inferscope.app.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.inferscope.app.history.Comparison;
import org.inferscope.app.history.HistoryException;
import org.inferscope.app.history.RunStore;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.bench.RoundTiming;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.resources.EnergyMeter;
import org.inferscope.engine.sweep.SampledEvaluation;
import org.inferscope.app.viewmodel.study.StudyContext;
import org.inferscope.app.viewmodel.study.StudySubject;

/**
 * The workbench's state and commands. Engine work runs on {@code worker}; every property changes on
 * {@code ui} only (the FX thread in the app, the calling thread in tests). Nothing here throws into
 * the UI: failures become {@link #errorProperty()}.
 */
public final class WorkbenchViewModel {
    private final ProviderRegistry registry;
    private final Executor worker;
    private final Executor ui;
    private final FileOpener opener;
    private final ComparisonExporter exporter = new ComparisonExporter();
    private final SavedComparisons history;

    private final ReadOnlyObjectWrapper<ModelCard> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<DatasetCard> datasetCard = new ReadOnlyObjectWrapper<>(this, "datasetCard");
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "");
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(this, "canRun", false);
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final DeviceChoice devices = new DeviceChoice(model::get);
    private final RunConfiguration configuration = new RunConfiguration();
    private final LiveRunState live = new LiveRunState();
    private final ComparisonRows rows = new ComparisonRows();
    private final RunQueue queue;
    private final StudyContext studies;
    private Dataset dataset;
    private String bindingProblem = "";

    /** A workbench whose comparisons live in memory only, for this session. */
    public WorkbenchViewModel(ProviderRegistry registry, Executor worker, Executor ui) {
        this(registry, worker, ui, RunStore.inMemory());
    }

    /**
     * A workbench that saves every finished run in {@code store} and opens with its latest
     * comparison; a store that could not be opened shows its sentence as the error.
     */
    public WorkbenchViewModel(ProviderRegistry registry, Executor worker, Executor ui, RunStore store) {
        this(registry, worker, ui, store, RoundTiming.DEFAULT);
    }

    /** As above, with throughput rounds of {@code timing} (tests use short ones: the numbers do not matter there). */
    public WorkbenchViewModel(ProviderRegistry registry, Executor worker, Executor ui, RunStore store,
                              RoundTiming timing) {
        this.registry = registry;
        this.history = new SavedComparisons(store);
        this.worker = worker;
        this.ui = ui;
        this.opener = new FileOpener(registry, new DatasetLoader());
        SampledEvaluation evaluation = new SampledEvaluation(new Evaluation(registry, timing), EnergyMeter.system());
        this.queue = new RunQueue(worker, ui, evaluation, history.rememberingChoicesOf(rows, error::set), live,
                error::set, this::finished);
        this.studies = new StudyContext(registry, evaluation, worker, ui, this::subject, this::dataSubject,
                this::readDataset, queue::addMeasured, rows::included, error::set);
        configuration.observables().forEach(o -> o.addListener((obs, was, now) -> revalidate()));
        devices.chosen().addListener((obs, was, now) -> revalidate());
        configuration.targetColumnProperty().addListener((obs, was, now) -> reopenDataset());
        revalidate();
        store.openingProblem().ifPresent(problem -> error.set(new ErrorReport(problem, "")));
        // on the UI thread's next turn: in the app that is after the window is shown, so the first layout
        // styles an empty comparison and the saved runs fill it a moment later (0.5-0.8 s sooner on screen)
        ui.execute(() -> openComparison(history::openLatest));
    }

    // ---- commands ----

    /** Lists every device of every plugin, available or not, off the UI thread. */
    public void loadDevices() {
        background(registry::devices, devices::show);
    }

    /** Opens each file as a model or a dataset, as a drop would; a file that fails keeps what was open before. */
    public void open(List<Path> files) {
        for (Path file : importResults(files)) {
            background(() -> opener.open(file, configuration.datasetOptions()), this::show);
        }
    }

    /** Queues a run of the current configuration; several queue up and run one after another. */
    public void run() {
        if (!canRun.get()) {
            error.set(new ErrorReport(validation.get().isEmpty() ? "Open a model and a dataset first." : validation.get(), ""));
            return;
        }
        queue(spec(), dataset);
    }

    /**
     * Queues, for each dataset file, a run of every configuration in the comparison (or of the current
     * one when the comparison is empty), as dropping datasets onto the comparison does: one model across
     * several data slices, the dataset a column of the results.
     */
    public void runOnDatasets(List<Path> files) {
        files = importResults(files);
        if (files.isEmpty()) {
            return;
        }
        if (model.get() == null) {
            error.set(new ErrorReport("Open a model first, then drop datasets onto the comparison.", ""));
            return;
        }
        List<TransformSpec> configurations = ComparisonRow.configurations(rows.all(), configuration.transform());
        for (Path file : importResults(files)) {
            background(() -> opener.open(file, configuration.datasetOptions()), opened -> {
                if (opened.dataset() == null) {
                    error.set(new ErrorReport(file.getFileName() + " is a model, not a dataset: drop datasets onto"
                            + " the comparison, or drop a model on the cards to open it.", ""));
                    return;
                }
                configurations.forEach(t -> queue(spec().withData(file).withTransform(t), opened.dataset()));
            });
        }
    }

    /** Adds the result files among {@code files} to the comparison (see {@link ResultFiles}); the rest. */
    private List<Path> importResults(List<Path> files) {
        return ResultFiles.importInto(queue, files);
    }

    private void queue(RunSpec spec, Dataset data) {
        queue.submit(spec, data, ConfigurationLabel.of(model.get().name(), spec.transform(), spec.threads()));
    }

    /** Stops the running configuration and drops the queued ones. */
    public void cancel() {
        queue.cancel();
    }

    public void exportCsv(Path file) {
        exportSafely(() -> exporter.writeRowsCsv(rows.included(), file));
    }

    public void exportJson(Path file) {
        exportSafely(() -> exporter.writeRowsJson(rows.included(), file));
    }

    /** Shows a failure that happened in the view (writing an image). */
    public void reportError(ErrorReport report) {
        error.set(report);
    }

    /** Dismisses the error shown. */
    public void clearError() {
        error.set(null);
    }

    /** Starts a new, empty comparison and opens it; a blank name gets the date. */
    public void newComparison(String name) {
        openComparison(() -> history.create(name));
    }

    public void renameComparison(String name) {
        storeSafely(() -> history.renameCurrent(name));
    }

    /**
     * Deletes the open comparison and its saved runs, then opens the latest one left; refused, with
     * a sentence, while a run of it is going or queued (its result would have nowhere to go).
     */
    public void deleteComparison() {
        if (queue.hasRunsFor(history.currentId())) {
            error.set(new ErrorReport("This comparison still has runs going or queued: cancel them (Esc) or let"
                    + " them finish, then delete it.", ""));
            return;
        }
        openComparison(history::deleteCurrent);
    }

    public void switchTo(long comparisonId) {
        openComparison(() -> history.switchTo(comparisonId));
    }

    // ---- work ----

    /** Reads the open dataset again with the target column now chosen. */
    private void reopenDataset() {
        DatasetCard card = datasetCard.get();
        if (card != null) {
            background(() -> opener.open(card.file(), configuration.datasetOptions()), this::show);
        }
    }

    /** A run left the queue: a finished one joins the table when its comparison is still open. */
    private void finished(RunQueue.Finished run) {
        if (run.row() != null && run.comparisonId() == history.currentId()) {
            rows.add(run.row());
        }
        storeSafely(history::refresh);
    }

    private void openComparison(java.util.function.Supplier<SavedComparisons.Opened> opening) {
        try {
            SavedComparisons.Opened opened = opening.get();
            rows.setAll(opened.rows());
            queue.useColours(opened.colours());
            if (!opened.unreadable().isEmpty()) {
                error.set(new ErrorReport(opened.unreadable().size() + " saved run(s) of this comparison could not be"
                        + " read and were skipped; copy the details to see why.", String.join("\n", opened.unreadable())));
            }
        } catch (HistoryException e) {
            error.set(ErrorReport.of(e));
        }
    }

    private void storeSafely(Runnable change) {
        try {
            change.run();
        } catch (HistoryException e) {
            error.set(ErrorReport.of(e));
        }
    }

    private <T> void background(java.util.function.Supplier<T> work, java.util.function.Consumer<T> publish) {
        worker.execute(() -> {
            try {
                T value = work.get();
                ui.execute(() -> publish.accept(value));
            } catch (RuntimeException | LinkageError e) {
                ui.execute(() -> error.set(ErrorReport.of(e)));
            }
        });
    }

    private void exportSafely(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            error.set(ErrorReport.of(e));
        }
    }

    /** The current configuration for a study (engine thread or UI thread: it reads what the UI last set). */
    private StudySubject subject() {
        if (!canRun.get()) {
            throw new BadInputException(validation.get().isEmpty() ? "Open a model and a dataset first." : validation.get());
        }
        List<Device> usable = devices.all().stream().filter(d -> d.available() && devices.fitsModel(d)).toList();
        return new StudySubject(spec(), dataset, model.get().name(), usable);
    }

    /** The open dataset for a study of data alone, with the configuration when a model is open too. */
    private StudySubject dataSubject() {
        if (dataset == null) {
            throw new BadInputException("Open a dataset first: it is the reference the other dataset is compared with.");
        }
        return canRun.get() ? subject() : new StudySubject(null, dataset, null, List.of());
    }

    /** Reads another dataset as the current one was read (engine thread); a model file is refused in one sentence. */
    private Dataset readDataset(Path file) {
        FileOpener.Opened opened = opener.open(file, configuration.datasetOptions());
        if (opened.dataset() == null) {
            throw new BadInputException(file.getFileName() + " is a model, not a dataset: choose a dataset file.");
        }
        return opened.dataset();
    }

    private RunSpec spec() {
        Device d = devices.chosen().get();
        return new RunSpec(model.get().file(), datasetCard.get().file(), configuration.datasetOptions(),
                d == null ? null : d.qualifiedId(), configuration.scaling(), Set.of(RunMode.ONLINE, RunMode.BATCH),
                configuration.parsedBatchSizes(), configuration.warmupProperty().get(),
                configuration.iterationsProperty().get(), configuration.threadsProperty().get(), 42L, List.of(),
                configuration.transform());
    }

    // ---- publishing (UI thread) ----

    private void show(FileOpener.Opened opened) {
        if (opened.model() != null) {
            model.set(opened.model());
            devices.choose();
        } else {
            dataset = opened.dataset();
            datasetCard.set(opened.datasetCard());
        }
        bindingProblem = FileOpener.bindingProblem(model.get(), dataset);
        revalidate();
    }

    private void revalidate() {
        String problem = bindingProblem.isEmpty() ? devices.problem() : bindingProblem;
        if (problem.isEmpty()) {
            problem = configuration.problem();
        }
        validation.set(problem);
        canRun.set(problem.isEmpty() && model.get() != null && dataset != null);
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<ModelCard> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DatasetCard> datasetProperty() {
        return datasetCard.getReadOnlyProperty();
    }

    /** One sentence saying why Run is disabled, "" when it is not. */
    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    /** True while a run is going or queued. */
    public ReadOnlyBooleanProperty runningProperty() {
        return queue.runningProperty();
    }

    /** The last failure, null when none is shown. */
    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Every device, the unavailable ones too (the view shows them disabled with their reason). */
    public ObservableList<Device> devices() {
        return devices.all();
    }

    /** The device to run on; an unavailable one makes {@link #validationProperty()} say why. */
    public ObjectProperty<Device> deviceProperty() {
        return devices.chosen();
    }

    public RunConfiguration configuration() {
        return configuration;
    }

    public LiveRunState live() {
        return live;
    }

    /** Every saved comparison, the newest first, with its run count. */
    public ObservableList<Comparison> comparisons() {
        return history.comparisons();
    }

    /** The comparison whose runs {@link #rows()} shows. */
    public ReadOnlyObjectProperty<Comparison> currentComparisonProperty() {
        return history.currentProperty();
    }

    /** The finished runs in the order they finished, the excluded ones too (the table shows them all). */
    public ObservableList<ComparisonRow> rows() {
        return rows.all();
    }

    /** What the studies (sweep and tuner, scenarios, robustness and drift) run on and report through. */
    public StudyContext studies() {
        return studies;
    }

    /** The runs, which of them the charts and exports include, and the baseline of the deltas. */
    public ComparisonRows comparison() {
        return rows;
    }
}
