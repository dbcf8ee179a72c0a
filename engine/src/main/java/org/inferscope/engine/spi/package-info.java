/**
 * What a plugin implements to bring a backend or model family to the engine. Providers are found
 * through {@link java.util.ServiceLoader}, are cheap to construct and load no native code until asked.
 */
package org.inferscope.engine.spi;
