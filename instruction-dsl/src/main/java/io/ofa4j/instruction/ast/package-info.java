/**
 * The typed, immutable syntax tree of an instruction. Every node carries a 1-based {@link
 * io.ofa4j.instruction.ast.SourceSpan}; equality that ignores spans is provided by the formatter
 * round-trip helpers in tests.
 */
package io.ofa4j.instruction.ast;
