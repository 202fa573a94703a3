package io.ofa4j.instruction.parser;

import io.ofa4j.instruction.ast.Element;
import io.ofa4j.instruction.ast.Instruction;
import io.ofa4j.instruction.ast.Marker;
import io.ofa4j.instruction.ast.RepeatGroup;
import io.ofa4j.instruction.ast.Slot;
import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.ast.Template;
import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.DslErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the syntax tree from the (flat, lenient) parse tree and checks template structure:
 * exactly one {@code ->}, non-empty sides, no empty template. Slots are built by {@link
 * SlotBuilder}, repeat groups matched by {@link SideAssembler}.
 */
final class AstBuilder {
  private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth"};

  private final SourceMap map;
  private final SyntaxErrorHandler errors;
  private final List<Diagnostic> diagnostics;
  private final SlotBuilder slots;
  private final SideAssembler sides;

  AstBuilder(SourceMap map, SyntaxErrorHandler errors, List<Diagnostic> diagnostics) {
    this.map = Objects.requireNonNull(map, "map is null");
    this.errors = Objects.requireNonNull(errors, "errors is null");
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics is null");
    this.slots = new SlotBuilder(map, errors, diagnostics);
    this.sides = new SideAssembler(map, diagnostics);
  }

  /** The instruction; {@code eof} is the end-of-input token. */
  Instruction instruction(InstructionParser.InstructionContext ctx, Token eof) {
    // the indexed accessors (ctx.ALT(i), ctx.side(i)) scan all children: use the lists
    List<InstructionParser.TemplateContext> contexts = ctx.template();
    List<TerminalNode> separators = ctx.ALT();
    List<Template> templates = new ArrayList<>(contexts.size());
    for (int i = 0; i < contexts.size(); i++) {
      Token end = i < separators.size() ? separators.get(i).getSymbol() : eof;
      templates.add(template(contexts.get(i), i + 1, contexts.size(), end));
    }
    if (templates.isEmpty()) {
      templates.add(new Template(List.of(), List.of(), map.span(0, 0)));
    }
    return new Instruction(templates, map.span(0, map.source().length()));
  }

  private Template template(InstructionParser.TemplateContext ctx, int number, int count, Token end) {
    int start = skipBlank(map.start(ctx.getStart()), map.start(end));
    int stop = trimBlank(start, map.start(end));
    SourceSpan span = map.span(start, stop);
    List<Token> arrows = ctx.ARROW().stream().map(a -> a.getSymbol()).toList();
    List<List<Element>> built = new ArrayList<>();
    List<Boolean> sideHasError = new ArrayList<>();
    List<InstructionParser.SideContext> sideContexts = ctx.side();
    for (int i = 0; i < sideContexts.size(); i++) {
      InstructionParser.SideContext side = sideContexts.get(i);
      Token sideEnd = i < arrows.size() ? arrows.get(i) : end;
      built.add(sides.assemble(items(side), sideEnd));
      sideHasError.add(errors.hasErrorBetween(side.getStart().getTokenIndex(), sideEnd.getTokenIndex()));
    }
    boolean broken = slots.takeUnclosedString();
    if (start == stop && arrows.isEmpty()) {
      diagnostics.add(Diagnostic.error(DslErrorCode.EMPTY_TEMPLATE, map.span(map.start(end), map.start(end)),
          count == 1 ? "empty instruction" : "empty template " + number + " before " + describe(end),
          "a template is written 'source -> target', as in '[IMAGE:img] what does the image describe? -> [TEXT:cap]'"));
      return new Template(List.of(), List.of(), span);
    }
    if (arrows.isEmpty()) {
      if (!broken) {
        diagnostics.add(Diagnostic.error(DslErrorCode.MISSING_ARROW, map.span(stop, stop),
            "missing '->' in template " + number + "; a template is written 'source -> target'",
            "put '->' between the source and the target, as in '[IMAGE:img] caption -> [TEXT:cap]'"));
      }
      return new Template(built.get(0), List.of(), span);
    }
    for (int i = 1; i < arrows.size(); i++) {
      diagnostics.add(Diagnostic.error(DslErrorCode.MULTIPLE_ARROWS, map.span(arrows.get(i)),
          ordinal(i) + " '->' in template " + number
              + "; a template has exactly one '->' between source and target",
          "the first '->' is at " + map.span(arrows.get(0))
              + "; to give alternative templates separate them with '|||'"));
    }
    List<Element> target = new ArrayList<>();
    built.subList(1, built.size()).forEach(target::addAll);
    if (built.get(0).isEmpty() && !broken && !sideHasError.get(0)) {
      diagnostics.add(Diagnostic.error(DslErrorCode.EMPTY_SOURCE, map.span(arrows.get(0)),
          "empty source in template " + number + ": nothing before '->'",
          "write the input before '->', as in '[IMAGE:img] what does the image describe? -> [TEXT:cap]'"));
    }
    if (target.isEmpty() && !broken && !sideHasError.subList(1, sideHasError.size()).contains(true)) {
      diagnostics.add(Diagnostic.error(DslErrorCode.EMPTY_TARGET, map.span(arrows.get(0)),
          "empty target in template " + number + ": nothing after '->'",
          "write what to generate after '->', as in '[IMAGE:img] caption -> [TEXT:cap]'"));
    }
    return new Template(built.get(0), target, span);
  }

