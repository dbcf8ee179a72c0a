package org.inferscope.cli;

import java.io.PrintWriter;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.report.ResultJson;

/**
 * What every command shares: where to print, the plugin registry and the dataset loader. The
 * registry is discovered on first use so that {@code --help} loads no plugin.
 */
public final class CliContext {
    private final PrintWriter out;
    private final PrintWriter err;
    private ProviderRegistry registry;
    private final DatasetLoader datasets = new DatasetLoader();
    private final ResultJson json = new ResultJson(true);

    public CliContext(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public synchronized ProviderRegistry registry() {
        if (registry == null) {
            registry = ProviderRegistry.discover(CliContext.class.getClassLoader());
        }
        return registry;
    }

    public DatasetLoader datasets() {
        return datasets;
    }

    /** The JSON writer every command prints and saves with. */
    public ResultJson json() {
        return json;
    }
}
