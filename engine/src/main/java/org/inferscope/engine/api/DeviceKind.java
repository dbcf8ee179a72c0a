package org.inferscope.engine.api;

/** The kind of hardware a backend runs on. */
public enum DeviceKind {
    CPU, GPU
}
