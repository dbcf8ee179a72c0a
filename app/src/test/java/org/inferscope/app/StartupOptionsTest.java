package org.inferscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.app.viewmodel.RunConfiguration;
import org.inferscope.engine.api.Precision;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {
    static final String SAMPLES = Path.of(System.getProperty("inferscope.repo.root", ".."), "samples").toString();

    @Test
    void withoutFilesTheBundledSampleOpens() {
        StartupOptions options = StartupOptions.parse(List.of(), SAMPLES, null);
        assertEquals(2, options.files().size());
        assertTrue(options.files().get(0).toString().endsWith("digits-mlp.onnx"));
        assertTrue(options.demo().isEmpty());
    }

    @Test
    void filesOnTheCommandLineReplaceTheSampleAndRunDemoQueuesThreeConfigurations() {
        StartupOptions options = StartupOptions.parse(List.of("a.onnx", "--run-demo", "b.csv"), SAMPLES, null);
        assertEquals(List.of(Path.of("a.onnx"), Path.of("b.csv")), options.files());
        assertEquals(List.of("fp32", "int8-dynamic", "structured-50"), options.demo());
    }

    @Test
    void aDemoConfigurationSetsPrecisionAndPruning() {
        RunConfiguration config = new RunConfiguration();
        DemoRuns.apply(config, "int8-dynamic+structured-50");
        assertEquals(Precision.INT8_DYNAMIC, config.precisionProperty().get());
        assertEquals(0.5, config.sparsityProperty().get());
        assertTrue(config.structuredProperty().get());
    }
}
