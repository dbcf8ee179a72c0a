package org.inferscope.scale;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;

/**
 * The models loaded in this executor JVM, each once, keyed by the file's SHA-256 and transform, with a
 * pool of idle sessions for the tasks that run side by side in it. Static on purpose: Spark builds a new
 * function object for every task, and only a per-JVM cache lets a hundred partitions share one load
 * (docs/decisions/0007). Entries live as long as the executor; a model is a few MB.
 */
final class ExecutorModels {
    private static final Map<String, Entry> LOADED = new ConcurrentHashMap<>();
    private static volatile ProviderRegistry registry;

    private ExecutorModels() {
    }

    /** A session on the model, from the pool or newly opened; close the lease to give it back. */
    static Lease lease(ShippedModel model, SessionSettings settings) {
        Entry entry = LOADED.computeIfAbsent(model.key() + " " + settings, k -> load(model));
        Session session = entry.idle.poll();
        if (session == null) {
            session = entry.model.open(entry.device, settings);
        }
        return new Lease(entry, session);
    }

    /** How many distinct models this JVM has loaded (for tests and notes). */
    static int loadedCount() {
        return LOADED.size();
    }

    private static Entry load(ShippedModel shipped) {
        ProviderRegistry plugins = registry();
        java.nio.file.Path file = shipped.localFile();
        BackendProvider provider = plugins.providerFor(file);
        LoadedModel loaded = provider.load(file);
        Device device = plugins.resolveDevice(provider, null);
        return new Entry(loaded, device, new ConcurrentLinkedQueue<>());
    }

    private static ProviderRegistry registry() {
        if (registry == null) {
            synchronized (ExecutorModels.class) {
                if (registry == null) {
                    registry = ProviderRegistry.discover(ExecutorModels.class.getClassLoader());
                }
            }
        }
        return registry;
    }

    private record Entry(LoadedModel model, Device device, Queue<Session> idle) {
    }

    /** One task's use of a pooled session. */
    static final class Lease implements AutoCloseable {
        private final Entry entry;
        private final Session session;

        private Lease(Entry entry, Session session) {
            this.entry = entry;
            this.session = session;
        }

        Session session() {
            return session;
        }

        ModelInfo info() {
            return entry.model.info();
        }

        @Override
        public void close() {
            entry.idle.add(session);
        }
    }
}
