package org.inferscope.app.viewmodel.study;

/**
 * The Scenarios tab: MLPerf LoadGen's SingleStream, Offline and Server scenarios measured on the
 * configuration open now, and edge versus cloud from two runs of the comparison. The three measured
 * ones share one job at a time on the engine thread.
 */
public final class ScenarioStudy {
    private final StudyTask task;
    private final SingleStreamStudy singleStream;
    private final OfflineStudy offline;
    private final ServerStudy server;
    private final EdgeStudy edge;

    public ScenarioStudy(StudyContext context) {
        this.task = new StudyTask(context);
        this.singleStream = new SingleStreamStudy(context, task);
        this.offline = new OfflineStudy(context, task);
        this.server = new ServerStudy(context, task);
        this.edge = new EdgeStudy(context);
    }

    /** Progress, status and cancel of the scenario running now. */
    public StudyTask task() {
        return task;
    }

    public SingleStreamStudy singleStream() {
        return singleStream;
    }

    public OfflineStudy offline() {
        return offline;
    }

    public ServerStudy server() {
        return server;
    }

    public EdgeStudy edge() {
        return edge;
    }
}
