package io.ofa4j.instruction;

import io.ofa4j.instruction.ast.Attribute;
import io.ofa4j.instruction.ast.AttributeValue;
import io.ofa4j.instruction.ast.Element;
import io.ofa4j.instruction.ast.Instruction;
import io.ofa4j.instruction.ast.Marker;
import io.ofa4j.instruction.ast.PlainText;
import io.ofa4j.instruction.ast.RepeatGroup;
import io.ofa4j.instruction.ast.Slot;
import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.ast.Template;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Tree utilities: comparison ignoring spans and span re-basing for embedded instructions. */
public final class Instructions {
  private Instructions() {}

  /** Whether two trees are equal when every span is ignored (parsed vs. builder-made trees). */
  public static boolean equalIgnoringSpans(Instruction a, Instruction b) {
    return withoutSpans(a).equals(withoutSpans(b));
  }

  /** The same tree with every span set to {@link SourceSpan#UNKNOWN}. */
  public static Instruction withoutSpans(Instruction instruction) {
    return mapSpans(instruction, span -> SourceSpan.UNKNOWN);
  }

  /**
   * The same tree with every span moved to where the instruction sits in a larger file (a YAML
   * scalar starting at {@code baseLine:baseColumn}), see {@link SourceSpan#rebase}.
   */
  public static Instruction rebase(Instruction instruction, int baseLine, int baseColumn) {
    return mapSpans(instruction, span -> span.rebase(baseLine, baseColumn));
  }

  /** The same tree with {@code mapper} applied to every span. */
  public static Instruction mapSpans(Instruction instruction, UnaryOperator<SourceSpan> mapper) {
    Objects.requireNonNull(instruction, "instruction is null");
    Objects.requireNonNull(mapper, "mapper is null");
    List<Template> templates = instruction.templates().stream()
        .map(t -> new Template(elements(t.source(), mapper), elements(t.target(), mapper),
            mapper.apply(t.span())))
        .toList();
    return new Instruction(templates, mapper.apply(instruction.span()));
  }

  private static List<Element> elements(List<Element> elements, UnaryOperator<SourceSpan> mapper) {
    return elements.stream().map(e -> element(e, mapper)).toList();
  }

  private static Element element(Element element, UnaryOperator<SourceSpan> mapper) {
    if (element instanceof PlainText text) {
      return new PlainText(text.text(), mapper.apply(text.span()));
    }
    if (element instanceof Slot slot) {
      List<Attribute> attributes = slot.attributes().stream()
          .map(a -> new Attribute(a.name(), mapper.apply(a.nameSpan()), value(a.value(), mapper),
              mapper.apply(a.span())))
          .toList();
      return new Slot(slot.modality(), mapper.apply(slot.modalitySpan()), slot.name(), attributes,
          mapper.apply(slot.span()));
    }
    if (element instanceof RepeatGroup group) {
      return new RepeatGroup(group.style(), elements(group.elements(), mapper),
          mapper.apply(group.span()));
    }
    Marker marker = (Marker) element;
    return new Marker(marker.kind(), mapper.apply(marker.span()));
  }

  private static AttributeValue value(AttributeValue value, UnaryOperator<SourceSpan> mapper) {
    if (value == null) {
      return null;
    }
    if (value instanceof AttributeValue.Identifier id) {
      return new AttributeValue.Identifier(id.text(), mapper.apply(id.span()));
    }
    if (value instanceof AttributeValue.Number number) {
      return new AttributeValue.Number(number.value(), number.text(), mapper.apply(number.span()));
    }
    return new AttributeValue.QuotedString(value.text(), mapper.apply(value.span()));
  }
}
