/**
 * The comparison as data and documents, without JavaFX: the comparison's chart models (drawn by the
 * window with JavaFX and by the engine's chart package as SVG) and the self-contained HTML report.
 */
package org.inferscope.app.report;
