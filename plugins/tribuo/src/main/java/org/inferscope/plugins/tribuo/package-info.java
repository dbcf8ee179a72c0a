/**
 * Runs Tribuo classification and regression models on the JVM: reads protobuf model files (and,
 * behind an allow-list, legacy Java-serialized ones) and predicts batches through Tribuo itself.
 */
package org.inferscope.plugins.tribuo;
