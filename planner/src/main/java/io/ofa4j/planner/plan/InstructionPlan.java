package io.ofa4j.planner.plan;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.diagnostic.Diagnostic;
import java.util.List;

/**
 * The plans of one instruction: one per template, plus any warnings found while planning.
 *
 * @param source the instruction text, or {@code null} when planned from a built tree
 * @param templates one plan per template, in order
 * @param warnings non-fatal diagnostics (e.g. legacy markers), sorted by position
 */
public record InstructionPlan(String source, List<TaskPlan> templates, List<Diagnostic> warnings) {
  public InstructionPlan {
    templates = List.copyOf(requireNonNull(templates, "templates is null"));
    warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("an instruction plan needs at least one template");
    }
  }

  /** The plan of a 1-based template number. */
  public TaskPlan template(int number) {
    if (number < 1 || number > templates.size()) {
      throw new IllegalArgumentException("template " + number + " does not exist; the "
          + "instruction has " + templates.size() + " template(s)");
    }
    return templates.get(number - 1);
  }
}
