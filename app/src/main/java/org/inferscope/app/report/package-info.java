/**
 * The comparison as data and documents, without JavaFX: chart models that both the window's charts
 * and the SVG writer draw from, the SVG writer itself, and the self-contained HTML report.
 */
package org.inferscope.app.report;
