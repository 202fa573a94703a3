/** The ofa4j instruction language: grammar, immutable syntax tree with source spans, diagnostics. */
package io.ofa4j.instruction;
