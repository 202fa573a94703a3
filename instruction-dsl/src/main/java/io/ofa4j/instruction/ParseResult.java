package io.ofa4j.instruction;

import io.ofa4j.instruction.ast.Instruction;
import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What {@link InstructionParser#parse(String)} found: the syntax tree (built leniently, so it
 * exists even for most broken instructions and the planner can add its own diagnostics) and all
 * syntax diagnostics sorted by position.
 *
 * @param source the parsed text
 * @param instruction the tree; {@code null} only when nothing could be recovered
 * @param diagnostics errors and warnings in source order
 */
public record ParseResult(String source, Instruction instruction, List<Diagnostic> diagnostics) {
  public ParseResult {
    Objects.requireNonNull(source, "source is null");
    diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics is null"));
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The error diagnostics, in source order. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }

  /** The warning diagnostics, in source order. */
  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList();
  }

  /**
   * This result with the tree's and the diagnostics' spans moved to where the instruction sits in
   * a larger file (a YAML scalar starting at {@code baseLine:baseColumn}); {@link #source()} stays
   * the instruction text, so render against the whole file ({@link DiagnosticRenderer#forFile}).
   */
  public ParseResult rebase(int baseLine, int baseColumn) {
    return new ParseResult(source,
        instruction == null ? null : Instructions.rebase(instruction, baseLine, baseColumn),
        diagnostics.stream().map(d -> d.rebase(baseLine, baseColumn)).toList());
  }

  /**
   * The tree when there are no errors.
   *
   * @throws InstructionException carrying every diagnostic when there is an error
   */
  public Instruction orThrow() {
    if (hasErrors() || instruction == null) {
      throw new InstructionException(source, diagnostics);
    }
    return instruction;
  }
}
