package org.inferscope.plugins.onnxruntime;

import ai.onnxruntime.MapInfo;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.SequenceInfo;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inferscope.engine.api.ElementType;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.api.ValueKind;

/** Describes ONNX Runtime's input and output infos as the engine's {@link TensorSpec}s. */
final class ValueSpecs {

    private ValueSpecs() {
    }

    static List<TensorSpec> of(Map<String, NodeInfo> infos) {
        List<TensorSpec> specs = new ArrayList<>(infos.size());
        infos.forEach((name, info) -> specs.add(of(name, info.getInfo())));
        return specs;
    }

    static TensorSpec of(String name, ValueInfo info) {
        if (info instanceof TensorInfo tensor) {
            return tensor(name, tensor);
        }
        if (info instanceof SequenceInfo sequence) {
            ElementType element = sequence.isSequenceOfMaps()
                    ? elementType(sequence.mapInfo.valueType) : elementType(sequence.sequenceType);
            return new TensorSpec(name, ValueKind.SEQUENCE, element, List.of(), List.of(), detail(sequence));
        }
        if (info instanceof MapInfo map) {
            return new TensorSpec(name, ValueKind.MAP, elementType(map.valueType), List.of(), List.of(),
                    detail(map));
        }
        return new TensorSpec(name, ValueKind.UNKNOWN, ElementType.UNKNOWN, List.of(), List.of(),
                String.valueOf(info));
    }

    private static TensorSpec tensor(String name, TensorInfo tensor) {
        long[] shape = tensor.getShape();
        List<Long> dims = Arrays.stream(shape).map(d -> d < 0 ? -1 : d).boxed().toList();
        String[] names = tensor.getDimensionNames();
        List<String> dimNames = new ArrayList<>(shape.length);
        for (int i = 0; i < shape.length; i++) {
            dimNames.add(names != null && i < names.length && names[i] != null ? names[i] : "");
        }
        return new TensorSpec(name, ValueKind.TENSOR, elementType(tensor.onnxType), dims, dimNames, "");
    }

    static String detail(SequenceInfo sequence) {
        String element = sequence.isSequenceOfMaps() ? detail(sequence.mapInfo)
                : "tensor(" + typeName(sequence.sequenceType) + ")";
        return "sequence(" + element + ")";
    }

    static String detail(MapInfo map) {
        return "map(" + typeName(map.keyType) + "," + typeName(map.valueType) + ")";
    }

    private static String typeName(OnnxJavaType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    static ElementType elementType(OnnxJavaType type) {
        return elementType(TensorInfo.OnnxTensorType.mapFromJavaType(type));
    }

    static ElementType elementType(TensorInfo.OnnxTensorType type) {
        return switch (type) {
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT -> ElementType.FLOAT;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_DOUBLE -> ElementType.DOUBLE;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16 -> ElementType.FLOAT16;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_BFLOAT16 -> ElementType.BFLOAT16;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT8 -> ElementType.INT8;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT8 -> ElementType.UINT8;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT16 -> ElementType.INT16;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT16 -> ElementType.UINT16;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT32 -> ElementType.INT32;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT32 -> ElementType.UINT32;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64 -> ElementType.INT64;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT64 -> ElementType.UINT64;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_BOOL -> ElementType.BOOL;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_STRING -> ElementType.STRING;
            default -> ElementType.UNKNOWN;
        };
    }
}
