/**
 * The engine from a terminal, for scripts and CI: {@code eval}, {@code info} and {@code devices}.
 * Exit codes: 0 ok, 2 bad input (the message names the file, row or column), 1 internal error.
 */
package org.inferscope.cli;
