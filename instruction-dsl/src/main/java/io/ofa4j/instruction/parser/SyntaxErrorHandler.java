package io.ofa4j.instruction.parser;

import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.DslErrorCode;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Reports syntax errors as {@link Diagnostic}s with ofa4j wording and keeps ANTLR's recovery, so
 * every broken slot of an instruction is reported at once. ANTLR's own messages ("extraneous
 * input ... expecting {...}") never reach the user: messages read {@code mismatched input 'X'.
 * Expecting: <attribute>, ']'} (Trino {@code ErrorHandler} style), and a slot whose {@code ]} is
 * missing is reported as {@link DslErrorCode#UNCLOSED_SLOT} at its {@code [}.
 */
final class SyntaxErrorHandler extends DefaultErrorStrategy {
  private final SourceMap map;
  private final List<Diagnostic> diagnostics;
  private final NavigableSet<Integer> errorTokens = new TreeSet<>();
  private int scannedFrom = -1;
  private int scannedTo = -2;
  private boolean scannedClosed;

  SyntaxErrorHandler(SourceMap map, List<Diagnostic> diagnostics) {
    this.map = Objects.requireNonNull(map, "map is null");
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics is null");
  }

  /** Whether a syntax error was reported at a token with index in {@code [from, to]}. */
  boolean hasErrorBetween(int from, int to) {
    Integer first = errorTokens.ceiling(from);
    return first != null && first <= to;
  }

  @Override
  protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
    report(parser, e.getOffendingToken(), e.getExpectedTokens(), e.getCtx());
  }

  @Override
  protected void reportInputMismatch(Parser parser, InputMismatchException e) {
    report(parser, e.getOffendingToken(), e.getExpectedTokens(), e.getCtx());
  }

  @Override
  protected void reportFailedPredicate(Parser parser, FailedPredicateException e) {
    report(parser, e.getOffendingToken(), e.getExpectedTokens(), e.getCtx());
  }

  @Override
  protected void reportUnwantedToken(Parser parser) {
    if (!inErrorRecoveryMode(parser)) {
      beginErrorCondition(parser);
      report(parser, parser.getCurrentToken(), expected(parser), parser.getContext());
    }
  }

  @Override
  protected void reportMissingToken(Parser parser) {
    if (!inErrorRecoveryMode(parser)) {
      beginErrorCondition(parser);
      report(parser, parser.getCurrentToken(), expected(parser), parser.getContext());
    }
  }

  /**
   * What could come next. ANTLR defers an error at an optional loop ({@code (',' attribute)*})
   * to the next match, where only that match's token is expected; add back what the loop
   * accepted, so the message says {@code Expecting: ',', ']'} and not just {@code ']'}.
   */
  private IntervalSet expected(Parser parser) {
    IntervalSet expected = parser.getExpectedTokens();
    if (nextTokensContext != null) {
      expected = expected.or(parser.getATN().getExpectedTokens(nextTokensState, nextTokensContext));
    }
    return expected;
  }

  private void report(Parser parser, Token found, IntervalSet expected, RuleContext context) {
    errorTokens.add(found.getTokenIndex());
    TokenStream tokens = parser.getTokenStream();
    Token previous = found.getTokenIndex() > 0 ? previousOnChannel(tokens, found) : null;
    if (previous != null && previous.getType() == InstructionLexer.UNCLOSED_STRING) {
      return; // the unclosed string is reported by the AST builder; this is only its echo
    }
    InstructionParser.SlotContext slot = enclosingSlot(context);
    if (slot != null && !closedLater(tokens, found)) {
      Token open = slot.getStart();
      int end = previous == null ? map.end(open) : Math.max(map.end(open), map.end(previous));
      String written = map.excerpt(map.start(open), end);
      diagnostics.add(Diagnostic.error(DslErrorCode.UNCLOSED_SLOT, map.span(map.start(open), end),
          "unclosed slot '" + written + "': expected ']' before " + describe(found),
          "close the slot with ']', as in '" + written + "]'"));
      return;
    }
    SourceSpan span = map.span(found);
    String message = found.getType() == Token.EOF
        ? "unexpected end of input. Expecting: " + expectedNames(expected, context)
        : "mismatched input '" + Snippets.shorten(found.getText()) + "'. Expecting: "
            + expectedNames(expected, context);
    diagnostics.add(Diagnostic.error(DslErrorCode.SYNTAX_ERROR, span, message));
  }

  private static Token previousOnChannel(TokenStream tokens, Token found) {
    for (int i = found.getTokenIndex() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        return t;
      }
    }
    return null;
  }

  /**
   * Whether a ']' closes the current slot before the next arrow, separator, slot or the end. The
   * answer holds for every token up to the one that decided it, so it is remembered: many errors
   * in one long slot still cost one scan (parsing stays linear).
   */
  private boolean closedLater(TokenStream tokens, Token found) {
    int from = found.getTokenIndex();
    if (from >= scannedFrom && from <= scannedTo) {
      return scannedClosed;
    }
    for (int i = from; ; i++) {
      int type = tokens.get(i).getType();
      if (type == InstructionLexer.RBRACKET || type == InstructionLexer.ARROW
          || type == InstructionLexer.ALT || type == InstructionLexer.LBRACKET || type == Token.EOF) {
        scannedFrom = from;
        scannedTo = i;
        scannedClosed = type == InstructionLexer.RBRACKET;
        return scannedClosed;
      }
    }
  }

  private static InstructionParser.SlotContext enclosingSlot(RuleContext context) {
    for (RuleContext c = context; c != null; c = c.parent) {
      if (c instanceof InstructionParser.SlotContext slot) {
        return slot;
      }
    }
    return null;
  }

  private static String describe(Token token) {
    return token.getType() == Token.EOF
        ? "end of input"
        : "'" + Snippets.shorten(token.getText()) + "'";
  }

  /** Friendly names for the expected tokens; identifiers are named after their role. */
  private static String expectedNames(IntervalSet expected, RuleContext context) {
    boolean valueExpected = expected.contains(InstructionLexer.NUMBER)
        || context instanceof InstructionParser.ValueContext;
    Set<String> names = new TreeSet<>(SyntaxErrorHandler::compareNames);
    for (int type : expected.toArray()) {
      switch (type) {
        case InstructionLexer.IDENTIFIER -> names.add(valueExpected ? "<value>" : identifierRole(context));
        case InstructionLexer.NUMBER, InstructionLexer.STRING, InstructionLexer.UNCLOSED_STRING ->
            names.add("<value>");
        case InstructionLexer.COLON -> names.add("':'");
        case InstructionLexer.COMMA -> names.add("','");
        case InstructionLexer.EQUALS -> names.add("'='");
        case InstructionLexer.RBRACKET -> names.add("']'");
        case Token.EOF -> names.add("end of input");
        default -> names.add(InstructionLexer.VOCABULARY.getDisplayName(type));
      }
    }
    return String.join(", ", names);
  }

  /** Rule names ({@code <value>}) first, then punctuation, then the end of input. */
  private static int compareNames(String a, String b) {
    return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b);
  }

  private static int rank(String name) {
    return name.startsWith("<") ? 0 : name.startsWith("'") ? 1 : 2;
  }

  private static String identifierRole(RuleContext context) {
    if (context instanceof InstructionParser.AttributeContext) {
      return "<attribute>";
    }
    if (context instanceof InstructionParser.SlotBodyContext) {
      return "<name>";
    }
    return "<modality>";
  }
}
