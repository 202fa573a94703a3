/**
 * The ofa4j instruction language: {@link io.ofa4j.instruction.InstructionParser} (text to tree,
 * with diagnostics), {@link io.ofa4j.instruction.InstructionFormatter} (tree to canonical text),
 * {@link io.ofa4j.instruction.InstructionBuilder} (tree from Java) and {@link
 * io.ofa4j.instruction.DiagnosticRenderer} (diagnostics for people).
 */
package io.ofa4j.instruction;
