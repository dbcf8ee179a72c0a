/** The workbench's JavaFX views: they bind to the view models and hold no logic of their own. */
package org.inferscope.app.view;
