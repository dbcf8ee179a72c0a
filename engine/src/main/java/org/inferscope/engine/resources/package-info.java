/** What a configuration costs besides time: energy from the CPU's RAPL counters where Linux exposes them. */
package org.inferscope.engine.resources;
