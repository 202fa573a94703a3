package io.ofa4j.planner.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One slot attribute a modality accepts, declared once with its type, default and a one-line
 * description (Ludwig style). The planner uses it to reject unknown or ill-typed attributes and to
 * fill in defaults.
 *
 * @param name the attribute name as written in instructions (snake_case)
 * @param aliases other accepted spellings (e.g. {@code adapter} for {@code adaptor})
 * @param type how a written value is converted
 * @param defaultValue the value used when the attribute is absent, or {@code null} when absence
 *     means "decided by the modality" (preprocessor and adapter names)
 * @param min inclusive lower bound for numbers, or {@code null}
 * @param max inclusive upper bound for numbers, or {@code null}
 * @param allowedValues the values an {@link AttributeType#ENUM} accepts (empty otherwise)
 * @param doc one-line description for help output
 */
public record AttributeSpec(
    String name,
    Set<String> aliases,
    AttributeType type,
    TypedValue defaultValue,
    BigDecimal min,
    BigDecimal max,
    List<String> allowedValues,
    String doc) {

  public AttributeSpec {
    requireNonNull(name, "name is null");
    aliases = Set.copyOf(requireNonNull(aliases, "aliases is null"));
    requireNonNull(type, "type is null");
    allowedValues = List.copyOf(requireNonNull(allowedValues, "allowedValues is null"));
    requireNonNull(doc, "doc is null");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("attribute name '" + name + "' must be snake_case");
    }
    if (type == AttributeType.ENUM && allowedValues.isEmpty()) {
      throw new IllegalArgumentException("enum attribute '" + name + "' needs allowed values");
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "attribute '" + name + "': min (" + min + ") must be <= max (" + max + ")");
    }
  }

  /** A boolean flag, {@code false} unless written. */
  public static AttributeSpec flag(String name, String doc) {
    return new AttributeSpec(name, Set.of(), AttributeType.BOOLEAN, new TypedValue.Bool(false),
        null, null, List.of(), doc);
  }

  /** An integer in {@code [min, max]} ({@code max} may be {@code null}). */
  public static AttributeSpec integer(String name, long defaultValue, long min, Long max,
      String doc) {
    return new AttributeSpec(name, Set.of(), AttributeType.INT, new TypedValue.Int(defaultValue),
        BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max), List.of(), doc);
  }

  /** A decimal number in {@code [min, max]}, default given as text to keep it exact. */
  public static AttributeSpec decimal(String name, String defaultValue, String min, String max,
      String doc) {
    return new AttributeSpec(name, Set.of(), AttributeType.FLOAT,
        new TypedValue.Real(new BigDecimal(defaultValue)),
        min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
        List.of(), doc);
  }

  /** One of a fixed set of identifiers. */
  public static AttributeSpec oneOf(String name, String defaultValue, List<String> values,
      String doc) {
    return new AttributeSpec(name, Set.of(), AttributeType.ENUM, new TypedValue.Text(defaultValue),
        null, null, values, doc);
  }

  /** Free text, absent by default. */
  public static AttributeSpec text(String name, String doc) {
    return new AttributeSpec(name, Set.of(), AttributeType.STRING, null, null, null, List.of(),
        doc);
  }

  /** This spec with extra accepted spellings. */
  public AttributeSpec withAliases(String... more) {
    return new AttributeSpec(name, Set.of(more), type, defaultValue, min, max, allowedValues, doc);
  }

  /** Whether {@code written} names this attribute (its name or an alias). */
  public boolean matches(String written) {
    return name.equals(written) || aliases.contains(written);
  }
}
