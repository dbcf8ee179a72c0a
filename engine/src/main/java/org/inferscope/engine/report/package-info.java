/**
 * Saved results: schema-versioned JSON of one run and CSV of many, written atomically so that a
 * crash never leaves a half-written file.
 */
package org.inferscope.engine.report;
