/**
 * Fitting a dataset to a model: which input and output to use, how columns map to the input's shape,
 * scaling, and turning the model's outputs back into the dataset's classes or numbers.
 */
package org.inferscope.engine.binding;
