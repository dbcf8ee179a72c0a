package org.inferscope.engine.api;

/** Precision, recall and F1 for one class, with its support (true rows of that class). */
public record ClassQuality(String className, long support, double precision, double recall, double f1) {
}
