package org.inferscope.plugins.tribuo;

/** The two kinds of Tribuo model InferScope evaluates, with the output each one names. */
enum OutputTask {
    /** A {@code Model<Label>}: one score per class, output "scores". */
    CLASSIFICATION("scores"),
    /** A single-dimension {@code Model<Regressor>}: one value per row, output "value". */
    REGRESSION("value");

    private final String outputName;

    OutputTask(String outputName) {
        this.outputName = outputName;
    }

    String outputName() {
        return outputName;
    }
}
