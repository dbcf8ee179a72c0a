/**
 * The studies beyond one run: sweeps and the accuracy-aware tuner, MLPerf-style deployment scenarios,
 * robustness curves and drift reports. Each is a view model over the engine's sweep, scenario and
 * robustness packages that runs on the workbench's engine thread and publishes on the UI thread.
 */
package org.inferscope.app.viewmodel.study;