  private List<SideItem> items(InstructionParser.SideContext side) {
    List<SideItem> items = new ArrayList<>(side.element().size());
    for (InstructionParser.ElementContext element : side.element()) {
      Token token = element.getStart();
      if (element instanceof InstructionParser.SlotElementContext ctx) {
        Slot slot = slots.slot(ctx.slot());
        if (slot != null) {
          items.add(new SideItem.Done(slot, map.end(SlotBuilder.lastRealToken(ctx, token))));
        }
      } else if (element instanceof InstructionParser.MarkerElementContext) {
        items.add(new SideItem.Done(marker(token), map.end(token)));
      } else if (element instanceof InstructionParser.GroupOpenContext) {
        items.add(new SideItem.Open(token.getType() == InstructionLexer.LPAREN
            ? RepeatGroup.Style.PARENTHESES : RepeatGroup.Style.BRACKETS, token));
      } else if (element instanceof InstructionParser.GroupCloseContext) {
        items.add(new SideItem.Close(closeKind(token), token));
      } else if (element instanceof InstructionParser.TextElementContext) {
        items.add(new SideItem.Text(map.start(token), map.end(token)));
      }
    }
    return items;
  }

  private Marker marker(Token token) {
    SourceSpan span = map.span(token);
    diagnostics.add(Diagnostic.warning(DslErrorCode.LEGACY_MARKER, span,
        "legacy marker '" + token.getText() + "'; ofa4j adds begin- and end-of-sequence tokens itself",
        "remove '" + token.getText() + "'"));
    return new Marker(token.getText().equals("<BOS>") ? Marker.Kind.BOS : Marker.Kind.EOS, span);
  }

  private static SideItem.CloseKind closeKind(Token token) {
    return switch (token.getType()) {
      case InstructionLexer.RPAREN_STAR -> SideItem.CloseKind.PAREN_STAR;
      case InstructionLexer.RPAREN -> SideItem.CloseKind.PAREN;
      case InstructionLexer.RBRACKET_STAR -> SideItem.CloseKind.BRACKET_STAR;
      default -> SideItem.CloseKind.BRACKET;
    };
  }

  private int skipBlank(int from, int to) {
    while (from < to && Character.isWhitespace(map.source().charAt(from))) {
      from++;
    }
    return from;
  }

  private int trimBlank(int from, int to) {
    while (to > from && Character.isWhitespace(map.source().charAt(to - 1))) {
      to--;
    }
    return to;
  }

  private static String ordinal(int index) {
    return index < ORDINALS.length ? ORDINALS[index] : "another";
  }

  private static String describe(Token token) {
    return token.getType() == Token.EOF ? "end of input" : "'" + token.getText() + "'";
  }
}
