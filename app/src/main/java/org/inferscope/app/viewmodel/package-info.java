/**
 * View models of the workbench: the only UI classes that talk to the engine. They expose read-only
 * JavaFX properties, validate every input, and run engine work on an injected executor.
 */
package org.inferscope.app.viewmodel;
