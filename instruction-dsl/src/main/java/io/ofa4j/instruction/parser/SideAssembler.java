package io.ofa4j.instruction.parser;

import io.ofa4j.instruction.ast.Element;
import io.ofa4j.instruction.ast.PlainText;
import io.ofa4j.instruction.ast.RepeatGroup;
import io.ofa4j.instruction.ast.Slot;
import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.DslErrorCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.Token;

/**
 * Turns the flat items of one side into elements, matching repeat groups with a stack in one
 * pass. The rules: a {@code (} whose matching parenthesis is {@code )*} opens a repeat group; one
 * closed by a plain {@code )} or never closed is plain text (a never-closed {@code (} directly
 * followed by a slot is reported, since it is almost surely a group missing its {@code )*}). A
 * group-opening {@code [} must be closed by {@code ]*}. Each piece of plain text is trimmed, and
 * whitespace-only pieces are dropped.
 */
final class SideAssembler {
  private final SourceMap map;
  private final List<Diagnostic> diagnostics;
  private final Deque<Frame> stack = new ArrayDeque<>();

  SideAssembler(SourceMap map, List<Diagnostic> diagnostics) {
    this.map = Objects.requireNonNull(map, "map is null");
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics is null");
  }

  /**
   * The elements of one side.
   *
   * @param items the side's items in source order
   * @param end the token after the side (arrow, separator or end of input), for messages
   */
  List<Element> assemble(List<SideItem> items, Token end) {
    stack.clear();
    stack.push(new Frame(null, null));
    for (SideItem item : items) {
      if (item instanceof SideItem.Done done) {
        stack.peek().add(done.element(), done.end());
      } else if (item instanceof SideItem.Text text) {
        stack.peek().addText(text.start(), text.end());
      } else if (item instanceof SideItem.Open open) {
        stack.push(new Frame(open.style(), open.token()));
      } else {
        close((SideItem.Close) item);
      }
    }
    while (stack.size() > 1) {
      Frame frame = stack.pop();
      String expected = frame.style == RepeatGroup.Style.BRACKETS ? "']*'" : "')*'";
      if (frame.style == RepeatGroup.Style.BRACKETS || frame.startsWithElement()) {
        diagnostics.add(Diagnostic.error(DslErrorCode.UNCLOSED_GROUP, map.span(frame.open),
            "repeat group opened by '" + frame.open.getText() + "' is not closed: expected "
                + expected + " before " + describe(end),
            "close the group with " + expected + ", as in '"
                + (frame.style == RepeatGroup.Style.BRACKETS ? "[[BOX] [TEXT]]*" : "([BOX] [TEXT])*") + "'"));
      }
      if (frame.style == RepeatGroup.Style.BRACKETS) {
        group(frame, null);
      } else {
        flatten(frame, null);
      }
    }
    return finish(stack.pop().children);
  }

  private void close(SideItem.Close close) {
    Token token = close.token();
    SideItem.CloseKind kind = close.kind();
    if (kind == SideItem.CloseKind.PAREN) {
      if (stack.peek().style == RepeatGroup.Style.PARENTHESES) {
        flatten(stack.pop(), token);
      } else {
        stack.peek().addText(map.start(token), map.end(token));
      }
      return;
    }
    if (kind == SideItem.CloseKind.PAREN_STAR) {
      if (stack.peek().style == RepeatGroup.Style.PARENTHESES) {
        group(stack.pop(), token);
      } else {
        stray(token, "')*' closes no repeat group", "open the group with '(', as in '([BOX] [TEXT])*'");
      }
      return;
    }
    // ']*' or ']': a '(' left open inside a bracket group is plain text
    while (stack.peek().style == RepeatGroup.Style.PARENTHESES) {
      flatten(stack.pop(), null);
    }
    if (stack.peek().style != RepeatGroup.Style.BRACKETS) {
      stray(token, kind == SideItem.CloseKind.BRACKET_STAR
              ? "']*' closes no repeat group"
              : "stray ']' outside a slot",
          "a slot is written '[MODALITY:name]' and a repeat group '[[BOX] [TEXT]]*'");
      return;
    }
    Frame frame = stack.pop();
    if (kind == SideItem.CloseKind.BRACKET) {
      diagnostics.add(Diagnostic.error(DslErrorCode.UNCLOSED_GROUP, map.span(token),
          "repeat group opened by '[' at " + map.span(frame.open) + " is closed by ']' without '*'",
          "write ']*' to close a repeat group"));
    }
    group(frame, token);
  }

