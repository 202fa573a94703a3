package io.ofa4j.instruction;

import io.ofa4j.instruction.ast.Attribute;
import io.ofa4j.instruction.ast.AttributeValue;
import io.ofa4j.instruction.ast.Element;
import io.ofa4j.instruction.ast.Instruction;
import io.ofa4j.instruction.ast.Marker;
import io.ofa4j.instruction.ast.PlainText;
import io.ofa4j.instruction.ast.RepeatGroup;
import io.ofa4j.instruction.ast.Slot;
import io.ofa4j.instruction.ast.Template;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Prints a tree back as canonical instruction text: elements separated by one space, {@code " ->
 * "} between the sides, {@code " ||| "} between templates, slots without inner spaces, strings in
 * double quotes. Parsing the output gives a tree equal to the input ignoring spans ({@link
 * Instructions#equalIgnoringSpans}).
 */
public final class InstructionFormatter {
  private static final Pattern RESERVED_IN_TEXT = Pattern.compile("\\[|]|->|\\|\\|\\||<BOS>|<EOS>");

  private InstructionFormatter() {}

  /**
   * The canonical text of {@code instruction}.
   *
   * @throws IllegalArgumentException when plain text holds something the language cannot write as
   *     text ({@code [}, {@code ]}, {@code ->}, {@code |||}, a marker), which only builder-made
   *     trees can contain
   */
  public static String format(Instruction instruction) {
    Objects.requireNonNull(instruction, "instruction is null");
    StringBuilder out = new StringBuilder();
    for (Template template : instruction.templates()) {
      if (out.length() > 0) {
        out.append(" ||| ");
      }
      elements(out, template.source());
      out.append(" -> ");
      elements(out, template.target());
    }
    return out.toString();
  }

  /** The canonical text of one slot, e.g. {@code [TEXT:tgt,noise_ratio=0.2]}. */
  public static String format(Slot slot) {
    StringBuilder out = new StringBuilder();
    slot(out, slot);
    return out.toString();
  }

  private static void elements(StringBuilder out, List<Element> elements) {
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      element(out, elements.get(i));
    }
  }

  private static void element(StringBuilder out, Element element) {
    if (element instanceof PlainText text) {
      if (RESERVED_IN_TEXT.matcher(text.text()).find()) {
        throw new IllegalArgumentException(
            "plain text '" + text.text() + "' holds '[', ']', '->', '|||' or a marker, which cannot be written as text");
      }
      out.append(text.text());
    } else if (element instanceof Slot slot) {
      slot(out, slot);
    } else if (element instanceof RepeatGroup group) {
      boolean brackets = group.style() == RepeatGroup.Style.BRACKETS;
      out.append(brackets ? '[' : '(');
      elements(out, group.elements());
      out.append(brackets ? "]*" : ")*");
    } else {
      out.append(((Marker) element).kind() == Marker.Kind.BOS ? "<BOS>" : "<EOS>");
    }
  }

  private static void slot(StringBuilder out, Slot slot) {
    out.append('[').append(slot.modality());
    if (slot.name() != null) {
      out.append(':').append(slot.name());
    }
    for (Attribute attribute : slot.attributes()) {
      out.append(',').append(attribute.name());
      if (attribute.value() != null) {
        out.append('=');
        value(out, attribute.value());
      }
    }
    out.append(']');
  }

  private static void value(StringBuilder out, AttributeValue value) {
    if (value instanceof AttributeValue.QuotedString) {
      out.append('"');
      for (char c : value.text().toCharArray()) {
        if (c == '"' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
      }
      out.append('"');
    } else {
      out.append(value.text());
    }
  }
}
