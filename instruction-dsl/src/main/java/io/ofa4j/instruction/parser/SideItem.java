package io.ofa4j.instruction.parser;

import io.ofa4j.instruction.ast.Element;
import io.ofa4j.instruction.ast.RepeatGroup;
import org.antlr.v4.runtime.Token;

/** One piece of a template side as the parser saw it, before repeat groups are matched. */
sealed interface SideItem {

  /** A finished element (a slot or a legacy marker) ending at UTF-16 offset {@code end}. */
  record Done(Element element, int end) implements SideItem {}

  /** Raw plain text between UTF-16 offsets {@code [start, end)}, untrimmed. */
  record Text(int start, int end) implements SideItem {}

  /** {@code (} or a group-opening {@code [}. */
  record Open(RepeatGroup.Style style, Token token) implements SideItem {}

  /** {@code )*}, {@code )}, {@code ]*} or a stray {@code ]}. */
  record Close(CloseKind kind, Token token) implements SideItem {}

  /** The closing tokens. */
  enum CloseKind {
    PAREN_STAR,
    PAREN,
    BRACKET_STAR,
    BRACKET
  }
}
