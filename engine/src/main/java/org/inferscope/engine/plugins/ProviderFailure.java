package org.inferscope.engine.plugins;

/**
 * A plugin that could not be loaded, shown to the user instead of stopping the program.
 *
 * @param provider the provider's class name, or what the service loader said when it has none
 * @param reason one sentence saying what went wrong
 */
public record ProviderFailure(String provider, String reason) {
}
