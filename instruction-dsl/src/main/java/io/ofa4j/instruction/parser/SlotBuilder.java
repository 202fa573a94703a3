package io.ofa4j.instruction.parser;

import io.ofa4j.instruction.ast.Attribute;
import io.ofa4j.instruction.ast.AttributeValue;
import io.ofa4j.instruction.ast.Slot;
import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.DslErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds {@link Slot}s and their attributes, reporting the problems a slot can have on its own:
 * {@code []}, {@code [TEXT:]}, a duplicate attribute and an unclosed string. A slot that already
 * has a syntax error gets no further diagnostics, so one mistake gives one message.
 */
final class SlotBuilder {
  private final SourceMap map;
  private final SyntaxErrorHandler errors;
  private final List<Diagnostic> diagnostics;
  private boolean sawUnclosedString;

  SlotBuilder(SourceMap map, SyntaxErrorHandler errors, List<Diagnostic> diagnostics) {
    this.map = Objects.requireNonNull(map, "map is null");
    this.errors = Objects.requireNonNull(errors, "errors is null");
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics is null");
  }

  /** Whether an unclosed string was seen since the last call (it swallows the rest of a line). */
  boolean takeUnclosedString() {
    boolean seen = sawUnclosedString;
    sawUnclosedString = false;
    return seen;
  }

  /** The slot, or {@code null} when it has no modality (then a diagnostic was reported). */
  Slot slot(InstructionParser.SlotContext ctx) {
    Token open = ctx.getStart();
    Token stop = lastRealToken(ctx, open);
    SourceSpan span = map.span(open, stop);
    String written = map.excerpt(map.start(open), map.end(stop));
    boolean broken = errors.hasErrorBetween(open.getTokenIndex(), stop.getTokenIndex());
    InstructionParser.SlotBodyContext body = ctx.slotBody();
    if (body == null || !real(body.modality)) {
      boolean closed = ctx.RBRACKET() != null && ctx.RBRACKET().getSymbol().getTokenIndex() >= 0;
      if (!broken && closed) {
        diagnostics.add(Diagnostic.error(DslErrorCode.EMPTY_SLOT, span,
            "empty slot '" + written + "'", "a slot is written '[MODALITY:name]', as in '[IMAGE:img]'"));
      }
      return null;
    }
    String name = null;
    if (real(body.name)) {
      name = body.name.getText();
    } else if (body.COLON() != null && !broken) {
      diagnostics.add(Diagnostic.error(DslErrorCode.EMPTY_SLOT_NAME, map.span(body.COLON().getSymbol()),
          "empty name after ':' in slot '" + written + "'",
          "write a name, as in '[" + body.modality.getText() + ":caption]', or remove the ':'"));
    }
    return new Slot(body.modality.getText(), map.span(body.modality), name, attributes(body, written),
        span);
  }

  private List<Attribute> attributes(InstructionParser.SlotBodyContext body, String written) {
    List<Attribute> attributes = new ArrayList<>();
    Map<String, Attribute> seen = new HashMap<>();
    for (InstructionParser.AttributeContext ctx : body.attribute()) {
      if (!real(ctx.key)) {
        continue;
      }
      Token stop = lastRealToken(ctx, ctx.key);
      Attribute attribute = new Attribute(ctx.key.getText(), map.span(ctx.key),
          value(ctx.value()), map.span(ctx.key, stop));
      Attribute first = seen.putIfAbsent(attribute.name(), attribute);
      if (first != null) {
        diagnostics.add(Diagnostic.error(DslErrorCode.DUPLICATE_ATTRIBUTE, attribute.nameSpan(),
            "duplicate attribute '" + attribute.name() + "' in slot '" + written + "'",
            "first given at " + first.nameSpan() + "; give each attribute once"));
      }
      attributes.add(attribute);
    }
    return attributes;
  }

  private AttributeValue value(InstructionParser.ValueContext ctx) {
    if (ctx == null || ctx.getStart() == null || ctx.getStart().getTokenIndex() < 0) {
      return null;
    }
    Token token = ctx.getStart();
    SourceSpan span = map.span(token);
    String text = token.getText();
    if (ctx instanceof InstructionParser.IdentifierValueContext) {
      return new AttributeValue.Identifier(text, span);
    }
    if (ctx instanceof InstructionParser.NumberValueContext) {
      try {
        return AttributeValue.Number.of(text, span);
      } catch (NumberFormatException | ArithmeticException e) {
        diagnostics.add(Diagnostic.error(DslErrorCode.SYNTAX_ERROR, span,
            "number '" + Snippets.shorten(text) + "' is out of range"));
        return null;
      }
    }
    if (ctx instanceof InstructionParser.StringValueContext) {
      return new AttributeValue.QuotedString(unescape(text, 1, text.length() - 1), span);
    }
    if (ctx instanceof InstructionParser.UnclosedStringValueContext) {
      sawUnclosedString = true;
      char quote = text.charAt(0);
      diagnostics.add(Diagnostic.error(DslErrorCode.UNCLOSED_STRING, span,
          "unclosed string " + Snippets.shorten(text) + ": expected a closing '" + quote + "'"
              + " before the end of the line",
          "close the string with '" + quote + "'"));
      return new AttributeValue.QuotedString(unescape(text, 1, text.length()), span);
    }
    return null;
  }

  /** Whether a token was read from the input (error recovery conjures tokens with index -1). */
  private static boolean real(Token token) {
    return token != null && token.getTokenIndex() >= 0;
  }

  /** The text between the quotes with {@code \x} read as {@code x}. */
  private static String unescape(String text, int from, int to) {
    if (to <= from) {
      // A one-character quote token (seen under error recovery, found by fuzzing) is empty.
      return "";
    }
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < to) {
        c = text.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The last token really read for a rule (error recovery may add conjured tokens). */
  static Token lastRealToken(ParserRuleContext ctx, Token fallback) {
    for (int i = ctx.getChildCount() - 1; i >= 0; i--) {
      ParseTree child = ctx.getChild(i);
      if (child instanceof TerminalNode terminal) {
        if (terminal.getSymbol().getTokenIndex() >= 0) {
          return terminal.getSymbol();
        }
      } else if (child instanceof ParserRuleContext rule && rule.getChildCount() > 0) {
        Token last = lastRealToken(rule, null);
        if (last != null) {
          return last;
        }
      }
    }
    return fallback;
  }
}
