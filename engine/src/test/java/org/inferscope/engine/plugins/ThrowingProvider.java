package org.inferscope.engine.plugins;

/** A plugin whose construction fails, as one with a missing native library would. */
public class ThrowingProvider extends ProviderRegistryTest.Stub {
    public ThrowingProvider() {
        super("Throwing", "thr", "T");
        throw new IllegalStateException("native library missing");
    }
}
