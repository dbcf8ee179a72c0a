package org.inferscope.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.plugins.ProviderFailure;
import org.inferscope.engine.plugins.ProviderRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inferscope devices}: every backend and device the installed plugins offer. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List every backend and device the installed plugins offer, with availability and, "
                + "when unavailable, the reason.")
final class DevicesCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    private final CliContext context;

    DevicesCommand(CliContext context) {
        this.context = context;
    }

    /** The JSON shape of this command. */
    record DeviceList(List<Device> devices, List<ProviderFailure> pluginFailures) {
    }

    @Override
    public Integer call() {
        ProviderRegistry registry = context.registry();
        DeviceList list = new DeviceList(registry.devices(), registry.failures());
        if (json) {
            context.out().println(context.json().toJson(list));
            return InferScopeCli.OK;
        }
        TextTable table = new TextTable("DEVICE", "KIND", "BACKEND", "AVAILABLE", "REASON");
        for (Device d : list.devices()) {
            table.row(d.qualifiedId(), d.kind(), d.displayName(), d.available() ? "yes" : "no", d.reason());
        }
        table.print(context.out());
        for (ProviderFailure f : list.pluginFailures()) {
            context.out().println("plugin not loaded: " + f.provider() + ": " + f.reason());
        }
        return InferScopeCli.OK;
    }
}
