package org.inferscope.engine.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One input or output of a model.
 *
 * @param name the name in the model file
 * @param kind tensor, sequence, map...
 * @param elementType the element type (for a sequence of maps: the map's value type)
 * @param shape dimensions; -1 for a free (dynamic) dimension. Empty when unknown or not a tensor
 * @param dimensionNames symbolic names of the dimensions where the file has them ("batch"), else ""
 * @param detail extra description for non-tensor values ("sequence(map(int64,float))"), else ""
 */
public record TensorSpec(String name, ValueKind kind, ElementType elementType, List<Long> shape,
                         List<String> dimensionNames, String detail) {

    public TensorSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(elementType, "elementType");
        shape = List.copyOf(shape);
        dimensionNames = List.copyOf(dimensionNames);
        detail = detail == null ? "" : detail;
    }

    /** A plain tensor without symbolic dimension names. */
    public static TensorSpec tensor(String name, ElementType type, long... shape) {
        List<Long> dims = java.util.Arrays.stream(shape).boxed().toList();
        return new TensorSpec(name, ValueKind.TENSOR, type, dims,
                dims.stream().map(d -> "").toList(), "");
    }

    /** Number of elements one row occupies: the product of all dimensions after the first. */
    public long elementsPerRow() {
        long n = 1;
        for (int i = 1; i < shape.size(); i++) {
            long d = shape.get(i);
            if (d < 0) {
                return -1;
            }
            n *= d;
        }
        return n;
    }

    /** True when the first dimension is fixed (not free). */
    public boolean hasFixedBatch() {
        return !shape.isEmpty() && shape.get(0) >= 0;
    }

    /** "FLOAT[?,1,28,28]", or the detail for non-tensor values. */
    public String describe() {
        if (kind != ValueKind.TENSOR) {
            return detail.isEmpty() ? kind.name().toLowerCase() : detail;
        }
        String dims = java.util.stream.IntStream.range(0, shape.size())
                .mapToObj(i -> shape.get(i) >= 0 ? Long.toString(shape.get(i))
                        : (dimensionNames.size() > i && !dimensionNames.get(i).isEmpty()
                            ? dimensionNames.get(i) : "?"))
                .collect(Collectors.joining(","));
        return elementType + "[" + dims + "]";
    }
}
