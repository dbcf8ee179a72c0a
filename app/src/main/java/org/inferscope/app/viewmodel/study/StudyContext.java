package org.inferscope.app.viewmodel.study;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.sweep.SampledEvaluation;
import org.inferscope.engine.sweep.SampledRun;

/**
 * What the workbench lends its studies: the engine, its thread and the UI's, the configuration open
 * now, a way to read another dataset, the comparison to add results to, and the error banner.
 *
 * @param registry the plugins, for sessions a study opens itself (the Server scenario)
 * @param evaluation runs a configuration and keeps its raw samples
 * @param worker the engine thread: studies queue behind runs, so that measurements never overlap
 * @param ui the thread every property changes on
 * @param subject the current configuration, or a {@link org.inferscope.engine.api.BadInputException}
 *                saying what is missing ("Open a model and a dataset first.")
 * @param dataOnly the open dataset alone, for studies of data (drift): its spec and model name are null
 *                 when no model is open; a {@link org.inferscope.engine.api.BadInputException} when no
 *                 dataset is open
 * @param datasets reads a dataset file with the current dataset options (call on the worker)
 * @param comparison adds a run measured by a study, with its samples, to the open comparison and the
 *                   history at once (UI thread)
 * @param runs the runs the comparison includes now, in its order and colours (UI thread)
 * @param errors shows one sentence in the window's error banner
 */
public record StudyContext(ProviderRegistry registry, SampledEvaluation evaluation, Executor worker, Executor ui,
                           Supplier<StudySubject> subject, Supplier<StudySubject> dataOnly,
                           Function<Path, Dataset> datasets,
                           Consumer<SampledRun> comparison, Supplier<List<ComparisonRow>> runs,
                           Consumer<ErrorReport> errors) {
}
