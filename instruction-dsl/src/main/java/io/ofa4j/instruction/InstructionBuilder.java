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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds an {@link Instruction} in Java, giving the same tree the parser gives for the written
 * form (spans are {@link SourceSpan#UNKNOWN}):
 *
 * <pre>{@code
 * Instruction caption = InstructionBuilder.template()
 *     .source(slot("IMAGE", "img"), text("what does the image describe?"))
 *     .target(slot("TEXT", "cap"))
 *     .build();
 * }</pre>
 *
 * <p>{@link #or()} starts an alternative template ({@code |||}). Names are checked to be
 * identifiers and text to be writable, so {@link InstructionFormatter} can always print the result.
 */
public final class InstructionBuilder {
  private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
  private static final Pattern RESERVED_IN_TEXT = Pattern.compile("\\[|]|->|\\|\\|\\||<BOS>|<EOS>");
  private static final SourceSpan NO_SPAN = SourceSpan.UNKNOWN;

  private final List<Template> templates = new ArrayList<>();
  private final List<Element> source = new ArrayList<>();
  private final List<Element> target = new ArrayList<>();

  private InstructionBuilder() {}

  /** Starts an instruction with its first template. */
  public static InstructionBuilder template() {
    return new InstructionBuilder();
  }

  /** Appends elements to the current template's source side. */
  public InstructionBuilder source(Element... elements) {
    source.addAll(checked(elements));
    return this;
  }

  /** Appends elements to the current template's target side. */
  public InstructionBuilder target(Element... elements) {
    target.addAll(checked(elements));
    return this;
  }

  /** Finishes the current template and starts an alternative one (written {@code |||}). */
  public InstructionBuilder or() {
    finishTemplate();
    return this;
  }

  /**
   * The instruction.
   *
   * @throws IllegalStateException when a template has an empty source or target
   */
  public Instruction build() {
    finishTemplate();
    return new Instruction(templates, NO_SPAN);
  }

  private void finishTemplate() {
    int number = templates.size() + 1;
    if (source.isEmpty() || target.isEmpty()) {
      throw new IllegalStateException("template " + number + " needs a source and a target; got "
          + source.size() + " source and " + target.size() + " target elements");
    }
    templates.add(new Template(source, target, NO_SPAN));
    source.clear();
    target.clear();
  }

  /** A slot without name or attributes, e.g. {@code [BOX]}. */
  public static Slot slot(String modality) {
    return slot(modality, null);
  }

  /**
   * A slot such as {@code [TEXT:sent1,no_loss]}.
   *
   * @param modality the modality name
   * @param name the column name, or {@code null} for none
   * @param attributes attributes in order
   */
  public static Slot slot(String modality, String name, Attribute... attributes) {
    identifier(modality, "modality");
    if (name != null) {
      identifier(name, "slot name");
    }
    return new Slot(modality, NO_SPAN, name, (checked(attributes)), NO_SPAN);
  }

  /** A bare attribute such as {@code no_loss} or {@code closed_set}. */
  public static Attribute flag(String name) {
    return new Attribute(identifier(name, "attribute name"), NO_SPAN, null, NO_SPAN);
  }

  /** An attribute with an identifier value, e.g. {@code preprocess=image_vqgan}. */
  public static Attribute attr(String name, String identifier) {
    AttributeValue value = new AttributeValue.Identifier(identifier(identifier, "attribute value"), NO_SPAN);
    return new Attribute(identifier(name, "attribute name"), NO_SPAN, value, NO_SPAN);
  }

  /** An attribute with an integer value, e.g. {@code max_length=256}. */
  public static Attribute attr(String name, long value) {
    return number(name, Long.toString(value));
  }

  /** An attribute with a number written as {@code literal} ({@code 0.2}, {@code 1e-3}), kept exact. */
  public static Attribute number(String name, String literal) {
    Objects.requireNonNull(literal, "literal is null");
    return new Attribute(identifier(name, "attribute name"), NO_SPAN,
        new AttributeValue.Number(new BigDecimal(literal), literal, NO_SPAN), NO_SPAN);
  }

  /** An attribute with a quoted string value, e.g. {@code path="data/a b.tsv"}. */
  public static Attribute quoted(String name, String text) {
    Objects.requireNonNull(text, "text is null");
    return new Attribute(identifier(name, "attribute name"), NO_SPAN,
        new AttributeValue.QuotedString(text, NO_SPAN), NO_SPAN);
  }

  /** Plain text, trimmed as the parser trims it. */
  public static PlainText text(String text) {
    Objects.requireNonNull(text, "text is null");
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("plain text must not be blank, got '" + text + "'");
    }
    if (RESERVED_IN_TEXT.matcher(trimmed).find()) {
      throw new IllegalArgumentException("plain text '" + text
          + "' holds '[', ']', '->', '|||' or a marker; write slots and arrows as elements");
    }
    return new PlainText(trimmed, NO_SPAN);
  }

  /** A repeat group written {@code ( ... )*}, e.g. {@code ([BOX] [TEXT])*}. */
  public static RepeatGroup repeat(Element... elements) {
    return new RepeatGroup(RepeatGroup.Style.PARENTHESES, (checked(elements)), NO_SPAN);
  }

  /** A repeat group written {@code [ ... ]*}, e.g. {@code [[BOX] [TEXT]]*}. */
  public static RepeatGroup repeatBrackets(Element... elements) {
    return new RepeatGroup(RepeatGroup.Style.BRACKETS, (checked(elements)), NO_SPAN);
  }

  /** A legacy marker (the parser warns about these; prefer leaving them out). */
  public static Marker marker(Marker.Kind kind) {
    return new Marker(kind, NO_SPAN);
  }

  private static String identifier(String value, String what) {
    Objects.requireNonNull(value, what + " is null");
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " must be an identifier (letters, digits, '_'), got '"
          + value + "'");
    }
    return value;
  }

  private static <T> List<T> checked(T[] items) {
    Objects.requireNonNull(items, "items is null");
    for (int i = 0; i < items.length; i++) {
      Objects.requireNonNull(items[i], "item " + i + " is null");
    }
    return Arrays.asList(items);
  }
}
