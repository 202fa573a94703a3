package io.ofa4j.planner.spi;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A slot's attribute values after conversion, with every declared default filled in. Attributes
 * without a default that were not written (e.g. {@code preprocess}) are absent.
 *
 * @param values attribute name (canonical, not alias) to value, in declaration order
 * @param written the names the instruction wrote explicitly
 */
public record SlotAttributes(Map<String, TypedValue> values, Set<String> written) {
  public SlotAttributes {
    values = Collections.unmodifiableMap(
        new LinkedHashMap<>(requireNonNull(values, "values is null")));
    written = Set.copyOf(requireNonNull(written, "written is null"));
  }

  /** Whether the attribute has a value (written or default). */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** A boolean attribute, {@code false} when absent. */
  public boolean flag(String name) {
    return values.get(name) instanceof TypedValue.Bool b && b.value();
  }

  /**
   * An integer attribute.
   *
   * @throws IllegalArgumentException when absent or not an integer
   */
  public long integer(String name) {
    if (values.get(name) instanceof TypedValue.Int i) {
      return i.value();
    }
    throw new IllegalArgumentException("attribute '" + name + "' is not an integer: "
        + values.get(name));
  }

  /** A text attribute's value, or {@code null} when absent. */
  public String text(String name) {
    TypedValue v = values.get(name);
    return v == null ? null : v.display();
  }
}
