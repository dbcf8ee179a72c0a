package org.inferscope.app.view.study;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.inferscope.app.view.ChartCatalog;
import org.inferscope.app.view.Icons;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.study.EdgeStudy;
import org.inferscope.app.viewmodel.study.OfflineStudy;
import org.inferscope.app.viewmodel.study.ScenarioResult;
import org.inferscope.app.viewmodel.study.ScenarioStudy;
import org.inferscope.app.viewmodel.study.ServerStudy;
import org.inferscope.app.viewmodel.study.SingleStreamStudy;
import org.kordamp.ikonli.feather.Feather;

/** One page per scenario: its settings on the left, its result on the right. */
final class ScenarioPages {
    private static final String MEASURES = " Measures the configuration on the left: model, variant, device, warm-up.";
    private final ScenarioStudy study;
    private final ChartCatalog charts;

    /** A scenario's page and the result its Export writes. */
    record Page(Node node, ScenarioResult<?> result) {
    }

    ScenarioPages(ScenarioStudy study, ChartCatalog charts) {
        this.study = study;
        this.charts = charts;
    }

    Page singleStream() {
        SingleStreamStudy s = study.singleStream();
        VBox settings = new ScenarioSettingsPanel("SingleStream", "One query of one row at a time, the next as soon as"
                + " the previous completes. The metric is the 90th percentile latency, with a bootstrap 95% interval."
                + MEASURES)
                .field("Queries", s.queriesProperty(), "singleStreamQueries", "Timed single-row queries")
                .build(ScenarioSettingsPanel.run("Run SingleStream", "runSingleStream", s::run), s.problemProperty(),
                        study.task().runningProperty(), ScenarioSettingsPanel.progress(study.task()));
        return page(settings, "singleStream", s.result());
    }

    Page offline() {
        OfflineStudy s = study.offline();
        VBox settings = new ScenarioSettingsPanel("Offline", "All rows available at once. The metric is the most rows"
                + " per second over the batch sizes tried, each the median of its timed rounds with a 95% interval."
                + MEASURES)
                .field("Batch sizes", s.batchSizesProperty(), "offlineBatchSizes", "Comma-separated, e.g. 1, 32, 256")
                .field("Rounds per batch", s.roundsProperty(), "offlineRounds", "5 to 30 timed rounds; the point is"
                        + " their median")
                .build(ScenarioSettingsPanel.run("Run Offline", "runOffline", s::run), s.problemProperty(),
                        study.task().runningProperty(), ScenarioSettingsPanel.progress(study.task()));
        return page(settings, "offline", s.result());
    }

    Page server() {
        ServerStudy s = study.server();
        VBox settings = new ScenarioSettingsPanel("Server", "Single-row queries arrive as a Poisson process and one"
                + " server answers them in order; latency runs from arrival to answer, queueing included. Searches the"
                + " highest rate whose p99 meets the bound; a trial stops early once more than 1% of its queries exceed"
                + " it." + MEASURES)
                .field("p99 bound (ms)", s.boundMillisProperty(), "serverBound", "The p99 latency bound")
                .field("Queries per trial", s.queriesProperty(), "serverQueries", "LoadGen's official runs use far more")
                .field("Bisection steps", s.stepsProperty(), "serverSteps", "Steps between the last rate that met the"
                        + " bound and the first that did not")
                .build(ScenarioSettingsPanel.run("Run Server", "runServer", s::run), s.problemProperty(),
                        study.task().runningProperty(), ScenarioSettingsPanel.progress(study.task()));
        return page(settings, "server", s.result());
    }

    Page edge() {
        EdgeStudy s = study.edge();
        Button compare = new Button("Compare", Icons.of(Feather.CLOUD));
        compare.setId("compareEdge");
        compare.setOnAction(e -> s.compare());
        VBox settings = new ScenarioSettingsPanel("Edge vs cloud", "Is a remote, faster device worth the network? The"
                + " remote run's time per batch plus the round trip and the transfer, against the local run's. Both"
                + " come from the comparison: import a result measured on another machine there.")
                .wide("Local run", runChoice(s, s.localProperty(), "edgeLocal"))
                .wide("Remote run", runChoice(s, s.remoteProperty(), "edgeRemote"))
                .field("Round trip (ms)", s.roundTripMillisProperty(), "edgeRoundTrip", "Network round trip")
                .field("Bandwidth (Mbit/s)", s.megabitsPerSecondProperty(), "edgeBandwidth", "Network bandwidth")
                .row("Bytes up per row", bytes(s.requestBytesProperty(), s.requestBytesHint(), "Bytes sent per row"))
                .row("Bytes down per row", bytes(s.responseBytesProperty(), s.responseBytesHint(), "Bytes returned per row"))
                .build(compare, s.problemProperty(), new SimpleBooleanProperty(false));
        Page page = page(settings, "edge", s.result());
        page.node().setOnMouseEntered(e -> s.refreshRuns());
        return page;
    }

    private static ComboBox<ComparisonRow> runChoice(EdgeStudy s, ObjectProperty<ComparisonRow> run, String id) {
        ComboBox<ComparisonRow> box = new ComboBox<>(s.runs());
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(list -> new RunCell());
        box.setButtonCell(new RunCell());
        box.valueProperty().bindBidirectional(run);
        box.setOnShowing(e -> s.refreshRuns());
        return box;
    }

    private static TextField bytes(StringProperty typed, ObservableStringValue hint, String tip) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(typed);
        field.promptTextProperty().bind(hint);
        field.setTooltip(new Tooltip(tip + "; empty for the default shown"));
        return field;
    }

    private Page page(VBox settings, String id, ScenarioResult<?> result) {
        VBox shown = ScenarioResultPanel.of(id, result, charts);
        HBox.setHgrow(shown, Priority.ALWAYS);
        HBox page = new HBox(20, settings, shown);
        page.setPadding(new Insets(12, 16, 16, 16));
        page.setId(id + "Page");
        return new Page(page, result);
    }
}
