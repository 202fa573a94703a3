package io.ofa4j.instruction.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A slot {@code [MODALITY(:name)?(,attribute(=value)?)*]}. The modality is an identifier resolved
 * by the planner, not by the grammar.
 *
 * @param modality the modality name as written (e.g. {@code IMAGE}, {@code BOUNDING_BOX})
 * @param modalitySpan where the modality name was written
 * @param name the data column bound to the slot, or {@code null} when absent
 * @param attributes attributes in source order
 * @param span the whole slot including brackets
 */
public record Slot(
    String modality, SourceSpan modalitySpan, String name, List<Attribute> attributes,
    SourceSpan span) implements Element {
  public Slot {
    Objects.requireNonNull(modality, "modality is null");
    Objects.requireNonNull(modalitySpan, "modalitySpan is null");
    attributes = List.copyOf(Objects.requireNonNull(attributes, "attributes is null"));
    Objects.requireNonNull(span, "span is null");
  }

  /** The column name, if the slot names one. */
  public Optional<String> columnName() {
    return Optional.ofNullable(name);
  }

  /** The first attribute with this name, if any. */
  public Optional<Attribute> attribute(String attributeName) {
    return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
  }
}
