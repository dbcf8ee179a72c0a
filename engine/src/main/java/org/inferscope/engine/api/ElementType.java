package org.inferscope.engine.api;

/** The element type of a tensor, in the user's words (ONNX's names). */
public enum ElementType {
    FLOAT, DOUBLE, FLOAT16, BFLOAT16, INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64, UINT64,
    BOOL, STRING, UNKNOWN
}
