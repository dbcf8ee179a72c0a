/**
 * The engine from a terminal, for scripts and CI: {@code eval}, {@code info}, {@code transform}, {@code devices},
 * and the multi-run commands {@code sweep}, {@code tune}, {@code scenario}, {@code robustness}, {@code drift},
 * {@code compare}.
 * Exit codes: 0 ok, 2 bad input (the message names the file, row or column), 1 internal error.
 */
package org.inferscope.cli;
