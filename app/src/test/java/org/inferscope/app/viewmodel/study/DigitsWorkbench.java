package org.inferscope.app.viewmodel.study;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.app.history.RunStore;
import org.inferscope.app.viewmodel.QuickRuns;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.plugins.ProviderRegistry;

/** The bundled samples opened in a workbench whose engine work and publishing run on the calling thread. */
final class DigitsWorkbench {
    static final Path SAMPLES = Path.of(System.getProperty("inferscope.repo.root", ".."), "samples");
    static final Path DIGITS_MODEL = SAMPLES.resolve("models/digits-mlp.onnx");
    static final Path DIGITS = SAMPLES.resolve("datasets/digits-test.csv");

    private DigitsWorkbench() {
    }

    static WorkbenchViewModel open(Path model, Path data) {
        WorkbenchViewModel vm = new WorkbenchViewModel(ProviderRegistry.discover(DigitsWorkbench.class.getClassLoader()),
                Runnable::run, Runnable::run, RunStore.inMemory(), QuickRuns.TIMING);
        vm.loadDevices();
        vm.open(List.of(model, data));
        vm.configuration().warmupProperty().set(2);
        vm.configuration().iterationsProperty().set(20);
        vm.configuration().batchSizesProperty().set("1");
        return vm;
    }

    static WorkbenchViewModel digits() {
        return open(DIGITS_MODEL, DIGITS);
    }
}
