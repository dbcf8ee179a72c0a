/**
 * The records that users of the engine see: models, tensors, devices, datasets, run settings and
 * results. Everything here is immutable and free of any backend's types.
 */
package org.inferscope.engine.api;
