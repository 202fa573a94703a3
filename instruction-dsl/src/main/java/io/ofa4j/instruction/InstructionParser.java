package io.ofa4j.instruction;

import io.ofa4j.instruction.ast.Instruction;
import io.ofa4j.instruction.parser.Parsing;

/**
 * Parses instructions such as {@code [IMAGE:img] what does the image describe? -> [TEXT:cap]}.
 *
 * <p>The language, in short:
 *
 * <ul>
 *   <li>An instruction is one or more templates separated by {@code |||}; a template is a source
 *       and a target separated by exactly one {@code ->}.
 *   <li>A slot is {@code [MODALITY(:name)?(,attribute(=value)?)*]}. Values are identifiers,
 *       numbers ({@code 256}, {@code -1}, {@code 0.2}, {@code 1e-3}) or quoted strings ({@code
 *       "a, b"}, {@code 'x'}, with {@code \"} escapes). Whitespace inside a slot is ignored.
 *   <li>Everything else is plain text, kept verbatim (quotes, punctuation, any script); each
 *       piece of plain text between slots is trimmed.
 *   <li>A repeat group is {@code ( ... )*} or {@code [ ... ]*} around slots, the {@code *}
 *       written right after the bracket. A {@code (} opens a group only when the parenthesis that
 *       matches it (by ordinary nesting) is written {@code )*}; otherwise both parentheses are
 *       plain text ({@code what is (roughly) the count?}). A {@code [} opens a bracket group when
 *       its next non-blank character is {@code [} or {@code (}. Groups nest at most 16 deep.
 *   <li>Legacy {@code <BOS>} and {@code <EOS>} markers are accepted with a warning.
 * </ul>
 *
 * <p>Parsing is lenient and linear in the input length: structural mistakes (a missing or second
 * arrow, an unclosed group) still give a tree, and every problem is reported at once.
 */
public final class InstructionParser {
  private InstructionParser() {}

  /**
   * Parses {@code text}, collecting every syntax problem as a diagnostic. Never throws on bad
   * input.
   */
  public static ParseResult parse(String text) {
    return Parsing.parse(text);
  }

  /**
   * Parses {@code text} and returns its tree.
   *
   * @throws InstructionException when the instruction has a syntax error; warnings alone do not
   *     throw
   */
  public static Instruction parseOrThrow(String text) {
    return parse(text).orThrow();
  }
}
