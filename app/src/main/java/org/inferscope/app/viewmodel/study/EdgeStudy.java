package org.inferscope.app.viewmodel.study;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.DatasetSummary;
import org.inferscope.engine.api.Provenance;
import org.inferscope.engine.scenario.EdgeOrCloud;
import org.inferscope.engine.scenario.ScenarioCharts;

/**
 * Edge or cloud: is a remote, faster device worth the network? Compares two runs of the comparison,
 * one taken as the local device and one as the remote (for example a result measured on a GPU machine
 * and imported), with the round trip and bandwidth typed here. Arithmetic only: nothing runs on the engine.
 */
public final class EdgeStudy {
    static final String TOO_FEW = "Edge vs cloud compares two runs of the comparison: run or import at least two"
            + " (for example a result measured on a GPU machine), then choose which is local and which remote.";
    private final StudyContext context;
    private final ObservableList<ComparisonRow> runs = FXCollections.observableArrayList();
    private final ObjectProperty<ComparisonRow> local = new SimpleObjectProperty<>(this, "local");
    private final ObjectProperty<ComparisonRow> remote = new SimpleObjectProperty<>(this, "remote");
    private final StringProperty roundTripMillis = new SimpleStringProperty(this, "roundTripMillis", "20");
    private final StringProperty megabitsPerSecond = new SimpleStringProperty(this, "megabitsPerSecond", "100");
    private final StringProperty requestBytes = new SimpleStringProperty(this, "requestBytes", "");
    private final StringProperty responseBytes = new SimpleStringProperty(this, "responseBytes", "");
    private final StringBinding problem;
    private final ScenarioResult<EdgeOutcome> result;

    EdgeStudy(StudyContext context) {
        this.context = context;
        this.problem = Bindings.createStringBinding(() -> ScenarioSettings.problem(this::settings), runs, local, remote,
                roundTripMillis, megabitsPerSecond, requestBytes, responseBytes);
        this.result = new ScenarioResult<>("edge-or-cloud", "Choose the local and the remote run, then Compare to see"
                + " from which batch size the remote device wins, network included.", ScenarioCharts.emptyEdge(),
                context.errors());
    }

    /** What {@link #compare()} reads from the fields. */
    private record Settings(ComparisonRow local, ComparisonRow remote, EdgeOrCloud.Link link, long request,
                            long response) {
    }

    /** Takes the comparison's included runs again, keeping the chosen ones while they are still there (UI thread). */
    public void refreshRuns() {
        List<ComparisonRow> now = context.runs().get();
        ComparisonRow keptLocal = now.contains(local.get()) ? local.get() : now.isEmpty() ? null : now.get(0);
        ComparisonRow keptRemote = now.contains(remote.get()) && !Objects.equals(remote.get(), keptLocal) ? remote.get()
                : likelyRemote(now, keptLocal);
        if (!runs.equals(now)) { // the choosers keep their lists, and their popups, when nothing changed
            runs.setAll(now);
        }
        local.set(keptLocal);
        remote.set(keptRemote);
    }

    /** A run measured elsewhere (another device or processor) if there is one, else the next run. */
    private static ComparisonRow likelyRemote(List<ComparisonRow> rows, ComparisonRow chosenLocal) {
        List<ComparisonRow> others = rows.stream().filter(r -> !r.equals(chosenLocal)).toList();
        return others.stream().filter(r -> chosenLocal != null && measuredElsewhere(r, chosenLocal)).findFirst()
                .orElse(others.isEmpty() ? null : others.get(0));
    }

    private static boolean measuredElsewhere(ComparisonRow a, ComparisonRow b) {
        Provenance pa = a.result().provenance();
        Provenance pb = b.result().provenance();
        return pa != null && pb != null && (!Objects.equals(pa.device(), pb.device())
                || !Objects.equals(pa.cpuModel(), pb.cpuModel()));
    }

    /** Compares the two chosen runs over the typed link; a problem becomes one sentence in the error banner. */
    public void compare() {
        try {
            Settings s = settings();
            result.show(new EdgeOutcome(s.local().label(), s.remote().label(), s.local().colour(), s.remote().colour(),
                    s.link(), s.request(), s.response(), EdgeOrCloud.compare(s.local().result(), s.remote().result(),
                    s.link(), s.request(), s.response())));
        } catch (RuntimeException e) {
            context.errors().accept(ErrorReport.of(e));
        }
    }

    private Settings settings() {
        if (runs.size() < 2) {
            throw new BadInputException(TOO_FEW);
        }
        if (local.get() == null || remote.get() == null || local.get().equals(remote.get())) {
            throw new BadInputException("Choose two different runs: the local one and the"
                    + " remote one.");
        }
        EdgeOrCloud.Link link = new EdgeOrCloud.Link(ScenarioSettings.number(roundTripMillis.get(), 0, true,
                "The round trip must be a number of milliseconds, 0 or more."), ScenarioSettings.number(
                megabitsPerSecond.get(), 0, false, "The bandwidth must be a number of Mbit/s above 0."));
        return new Settings(local.get(), remote.get(), link, bytes(requestBytes.get(), "Bytes sent per row",
                defaultRequestBytes(local.get())), bytes(responseBytes.get(), "Bytes returned per row",
                defaultResponseBytes(local.get())));
    }

    private static long bytes(String typed, String field, long otherwise) {
        return typed.isBlank() ? otherwise : ScenarioSettings.whole(typed, field, 0, Integer.MAX_VALUE);
    }

    /** As the command line: 4 bytes per feature. */
    static long defaultRequestBytes(ComparisonRow run) {
        return 4L * run.result().dataset().columns();
    }

    /** As the command line: 4 bytes per class, or 4. */
    static long defaultResponseBytes(ComparisonRow run) {
        DatasetSummary data = run.result().dataset();
        return 4L * Math.max(1, data.classNames() == null ? 0 : data.classNames().size());
    }

    /** "4 per feature (256)" for the local run chosen now, the bytes sent when the field stays empty. */
    public StringBinding requestBytesHint() {
        return Bindings.createStringBinding(() -> local.get() == null ? "4 per feature"
                : "4 per feature (" + defaultRequestBytes(local.get()) + ")", local);
    }

    /** "4 per class (40)" for the local run chosen now. */
    public StringBinding responseBytesHint() {
        return Bindings.createStringBinding(() -> local.get() == null ? "4 per class"
                : "4 per class (" + defaultResponseBytes(local.get()) + ")", local);
    }

    /** The comparison's included runs as of the last {@link #refreshRuns()}. */
    public ObservableList<ComparisonRow> runs() {
        return FXCollections.unmodifiableObservableList(runs);
    }

    public ObjectProperty<ComparisonRow> localProperty() {
        return local;
    }

    public ObjectProperty<ComparisonRow> remoteProperty() {
        return remote;
    }

    public StringProperty roundTripMillisProperty() {
        return roundTripMillis;
    }

    public StringProperty megabitsPerSecondProperty() {
        return megabitsPerSecond;
    }

    /** Bytes sent per row as typed; empty for 4 per feature. */
    public StringProperty requestBytesProperty() {
        return requestBytes;
    }

    /** Bytes returned per row as typed; empty for 4 per class. */
    public StringProperty responseBytesProperty() {
        return responseBytes;
    }

    /** What is wrong with the choice or the settings, or "" when Compare can go ahead. */
    public StringBinding problemProperty() {
        return problem;
    }

    public ScenarioResult<EdgeOutcome> result() {
        return result;
    }
}
