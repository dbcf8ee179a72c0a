/**
 * Finding the installed backend plugins through {@link java.util.ServiceLoader}, choosing the one that
 * opens a model file and the device to run it on. A plugin that fails to load is recorded, never fatal.
 */
package org.inferscope.engine.plugins;
