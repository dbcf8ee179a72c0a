/**
 * Charts as data (bars, scatter with a Pareto frontier, curves with 95% intervals) and their SVG
 * drawing: the window draws the same models with JavaFX, the command line and the HTML reports write
 * them as SVG.
 */
package org.inferscope.engine.report.chart;
