/** The InferScope workbench: a JavaFX window around the engine, started by {@link org.inferscope.app.Main}. */
package org.inferscope.app;
