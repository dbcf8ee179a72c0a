/**
 * Dataset readers: CSV/TSV (also whitespace-separated and gzip-compressed), ARFF, LibSVM/SVMlight
 * and IDX (MNIST), each giving a dense float feature matrix and a target.
 *
 * <p>Parsing policies, the same for every format where they apply:
 * <ul>
 * <li>Missing feature values are an empty cell, {@code ?}, {@code NA}, {@code N/A} or {@code NaN}
 *     (any case). They are rejected or imputed with the column mean, as
 *     {@link org.inferscope.engine.api.MissingValuePolicy} says; a missing target is always rejected.
 *     In LibSVM an absent index is 0, never missing.</li>
 * <li>A CSV file has a header when its first row holds text in a column whose cells below are
 *     numbers. Without a header, columns are named {@code f0}, {@code f1}.. by their position in the
 *     file and the target is named {@code target}.</li>
 * <li>The delimiter is sniffed among comma, semicolon, tab and pipe; failing those, runs of spaces.</li>
 * <li>The target is classification when it holds text or a nominal attribute, or only integers with
 *     at most 20 distinct values; otherwise regression. Class names are ordered numerically when all
 *     are integers ("1.0" reads as "1"), else lexicographically; ARFF nominal classes keep their
 *     declared order.</li>
 * <li>ARFF nominal features become the index of their value in the declared list, as a float.</li>
 * <li>Numbers are plain decimals with an optional exponent; "Infinity", hex or "1f" are text.</li>
 * </ul>
 * Every bad input is a {@link org.inferscope.engine.api.BadInputException} of one sentence naming
 * the file and, where there is one, the line and column.
 */
package org.inferscope.engine.data;
