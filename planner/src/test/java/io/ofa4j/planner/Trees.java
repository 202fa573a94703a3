package io.ofa4j.planner;

import io.ofa4j.instruction.ast.Attribute;
import io.ofa4j.instruction.ast.AttributeValue;
import io.ofa4j.instruction.ast.Element;
import io.ofa4j.instruction.ast.Instruction;
import io.ofa4j.instruction.ast.PlainText;
import io.ofa4j.instruction.ast.RepeatGroup;
import io.ofa4j.instruction.ast.Slot;
import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.ast.Template;
import java.util.ArrayList;
import java.util.List;

/** Hand-built syntax trees (positions unknown) for planner tests that need no parser. */
final class Trees {

  private static final SourceSpan U = SourceSpan.UNKNOWN;

  private Trees() {}

  static Instruction instruction(Template... templates) {
    return new Instruction(List.of(templates), U);
  }

  static Template template(List<Element> source, List<Element> target) {
    return new Template(source, target, U);
  }

  static PlainText text(String text) {
    return new PlainText(text, U);
  }

  static RepeatGroup group(Element... elements) {
    return new RepeatGroup(RepeatGroup.Style.BRACKETS, List.of(elements), U);
  }

  /** A slot; attributes as {@code "name"} (flag) or {@code "name=value"}. */
  static Slot slot(String modality, String name, String... attributes) {
    List<Attribute> list = new ArrayList<>();
    for (String a : attributes) {
      int eq = a.indexOf('=');
      if (eq < 0) {
        list.add(new Attribute(a, U, null, U));
      } else {
        String v = a.substring(eq + 1);
        AttributeValue value = v.matches("-?[0-9.]+") ? AttributeValue.Number.of(v, U)
            : new AttributeValue.Identifier(v, U);
        list.add(new Attribute(a.substring(0, eq), U, value, U));
      }
    }
    return new Slot(modality, U, name, list, U);
  }
}
