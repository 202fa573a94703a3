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
 * Turns the flat items of one side into elements. The rules: a {@code (} whose matching
 * parenthesis is {@code )*} opens a repeat group; one closed by a plain {@code )} or never closed
 * is plain text (a never-closed {@code (} directly followed by a slot is reported, since it is
 * almost surely a group missing its {@code )*}). A group-opening {@code [} must be closed by
 * {@code ]*}. Each piece of plain text is trimmed, and whitespace-only pieces are dropped.
 *
 * <p>Two linear passes: the first matches brackets by index and decides each bracket's role, the
 * second builds the elements, so deeply nested plain parentheses cost nothing extra.
 */
final class SideAssembler {
  private enum Role {
    TEXT,
    GROUP,
    DROPPED
  }

  /** Deeper groups are reported and kept as text, so no consumer has to recurse without bound. */
  static final int MAX_GROUP_DEPTH = 16;

  private final SourceMap map;
  private final List<Diagnostic> diagnostics;

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
    return build(items, match(items, end));
  }

  /** Pass 1: the role of every bracket item (null for other items). */
  private Role[] match(List<SideItem> items, Token end) {
    Role[] roles = new Role[items.size()];
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < items.size(); i++) {
      SideItem item = items.get(i);
      if (item instanceof SideItem.Open) {
        open.push(i);
      } else if (item instanceof SideItem.Close close) {
        roles[i] = close(items, roles, open, i, close);
      }
    }
    while (!open.isEmpty()) {
      int index = open.pop();
      SideItem.Open item = (SideItem.Open) items.get(index);
      boolean brackets = item.style() == RepeatGroup.Style.BRACKETS;
      roles[index] = brackets ? Role.GROUP : Role.TEXT;
      if (brackets || startsWithElement(items, index + 1)) {
        String expected = brackets ? "']*'" : "')*'";
        diagnostics.add(Diagnostic.error(DslErrorCode.UNCLOSED_GROUP, map.span(item.token()),
            "repeat group opened by '" + item.token().getText() + "' is not closed: expected "
                + expected + " before " + describe(end),
            "close the group with " + expected + ", as in '"
                + (brackets ? "[[BOX] [TEXT]]*" : "([BOX] [TEXT])*") + "'"));
      }
    }
    return roles;
  }

  private Role close(List<SideItem> items, Role[] roles, Deque<Integer> open, int index,
      SideItem.Close close) {
    Token token = close.token();
    switch (close.kind()) {
      case PAREN:
        if (isOpen(items, open, RepeatGroup.Style.PARENTHESES)) {
          roles[open.pop()] = Role.TEXT;
        }
        return Role.TEXT;
      case PAREN_STAR:
        if (isOpen(items, open, RepeatGroup.Style.PARENTHESES)) {
          roles[open.pop()] = Role.GROUP;
          return Role.GROUP;
        }
        return stray(token, "')*' closes no repeat group",
            "open the group with '(', as in '([BOX] [TEXT])*'");
      default:
        // ']*' or ']': a '(' left open inside a bracket group is plain text
        while (isOpen(items, open, RepeatGroup.Style.PARENTHESES)) {
          roles[open.pop()] = Role.TEXT;
        }
        if (open.isEmpty()) {
          return stray(token, close.kind() == SideItem.CloseKind.BRACKET_STAR
                  ? "']*' closes no repeat group"
                  : "stray ']' outside a slot",
              "a slot is written '[MODALITY:name]' and a repeat group '[[BOX] [TEXT]]*'");
        }
        Token opener = ((SideItem.Open) items.get(open.peek())).token();
        roles[open.pop()] = Role.GROUP;
        if (close.kind() == SideItem.CloseKind.BRACKET) {
          diagnostics.add(Diagnostic.error(DslErrorCode.UNCLOSED_GROUP, map.span(token),
              "repeat group opened by '[' at " + map.span(opener) + " is closed by ']' without '*'",
              "write ']*' to close a repeat group"));
        }
        return Role.GROUP;
    }
  }

  private static boolean isOpen(List<SideItem> items, Deque<Integer> open, RepeatGroup.Style style) {
    return !open.isEmpty() && ((SideItem.Open) items.get(open.peek())).style() == style;
  }

  private Role stray(Token token, String message, String help) {
    diagnostics.add(Diagnostic.error(DslErrorCode.STRAY_BRACKET, map.span(token), message, help));
    return Role.DROPPED;
  }

  /** Whether the first non-blank item from {@code index} is a slot, marker or bracket group. */
  private boolean startsWithElement(List<SideItem> items, int index) {
    for (int i = index; i < items.size(); i++) {
      SideItem item = items.get(i);
      if (!(item instanceof SideItem.Text text) || !map.text(text.start(), text.end()).isBlank()) {
        return item instanceof SideItem.Done
            || item instanceof SideItem.Open open && open.style() == RepeatGroup.Style.BRACKETS;
      }
    }
    return false;
  }

  /** Pass 2: elements, with a frame per open repeat group. */
  private List<Element> build(List<SideItem> items, Role[] roles) {
    Deque<Frame> frames = new ArrayDeque<>();
    frames.push(new Frame(null, 0));
    int tooDeep = 0; // groups past MAX_GROUP_DEPTH still open; their brackets stay text
    for (int i = 0; i < items.size(); i++) {
      SideItem item = items.get(i);
      Frame top = frames.peek();
      if (item instanceof SideItem.Done done) {
        top.add(done.element(), done.end());
      } else if (item instanceof SideItem.Text text) {
        top.addText(text.start(), text.end());
      } else {
        Token token = item instanceof SideItem.Open open ? open.token() : ((SideItem.Close) item).token();
        boolean opens = item instanceof SideItem.Open;
        if (roles[i] == Role.GROUP && opens && frames.size() > MAX_GROUP_DEPTH) {
          if (tooDeep++ == 0) {
            diagnostics.add(Diagnostic.error(DslErrorCode.SYNTAX_ERROR, map.span(token),
                "repeat groups nested more than " + MAX_GROUP_DEPTH + " deep"));
          }
          top.addText(map.start(token), map.end(token));
        } else if (roles[i] == Role.GROUP && !opens && tooDeep > 0) {
          tooDeep--;
          top.addText(map.start(token), map.end(token));
        } else if (roles[i] == Role.TEXT) {
          top.addText(map.start(token), map.end(token));
        } else if (roles[i] == Role.GROUP && opens) {
          frames.push(new Frame((SideItem.Open) item, map.end(token)));
        } else if (roles[i] == Role.GROUP) {
          Frame group = frames.pop();
          group(group, frames.peek(), map.end(token));
        }
      }
    }
    while (frames.size() > 1) {
      Frame group = frames.pop();
      group(group, frames.peek(), group.lastEnd);
    }
    return frames.pop().finish();
  }

  private void group(Frame frame, Frame parent, int end) {
    List<Element> elements = frame.finish();
    int start = map.start(frame.open.token());
    if (!frame.hasSlot) {
      diagnostics.add(Diagnostic.error(DslErrorCode.REPEAT_WITHOUT_SLOT, map.span(start, end),
          "repeat group '" + map.excerpt(start, end) + "' has no slot",
          "a repeat group repeats slots, as in '([BOX] [TEXT])*'"));
    }
    parent.add(new RepeatGroup(frame.open.style(), elements, map.span(start, end)), end);
    parent.hasSlot |= frame.hasSlot;
  }

  private static String describe(Token token) {
    return token.getType() == Token.EOF ? "end of input" : "'" + token.getText() + "'";
  }

  /** The side itself ({@code open} null) or one open repeat group. */
  private final class Frame {
    final SideItem.Open open;
    final List<Element> elements = new ArrayList<>();
    int textStart = -1;
    int textEnd = -1;
    int lastEnd;
    boolean hasSlot;

    Frame(SideItem.Open open, int lastEnd) {
      this.open = open;
      this.lastEnd = lastEnd;
    }

    void add(Element element, int end) {
      flushText();
      elements.add(element);
      hasSlot |= element instanceof Slot;
      lastEnd = Math.max(lastEnd, end);
    }

    /** Adjacent plain-text pieces merge into one. */
    void addText(int start, int end) {
      if (textStart < 0) {
        textStart = start;
      }
      textEnd = end;
      lastEnd = Math.max(lastEnd, end);
    }

    private void flushText() {
      if (textStart < 0) {
        return;
      }
      int start = textStart;
      int end = textEnd;
      textStart = -1;
      while (start < end && Character.isWhitespace(map.source().charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(map.source().charAt(end - 1))) {
        end--;
      }
      if (start < end) {
        elements.add(new PlainText(map.text(start, end), map.span(start, end)));
      }
    }

    List<Element> finish() {
      flushText();
      return elements;
    }
  }
}
