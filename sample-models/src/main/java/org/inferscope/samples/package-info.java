/**
 * Trains and writes the bundled sample models with fixed seeds, their train/test splits and a JSON
 * card for each, so that a new user can press Run at once. Run by {@code ./inferscope samples}.
 */
package org.inferscope.samples;
