/**
 * The typed, immutable syntax tree of an instruction. Every node carries a 1-based {@link
 * io.ofa4j.instruction.ast.SourceSpan}; {@link
 * io.ofa4j.instruction.Instructions#equalIgnoringSpans} compares trees without them.
 */
package io.ofa4j.instruction.ast;
