/**
 * The ANTLR grammar of the instruction language and its internals: error reporting, repeat-group
 * matching and the AST builder. Use {@link io.ofa4j.instruction.InstructionParser} instead.
 */
package io.ofa4j.instruction.parser;