  private void stray(Token token, String message, String help) {
    diagnostics.add(Diagnostic.error(DslErrorCode.STRAY_BRACKET, map.span(token), message, help));
  }

  /** Closes a frame as a repeat group; {@code close} is null when the group was never closed. */
  private void group(Frame frame, Token close) {
    List<Element> elements = finish(frame.children);
    int start = map.start(frame.open);
    int end = close == null ? frame.lastEnd : map.end(close);
    if (elements.stream().noneMatch(SideAssembler::containsSlot)) {
      diagnostics.add(Diagnostic.error(DslErrorCode.REPEAT_WITHOUT_SLOT, map.span(start, end),
          "repeat group '" + Snippets.shorten(map.text(start, end)) + "' has no slot",
          "a repeat group repeats slots, as in '([BOX] [TEXT])*'"));
    }
    stack.peek().add(new RepeatGroup(frame.style, elements, map.span(start, end)), end);
  }

  /** Puts an unmatched '(' frame back into its parent as plain text. */
  private void flatten(Frame frame, Token close) {
    Frame parent = stack.peek();
    parent.addText(map.start(frame.open), map.end(frame.open));
    for (Object child : frame.children) {
      if (child instanceof PendingText text) {
        parent.addText(text.start, text.end);
      } else {
        parent.add((Element) child, frame.lastEnd);
      }
    }
    if (close != null) {
      parent.addText(map.start(close), map.end(close));
    }
  }

  private static boolean containsSlot(Element element) {
    return element instanceof Slot
        || element instanceof RepeatGroup group
            && group.elements().stream().anyMatch(SideAssembler::containsSlot);
  }

  private List<Element> finish(List<Object> children) {
    List<Element> elements = new ArrayList<>(children.size());
    for (Object child : children) {
      if (child instanceof PendingText text) {
        int start = text.start;
        int end = text.end;
        while (start < end && Character.isWhitespace(map.source().charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(map.source().charAt(end - 1))) {
          end--;
        }
        if (start < end) {
          elements.add(new PlainText(map.text(start, end), map.span(start, end)));
        }
      } else {
        elements.add((Element) child);
      }
    }
    return elements;
  }

  private static String describe(Token token) {
    return token.getType() == Token.EOF ? "end of input" : "'" + token.getText() + "'";
  }

  /** Plain text being collected; adjacent pieces merge into one. */
  private static final class PendingText {
    final int start;
    int end;

    PendingText(int start, int end) {
      this.start = start;
      this.end = end;
    }
  }

  /** One open group (or the side itself when {@code style} is null). */
  private final class Frame {
    final RepeatGroup.Style style;
    final Token open;
    final List<Object> children = new ArrayList<>();
    int lastEnd;

    Frame(RepeatGroup.Style style, Token open) {
      this.style = style;
      this.open = open;
      this.lastEnd = open == null ? 0 : map.end(open);
    }

    void add(Element element, int end) {
      children.add(element);
      lastEnd = Math.max(lastEnd, end);
    }

    void addText(int start, int end) {
      Object last = children.isEmpty() ? null : children.get(children.size() - 1);
      if (last instanceof PendingText text && text.end == start) {
        text.end = end;
      } else {
        children.add(new PendingText(start, end));
      }
      lastEnd = Math.max(lastEnd, end);
    }

    /** Whether the first non-blank child is a slot or a group (a '(' that looks like a group). */
    boolean startsWithElement() {
      for (Object child : children) {
        if (child instanceof PendingText text) {
          if (!map.text(text.start, text.end).isBlank()) {
            return false;
          }
        } else {
          return true;
        }
      }
      return false;
    }
  }
}
