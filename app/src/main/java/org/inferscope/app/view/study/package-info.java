/**
 * The study tabs beside the comparison: sweep and tuner, deployment scenarios, robustness and drift.
 * Each binds to its view model in {@code org.inferscope.app.viewmodel.study} and registers its charts
 * for PNG and SVG export.
 */
package org.inferscope.app.view.study;
