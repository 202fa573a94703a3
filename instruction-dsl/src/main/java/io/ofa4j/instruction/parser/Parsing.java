package io.ofa4j.instruction.parser;

import io.ofa4j.instruction.ParseResult;
import io.ofa4j.instruction.ast.Instruction;
import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.DslErrorCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Runs lexer, parser and AST builder over one instruction (the engine behind {@link
 * io.ofa4j.instruction.InstructionParser}). ANTLR's default console listeners are removed from
 * both lexer and parser; errors become {@link Diagnostic}s.
 */
public final class Parsing {
  private static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparingInt((Diagnostic d) -> d.span().line()).thenComparingInt(d -> d.span().column());

  private Parsing() {}

  /** Parses {@code text}; never throws on bad input. */
  public static ParseResult parse(String text) {
    Objects.requireNonNull(text, "text is null");
    List<Diagnostic> diagnostics = new ArrayList<>();
    SourceMap map = new SourceMap(text);
    InstructionLexer lexer = new InstructionLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    lexer.addErrorListener(new CollectingListener(map, diagnostics));
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill(); // the error handler looks ahead for a slot's closing bracket
    InstructionParser parser = new InstructionParser(tokens);
    parser.removeErrorListeners();
    parser.addErrorListener(new CollectingListener(map, diagnostics));
    SyntaxErrorHandler handler = new SyntaxErrorHandler(map, diagnostics);
    parser.setErrorHandler(handler);
    // the grammar is LL(1): SLL prediction is exact and keeps parsing linear
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    InstructionParser.InstructionContext tree = parser.instruction();
    Instruction instruction = new AstBuilder(map, handler, diagnostics)
        .instruction(tree, tokens.get(tokens.size() - 1));
    diagnostics.sort(BY_POSITION);
    return new ParseResult(text, instruction, diagnostics);
  }

  /**
   * Records anything ANTLR reports through listeners instead of the error strategy (in practice
   * nothing: every character has a token and every parser error goes through {@link
   * SyntaxErrorHandler}); ANTLR's wording is not passed on.
   */
  private static final class CollectingListener extends BaseErrorListener {
    private final SourceMap map;
    private final List<Diagnostic> diagnostics;

    CollectingListener(SourceMap map, List<Diagnostic> diagnostics) {
      this.map = map;
      this.diagnostics = diagnostics;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
        int charPositionInLine, String msg, RecognitionException e) {
      int offset = Math.min(map.source().length(), Math.max(0, offsetOf(line, charPositionInLine)));
      diagnostics.add(Diagnostic.error(DslErrorCode.SYNTAX_ERROR, map.span(offset, offset),
          "unexpected input at line " + line + ", column " + (charPositionInLine + 1)));
    }

    private int offsetOf(int line, int column) {
      int offset = 0;
      for (int l = 1; l < line && offset < map.source().length(); offset++) {
        if (map.source().charAt(offset) == '\n') {
          l++;
        }
      }
      return offset + column;
    }
  }
}
