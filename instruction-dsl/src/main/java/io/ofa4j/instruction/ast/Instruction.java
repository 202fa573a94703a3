package io.ofa4j.instruction.ast;

import java.util.List;
import java.util.Objects;

/**
 * A whole instruction: one or more alternative templates separated by {@code |||}. During
 * training one template is sampled per example; at inference the first is used unless one is
 * named.
 *
 * @param templates at least one template
 * @param span the whole instruction
 */
public record Instruction(List<Template> templates, SourceSpan span) implements Node {
  public Instruction {
    templates = List.copyOf(Objects.requireNonNull(templates, "templates is null"));
    Objects.requireNonNull(span, "span is null");
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("an instruction needs at least one template");
    }
  }
}
