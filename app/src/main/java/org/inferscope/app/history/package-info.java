/**
 * The run history: every finished run saved in an embedded H2 database under the user's InferScope
 * folder, grouped into named comparisons that survive a restart. A locked or damaged database never
 * stops the app; the history then becomes unavailable with one sentence saying why.
 */
package org.inferscope.app.history;
