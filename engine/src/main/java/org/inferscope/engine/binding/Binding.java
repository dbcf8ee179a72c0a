package org.inferscope.engine.binding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.ElementType;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.api.ValueKind;
import org.inferscope.engine.spi.InputBatch;

/**
 * How one dataset feeds one model: the input and output used, the column mapping, the row shape,
 * scaling, and the largest batch the model accepts. Immutable apart from the prepared matrix, which
 * is built once on first use.
 */
public final class Binding {
    private final ModelInfo model;
    private final Dataset data;
    private final BindingOptions options;
    private final TensorSpec input;
    private final TensorSpec output;
    private final ColumnMapping mapping;
    private final InputLayout layout;
    private final List<String> notes;
    private float[] prepared;

    private Binding(ModelInfo model, Dataset data, BindingOptions options, TensorSpec input, ColumnMapping mapping,
                    InputLayout layout) {
        this.model = model;
        this.data = data;
        this.options = options;
        this.input = input;
        this.mapping = mapping;
        this.layout = layout;
        this.output = OutputChoice.choose(model, data.target().task(), options.outputName());
        List<String> all = new ArrayList<>(layout.notes());
        if (!mapping.note().isEmpty()) {
            all.add(mapping.note());
        }
        this.notes = List.copyOf(all);
    }

    /** Fits the dataset to the model, or explains in one sentence why it does not fit. */
    public static Binding create(ModelInfo model, Dataset data, BindingOptions options) {
        BindingOptions opts = options == null ? BindingOptions.defaults() : options;
        if (data.rows() == 0) {
            throw new BadInputException("The dataset " + data.name() + " has no rows: choose a dataset with data.");
        }
        TensorSpec input = chooseInput(model, opts.inputName());
        ColumnMapping mapping = ColumnMapping.of(model, data);
        InputLayout layout = InputLayout.of(fileName(model.file()), input, mapping.size(), data.name());
        return new Binding(model, data, opts, input, mapping, layout);
    }

    private static TensorSpec chooseInput(ModelInfo model, String inputName) {
        String file = fileName(model.file());
        TensorSpec input;
        if (inputName != null) {
            input = model.inputs().stream().filter(i -> i.name().equals(inputName)).findFirst()
                    .orElseThrow(() -> new BadInputException(file + " has no input '" + inputName
                            + "'; its inputs are: " + OutputChoice.list(model.inputs()) + "."));
        } else if (model.inputs().size() != 1) {
            throw new BadInputException(file + " has " + model.inputs().size() + " inputs ("
                    + OutputChoice.list(model.inputs()) + "); InferScope feeds one tensor of features:"
                    + " use a model with a single input.");
        } else {
            input = model.inputs().get(0);
        }
        if (input.kind() != ValueKind.TENSOR || input.elementType() == ElementType.STRING) {
            throw new BadInputException(file + " input '" + input.name() + "' is " + input.describe()
                    + ", not a numeric tensor; InferScope feeds numeric features: use a model with a numeric tensor input.");
        }
        return input;
    }

    static String fileName(Path file) {
        if (file == null) {
            return "the model";
        }
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    public ModelInfo model() {
        return model;
    }

    public Dataset data() {
        return data;
    }

    public TensorSpec input() {
        return input;
    }

    public TensorSpec output() {
        return output;
    }

    /** The most rows one call may hold: 1 for models fixed at batch 1. */
    public int maxBatch() {
        return layout.maxBatch();
    }

    /** Values one row occupies in the input. */
    public int elementsPerRow() {
        return layout.elementsPerRow();
    }

    /** The input's shape for one batch of {@code rows} rows. */
    public long[] shapeFor(int rows) {
        long[] shape = new long[layout.rowShape().length + 1];
        shape[0] = rows;
        System.arraycopy(layout.rowShape(), 0, shape, 1, layout.rowShape().length);
        return shape;
    }

    public boolean columnsMatchedByName() {
        return mapping.byName();
    }

    public List<String> notes() {
        return notes;
    }

    /**
     * Every row mapped and scaled, row-major; built on first call and shared after. When neither
     * mapping nor scaling changes anything, this is the dataset's own array: no copy of a large dataset.
     */
    public synchronized float[] prepareAll() {
        if (prepared == null) {
            prepared = build();
        }
        return prepared;
    }

    private float[] build() {
        float[] source = data.features().values();
        Scaling scaling = options.scaling();
        if (scaling.isIdentity() && mapping.isIdentity(data.columns())) {
            return source;
        }
        int[] columns = mapping.columns();
        int width = data.columns();
        float[] out = new float[data.rows() * columns.length];
        for (int r = 0, o = 0; r < data.rows(); r++) {
            int base = r * width;
            for (int column : columns) {
                out[o++] = column < 0 ? Float.NaN : scaling.apply(source[base + column]);
            }
        }
        return out;
    }

    /** A batch of {@code rows} rows from the prepared matrix, starting at {@code firstRow}; no copy. */
    public InputBatch batch(float[] prepared, int firstRow, int rows) {
        if (rows < 1 || rows > maxBatch()) {
            throw new IllegalArgumentException("batch of " + rows + " rows; this model takes 1.." + maxBatch());
        }
        if (firstRow < 0 || firstRow + rows > data.rows()) {
            throw new IllegalArgumentException("rows " + firstRow + ".." + (firstRow + rows) + " of " + data.rows());
        }
        return new InputBatch(prepared, firstRow * elementsPerRow(), shapeFor(rows), rows);
    }

    /** A reader that turns this binding's output into the dataset's classes or numbers. */
    public OutputReader outputReader() {
        return new OutputReader(data.target().task(), data.target().classNames(), options.classOrder(),
                model.classLabels(), output.name());
    }
}
